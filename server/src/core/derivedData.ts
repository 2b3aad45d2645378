/**
 * What the analysis derives from the shipped knowledge base and rules before it reads any text: each
 * entity's cue words (every description and fact tokenised), the word-for-word renderings of the names,
 * the readings of the domain terms' kanji, the romaji, sound keys and folded forms of every katakana form of the names that
 * the name detectors work out (the names, their parts, their folded forms and sounds), the recognizer's trie of
 * the names, and the name index's names (their romaji and parts).
 * Built at start, they cost every process about 0.3 s of CPU (each `check --jobs` worker pays it again), so
 * `npm run build` computes them into dist/derived.bin with the same functions, and a process running from
 * the bundle takes them from there.
 *
 * The file is used only by the code and data it was computed with: it names a hash of each bundle and of
 * the data files, and a process running from anything else (tsc's output, the sources in the tests, a
 * bundle built since, edited data) computes them itself, as before.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cueWords, useCueWords } from './corroboration';
import { workOutNameFacts } from './detectors/garbledKatakanaName';
import { foldedFormsWorkedOut, useFoldedForms } from './detectors/katakanaNames/transliteration';
import { workOutHeardTargets } from './detectors/heardName';
import { spelledOutReadings, useSpelledOutReadings, type ReadingEntry } from './detectors/spelledOutName';
import { renderingsOf, useRenderings, type Rendering } from './detectors/literalTranslation';
import { domainKanjiRuns, kanjiRunReading, useDomainReadings } from './domainLexicon';
import { readCompiledData } from './knowledge/compiled';
import { dataDirectory, type KnowledgeBase } from './knowledge/knowledgeBase';
import { LazyMap } from './lazyMap';
import type { RuleSet } from './knowledge/rules';
import { nameIndexOf, useNameIndex } from './nameIndex';
import type { NameTrieArrays } from './nameTrie';
import { packageRoot } from './packageRoot';
import { nameTrieArraysOf, useNameTrie } from './recognizer';
import { soundKeysWorkedOut, useSoundKeys } from './soundKey';
import { romajiWorkedOut, useRomaji } from './text';
import type { JapaneseTokenizer } from './tokenizer';
import { workOutKeyedNames } from './wholeNameMatch';

/** What a rendering says but its text, shared by many renderings (an entity's English name rendered many ways). */
type RenderingKind = Omit<Rendering, 'text'>;

/** The renderings of one first character, as renderingsOf orders them: their texts, and the index of each one's kind in renderingKinds. */
export type RenderingList = readonly [readonly string[], readonly number[]];

export interface DerivedData {
  /** Per entity (in the knowledge base's order), its cue words with their weights. */
  readonly cueWords: readonly (readonly [string, readonly (readonly [string, number])[]])[];
  /**
   * The renderings of the names by first character, in renderingsOf's order. From the file, a character's list
   * is decoded when first asked for: they are most of the file, and a small document starts with few of them.
   */
  readonly renderings: ReadonlyMap<string, RenderingList>;
  readonly renderingKinds: readonly RenderingKind[];
  /** How the domain terms' kanji runs read (domainLexicon.ts's kanjiRunReading). */
  readonly domainReadings: readonly (readonly [string, readonly string[], boolean])[];
  /** katakanaToRomaji of every katakana form the name detectors work out from the knowledge base. */
  readonly romaji: readonly (readonly [string, string])[];
  /** soundKey of the same forms: the name detectors' first use keys every name (~0.1 s of a cold start). */
  readonly soundKeys: readonly (readonly [string, string])[];
  /** foldVariant of the names' spellings the close-name search compares a word with (transliteration.ts). */
  readonly foldedForms: readonly (readonly [string, string])[];
  /** spelled-out-name's letter-by-letter readings of the one-word Latin names (spelledOutName.ts). */
  readonly spelledOutReadings: readonly ReadingEntry[];
  /** The recognizer's trie of the names (recognizer.ts's nameTrieArraysOf). */
  readonly nameTrie: NameTrieArrays;
  /** The name index's names (nameIndex.ts), in its order: each Latin name and each katakana name as a tuple. */
  readonly names: {
    readonly latin: readonly (readonly [entityId: string, text: string, squashed: string, spoken: string])[];
    readonly katakana: readonly (readonly [entityId: string, text: string, romaji: string, parts: readonly (readonly [string, string])[]])[];
  };
}

