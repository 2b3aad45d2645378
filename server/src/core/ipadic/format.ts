/**
 * The compact IPADIC file: kuromoji's own dictionary data, laid out so that loading is reading one file and
 * taking typed-array views of it (no gunzip, no copies, no lookup object of 326,000 keys, no zero padding).
 *
 * Layout: MAGIC, a little-endian uint32 header length, the header as JSON, then each section at an offset
 * that is a multiple of 8 (so any typed array can view it in place).
 */

export const MAGIC = 'transcript-lens compact ipadic\n';
/** Raised whenever the layout or the meaning of a section changes: an older file is then rebuilt, not misread. */
export const FORMAT_VERSION = 4;

export const SECTION_NAMES = [
  /** kuromoji's double-array trie over the surface forms (Int32). */
  'base',
  'check',
  /** Word entries: left id, right id, cost (Int16 each), feature offset (Int32); an entry's id is its byte offset. */
  'words',
  /** Each entry's "surface,features…" as UTF-8 ending in NUL, decoded only for the tokens a text produces. */
  'features',
  /**
   * Each entry's reading (the ninth feature), so the analysis reads it without the features: an Int32 per
   * entry (entry id / 10) giving its offset in readingStrings (NUL-terminated UTF-8, each reading once), -1
   * for an entry with none ("*").
   */
  'readingOffsets',
  'readingStrings',
  /**
   * Part of speech and its first refinement by left id, as JSON (an array indexed by left id): in IPADIC the
   * left id determines them, so a token's need not be decoded from its features. null where it does not.
   */
  'leftIdLabels',
  /** Trie leaf id → word ids, as a compressed sparse row: wordsOf[leaf] = ids[offsets[leaf] … offsets[leaf + 1]). */
  'leafOffsets',
  'leafWords',
  /** The connection cost matrix (Int16, kuromoji's layout with its two dimensions first). */
  'costs',
  /**
   * The same costs by left id of the next word, then right id of the word before (Int16, no dimensions): the
   * Viterbi search reads a word's predecessors from one row. Built here rather than at every start (and every
   * `--jobs` thread), where transposing 1.7 million costs took 50–150 ms, and shared by the threads with the file.
   */
  'costsByLeftId',
  /** The unknown-word dictionary and character definitions, as kuromoji's files hold them, padding cut. */
  'unknownWords',
  'unknownFeatures',
  'unknownClassMap',
  'characterCategories',
  'compatibleCategories',
  'invokeDefinitions',
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export interface CompactHeader {
  readonly format: number;
  /** The kuromoji version whose dictionary this was built from: another version means rebuilding. */
  readonly kuromojiVersion: string;
  /** The trie arrays' lengths in kuromoji's files (reads past them behave as kuromoji's do). */
  readonly baseLength: number;
  readonly checkLength: number;
  readonly sections: Readonly<Record<SectionName, { readonly offset: number; readonly length: number }>>;
}

export interface CompactDictionary {
  readonly header: CompactHeader;
  readonly bytes: Readonly<Record<SectionName, Uint8Array>>;
}

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

/** One file's bytes from its sections. */
export function writeCompact(header: Omit<CompactHeader, 'sections'>, sections: Readonly<Record<SectionName, Uint8Array>>): Uint8Array {
  const magic = Buffer.from(MAGIC, 'utf8');
  // Offsets are relative to the data start, so the header's length does not depend on them.
  const layout = {} as Record<SectionName, { offset: number; length: number }>;
  let size = 0;
  for (const name of SECTION_NAMES) {
    layout[name] = { offset: size, length: sections[name].byteLength };
    size = align8(size + sections[name].byteLength);
  }
  const json = Buffer.from(JSON.stringify({ ...header, sections: layout }), 'utf8');
  const dataStart = align8(magic.length + 4 + json.length);
  const file = new Uint8Array(dataStart + size);
  file.set(magic, 0);
  new DataView(file.buffer).setUint32(magic.length, json.length, true);
  file.set(json, magic.length + 4);
  for (const name of SECTION_NAMES) file.set(sections[name], dataStart + layout[name].offset);
  return file;
}

/** Views of a file's sections (no copy); throws saying what is wrong when the bytes are not such a file. */
export function readCompact(file: Uint8Array): CompactDictionary {
  const magic = Buffer.from(MAGIC, 'utf8');
  if (file.byteLength < magic.length + 4 || !Buffer.from(file.buffer, file.byteOffset, magic.length).equals(magic)) {
    throw new Error('not a compact IPADIC file (its first bytes are not the expected signature)');
  }
  if (file.byteOffset % 8 !== 0) file = new Uint8Array(file); // typed views need aligned offsets
  const jsonLength = new DataView(file.buffer, file.byteOffset).getUint32(magic.length, true);
  const header = JSON.parse(Buffer.from(file.buffer, file.byteOffset + magic.length + 4, jsonLength).toString('utf8')) as CompactHeader;
  if (header.format !== FORMAT_VERSION) throw new Error(`compact IPADIC file of format ${String(header.format)}, expected ${FORMAT_VERSION}`);
  const dataStart = align8(magic.length + 4 + jsonLength);
  const bytes = {} as Record<SectionName, Uint8Array>;
  for (const name of SECTION_NAMES) {
    const section = header.sections[name];
    if (!section || dataStart + section.offset + section.length > file.byteLength) throw new Error(`compact IPADIC file truncated (section ${name})`);
    bytes[name] = new Uint8Array(file.buffer, file.byteOffset + dataStart + section.offset, section.length);
  }
  return { header, bytes };
}

/** A typed view of a section (sections start 8-aligned, so the view shares the file's memory). */
export function int32View(bytes: Uint8Array): Int32Array {
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
}
export function int16View(bytes: Uint8Array): Int16Array {
  return new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 1);
}
export function uint32View(bytes: Uint8Array): Uint32Array {
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
}