/** Where a part lies in the file, after the header: its byte offset and length. */
type Place = readonly [number, number];
type JsonPart = 'cueWords' | 'renderingKinds' | 'domainReadings' | 'romaji' | 'soundKeys' | 'foldedForms' | 'spelledOutReadings' | 'names';

/**
 * dist/derived.bin is a 4-byte little-endian length, a header of that many bytes (this, as JSON), then the parts
 * it places: JSON texts, and the trie's arrays as their bytes (little-endian, as every platform Node runs on;
 * each at an offset a multiple of 4, so that a typed array is a view of the file's bytes, not a copy). One JSON
 * text of 4 MB was parsed whole at every start (a two-byte string for its Japanese); now a start parses
 * what it reads.
 */
interface DerivedFileHeader {
  /** The data files' hash (compiled.ts's sourceHash) and, per bundle file name, its hash. */
  readonly sourceHash: string;
  readonly bundles: Readonly<Record<string, string>>;
  /** The length of the parts, in bytes: a file cut short is not used. */
  readonly partsLength: number;
  readonly json: Readonly<Record<JsonPart, Place>>;
  /** Per first character (in renderingsOf's order), where its RenderingList lies, as JSON. */
  readonly renderings: readonly (readonly [string, number, number])[];
  readonly nameTrie: Readonly<Record<keyof NameTrieArrays, Place>>;
}

export const derivedDataPath = (): string => path.join(packageRoot(), 'dist', 'derived.bin');

/** The bundles a process may run from (scripts/bundle.js makes them). */
export const BUNDLES = ['server.js', 'cli.js'] as const;

/** What tells a bundle from another (no security rests on it: SHA-1 hashes the 1.5 MB at every start ~2.5 times faster than SHA-256). */
const fileHash = (file: string): string => createHash('sha1').update(fs.readFileSync(file)).digest('hex');

/** Computes the derived data of a knowledge base and rule set, with the functions the analysis uses. */
export function deriveData(kb: KnowledgeBase, rules: RuleSet, tokenizer: JapaneseTokenizer): DerivedData {
  const kinds: RenderingKind[] = [];
  const kindIndex = new Map<string, number>();
  const kindOf = ({ text: _text, ...kind }: Rendering): number => {
    const key = JSON.stringify(kind);
    let index = kindIndex.get(key);
    if (index === undefined) kindIndex.set(key, (index = kinds.push(kind) - 1));
    return index;
  };
  const renderings = new Map(
    [...renderingsOf(kb, rules.literalWords)].map(([first, list]): [string, RenderingList] => [first, [list.map((r) => r.text), list.map(kindOf)]]),
  );
  // What the name detectors derive from the names reads their romaji: worked out here, kept below.
  const index = nameIndexOf(kb);
  workOutNameFacts(kb);
  workOutHeardTargets(kb);
  workOutKeyedNames(kb);
  return {
    cueWords: [...cueWords(kb, tokenizer)].map(([id, words]) => [id, [...words]] as const),
    renderings,
    renderingKinds: kinds,
    domainReadings: domainKanjiRuns(rules).map((kanji) => {
      const { readings, verbal } = kanjiRunReading(kanji, tokenizer);
      return [kanji, readings, verbal] as const;
    }),
    // Only the knowledge base's: the build reads no text.
    romaji: romajiWorkedOut(),
    soundKeys: soundKeysWorkedOut(),
    foldedForms: foldedFormsWorkedOut(),
    // After the memos above: the readings' own romaji need not be kept.
    spelledOutReadings: spelledOutReadings(kb),
    nameTrie: nameTrieArraysOf(kb),
    names: {
      latin: index.latin.map(({ entityId, text, squashed, spoken }) => [entityId, text, squashed, spoken] as const),
      katakana: index.katakana.map(
        ({ entityId, text, romaji, parts }) => [entityId, text, romaji, parts.map((part) => [part.text, part.romaji] as const)] as const,
      ),
    },
  };
}

/** The bytes of dist/derived.bin for the shipped data and the bundles in dist/ (the build step). */
export function derivedFileBytes(kb: KnowledgeBase, rules: RuleSet, tokenizer: JapaneseTokenizer, sourceHash: string): Buffer {
  const dist = path.join(packageRoot(), 'dist');
  const bundles = Object.fromEntries(BUNDLES.map((name) => [name, fileHash(path.join(dist, name))]));
  const derived = deriveData(kb, rules, tokenizer);
  const parts: Buffer[] = [];
  let length = 0;
  const put = (bytes: Buffer): Place => {
    const padding = (4 - (length % 4)) % 4;
    if (padding > 0) parts.push(Buffer.alloc(padding));
    length += padding;
    parts.push(bytes);
    const place = [length, bytes.byteLength] as const;
    length += bytes.byteLength;
    return place;
  };
  const putJson = (value: unknown): Place => put(Buffer.from(JSON.stringify(value)));
  const putArray = (array: Int32Array | Uint16Array): Place => put(Buffer.from(array.buffer, array.byteOffset, array.byteLength));
  const json = {
    cueWords: putJson(derived.cueWords),
    renderingKinds: putJson(derived.renderingKinds),
    domainReadings: putJson(derived.domainReadings),
    romaji: putJson(derived.romaji),
    soundKeys: putJson(derived.soundKeys),
    foldedForms: putJson(derived.foldedForms),
    spelledOutReadings: putJson(derived.spelledOutReadings),
    names: putJson(derived.names),
  };
  const renderings = [...derived.renderings].map(([first, list]) => [first, ...putJson(list)] as const);
  const trie = derived.nameTrie;
  const nameTrie = {
    childStart: putArray(trie.childStart),
    childCodes: putArray(trie.childCodes),
    childNodes: putArray(trie.childNodes),
    valueStart: putArray(trie.valueStart),
    valueIndexes: putArray(trie.valueIndexes),
  };
  const header: DerivedFileHeader = { sourceHash, bundles, partsLength: length, json, renderings, nameTrie };
  const headerText = JSON.stringify(header);
  // Padded with spaces (JSON allows them) so that the parts start at a multiple of 4.
  const headerBytes = Buffer.from(headerText + ' '.repeat((4 - (Buffer.byteLength(headerText) % 4)) % 4));
  const headerLength = Buffer.alloc(4);
  headerLength.writeUInt32LE(headerBytes.byteLength);
  return Buffer.concat([headerLength, headerBytes, ...parts]);
}

/** The derived data in a file's bytes, its parts decoded when first read (see DerivedFileHeader). */
function decodedData(bytes: Buffer, partsStart: number, header: DerivedFileHeader): DerivedData {
  const text = ([offset, length]: Place): string => bytes.toString('utf8', partsStart + offset, partsStart + offset + length);
  const json = <T>(place: Place): T => JSON.parse(text(place)) as T;
  const places = new Map(header.renderings.map(([first, offset, length]) => [first, [offset, length] as const]));
  // Views of the file's bytes where they are aligned (a file read whole is), copies otherwise.
  const array = <T>(make: new (buffer: ArrayBuffer, offset?: number, length?: number) => T, size: number, [offset, length]: Place): T => {
    const start = bytes.byteOffset + partsStart + offset;
    if (start % size === 0) return new make(bytes.buffer as ArrayBuffer, start, length / size);
    const copy = new Uint8Array(length);
    copy.set(bytes.subarray(partsStart + offset, partsStart + offset + length));
    return new make(copy.buffer);
  };
  const trie = header.nameTrie;
  return {
    cueWords: json(header.json.cueWords),
    renderings: new LazyMap(places.keys(), (first) => json<RenderingList>(places.get(first) as Place)),
    renderingKinds: json(header.json.renderingKinds),
    domainReadings: json(header.json.domainReadings),
    romaji: json(header.json.romaji),
    soundKeys: json(header.json.soundKeys),
    foldedForms: json(header.json.foldedForms),
    spelledOutReadings: json(header.json.spelledOutReadings),
    names: json(header.json.names),
    nameTrie: {
      childStart: array(Int32Array, 4, trie.childStart),
      childCodes: array(Uint16Array, 2, trie.childCodes),
      childNodes: array(Int32Array, 4, trie.childNodes),
      valueStart: array(Int32Array, 4, trie.valueStart),
      valueIndexes: array(Int32Array, 4, trie.valueIndexes),
    },
  };
}

/**
 * The derived data in `derivedFile` (dist/derived.bin) when it was computed by the bundle `bundleFile`
 * beside it over the data `sourceHash` names; undefined otherwise (no file, another bundle, other data).
 */
export function derivedDataFor(bundleFile: string, sourceHash: string, derivedFile = derivedDataPath()): DerivedData | undefined {
  const name = path.basename(bundleFile);
  if (path.dirname(bundleFile) !== path.dirname(derivedFile) || !(BUNDLES as readonly string[]).includes(name)) return undefined;
  try {
    const bytes = fs.readFileSync(derivedFile);
    const headerLength = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength)) as DerivedFileHeader;
    if (header.sourceHash !== sourceHash || header.bundles[name] !== fileHash(bundleFile)) return undefined;
    if (bytes.byteLength !== 4 + headerLength + header.partsLength) return undefined; // cut short or added to: not ours
    return decodedData(bytes, 4 + headerLength, header);
  } catch {
    return undefined; // not built yet, or unreadable: computed at first use instead
  }
}

/**
 * Gives the shipped knowledge base and rules their derived data from dist/derived.bin, when this process
 * runs from the bundle that computed it over the same data; otherwise they are computed at first use.
 */
export function useDerivedData(kb: KnowledgeBase, rules: RuleSet): void {
  const compiled = readCompiledData(dataDirectory());
  const derived = compiled ? derivedDataFor(__filename, compiled.sourceHash) : undefined;
  if (derived) useDerivedDataOf(kb, rules, derived);
}

/** Gives a knowledge base and rule set derived data (what deriveData computed for data equal to theirs). */
export function useDerivedDataOf(kb: KnowledgeBase, rules: RuleSet, derived: DerivedData): void {
  useCueWords(kb, new Map(derived.cueWords.map(([id, words]) => [id, new Map(words)])));
  const kinds = derived.renderingKinds;
  useRenderings(
    kb,
    rules.literalWords,
    new LazyMap(derived.renderings.keys(), (first) => {
      const [texts, kindIndexes] = derived.renderings.get(first) as RenderingList;
      return texts.map((text, i) => ({ text, ...(kinds[kindIndexes[i] as number] as RenderingKind) }));
    }),
  );
  useDomainReadings(rules, new Map(derived.domainReadings.map(([kanji, readings, verbal]) => [kanji, { readings, verbal }])));
  useRomaji(derived.romaji);
  useSoundKeys(derived.soundKeys);
  useFoldedForms(derived.foldedForms);
  useSpelledOutReadings(kb, derived.spelledOutReadings);
  useNameTrie(kb, derived.nameTrie);
  useNameIndex(kb, {
    latin: derived.names.latin.map(([entityId, text, squashed, spoken]) => ({ entityId, text, squashed, spoken })),
    katakana: derived.names.katakana.map(([entityId, text, romaji, parts]) => ({
      entityId,
      text,
      romaji,
      parts: parts.map(([partText, partRomaji]) => ({ text: partText, romaji: partRomaji })),
    })),
  });
}
