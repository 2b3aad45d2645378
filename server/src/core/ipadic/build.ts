/**
 * Builds the compact IPADIC file from kuromoji's own dictionary files (its dict/*.dat.gz), keeping every
 * value kuromoji reads and dropping only what it never reads: the zero padding after the data, and the
 * leaf → words lookup object, which becomes two Int32 arrays.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FORMAT_VERSION, writeCompact, type SectionName } from './format';

const ENTRY_BYTES = 10; // left id, right id, cost (2 bytes each), feature offset (4 bytes)
const FEATURE_FIELDS = 10; // surface, four part-of-speech levels, conjugation type and form, base form, reading, pronunciation

/** The kuromoji package's dictionary folder and version. */
export function kuromojiDictionary(): { directory: string; version: string } {
  const packageJson = require.resolve('kuromoji/package.json');
  const { version } = JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { version: string };
  return { directory: path.join(path.dirname(packageJson), 'dict'), version };
}

/** The compact file's bytes, built from kuromoji's dictionary folder. */
export function buildCompact(directory: string, kuromojiVersion: string): Uint8Array {
  const read = (file: string): Uint8Array => {
    const data = gunzipSync(fs.readFileSync(path.join(directory, file)));
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  };
  const base = read('base.dat.gz');
  const check = read('check.dat.gz');
  const leaves = leafIndex(read('tid_map.dat.gz'));
  const unknownMap = read('unk_map.dat.gz');
  const words = entriesWithoutPadding(read('tid.dat.gz'));
  const features = stringsWithoutPadding(read('tid_pos.dat.gz'));
  const costs = read('cc.dat.gz');
  const sections: Record<SectionName, Uint8Array> = {
    base,
    check,
    words,
    features,
    ...readingSections(words, features),
    leftIdLabels: Buffer.from(JSON.stringify(leftIdLabels(words, features)), 'utf8'),
    leafOffsets: asBytes(leaves.offsets),
    leafWords: asBytes(leaves.words),
    costs,
    costsByLeftId: costsByLeftId(costs),
    unknownWords: entriesWithoutPadding(read('unk.dat.gz')),
    unknownFeatures: stringsWithoutPadding(read('unk_pos.dat.gz')),
    unknownClassMap: unknownMap.subarray(0, targetMapEnd(unknownMap)),
    characterCategories: read('unk_char.dat.gz'),
    // Read by code point with no bounds check in kuromoji: kept whole.
    compatibleCategories: read('unk_compat.dat.gz'),
    invokeDefinitions: invokeDefinitionsWithoutPadding(read('unk_invoke.dat.gz')),
  };
  return writeCompact({ format: FORMAT_VERSION, kuromojiVersion, baseLength: base.byteLength >> 2, checkLength: check.byteLength >> 2 }, sections);
}

/** kuromoji's connection costs (right id of the word before, then left id of the next) transposed: see format.ts. */
export function costsByLeftId(costs: Uint8Array): Uint8Array {
  const connection = new Int16Array(costs.buffer, costs.byteOffset, costs.byteLength >> 1);
  const forwardSize = connection[0] ?? 0;
  const backwardSize = connection[1] ?? 0;
  const byLeftId = new Int16Array(forwardSize * backwardSize);
  for (let right = 0; right < forwardSize; right++) {
    for (let left = 0; left < backwardSize; left++) byLeftId[left * forwardSize + right] = connection[right * backwardSize + left + 2] ?? 0;
  }
  return new Uint8Array(byLeftId.buffer);
}

const asBytes = (array: Int32Array): Uint8Array => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
const int32At = (bytes: Uint8Array, at: number): number => new DataView(bytes.buffer, bytes.byteOffset).getInt32(at, true);

function lastNonZero(bytes: Uint8Array): number {
  let i = bytes.length - 1;
  while (i >= 0 && bytes[i] === 0) i--;
  return i;
}

/** An entry's comma-separated features. */
function featureFields(view: DataView, features: Uint8Array, id: number): string[] {
  const at = view.getInt32(id + 6, true);
  let end = at;
  while (end < features.length && features[end] !== 0) end++;
  return Buffer.from(features.buffer, features.byteOffset + at, end - at)
    .toString('utf8')
    .split(',');
}

/** Each entry's reading as kuromoji's formatter gives it (field 8), each distinct reading stored once. */
function readingSections(words: Uint8Array, features: Uint8Array): { readingOffsets: Uint8Array; readingStrings: Uint8Array } {
  const view = new DataView(words.buffer, words.byteOffset, words.byteLength);
  const offsets = new Int32Array(Math.floor(words.byteLength / ENTRY_BYTES));
  const placed = new Map<string, number>();
  const strings: Buffer[] = [];
  let size = 0;
  for (let id = 0; id + ENTRY_BYTES <= words.byteLength; id += ENTRY_BYTES) {
    const reading = featureFields(view, features, id)[8];
    if (!reading || reading === '*') {
      offsets[id / ENTRY_BYTES] = -1;
      continue;
    }
    let at = placed.get(reading);
    if (at === undefined) {
      at = size;
      const bytes = Buffer.from(`${reading}\0`, 'utf8');
      strings.push(bytes);
      size += bytes.byteLength;
      placed.set(reading, at);
    }
    offsets[id / ENTRY_BYTES] = at;
  }
  return { readingOffsets: asBytes(offsets), readingStrings: new Uint8Array(Buffer.concat(strings)) };
}

/**
 * For each left id, the part of speech and its first refinement ("名詞,固有名詞") its entries' features give,
 * as kuromoji's formatter reads them (fields 1 and 2 of the comma-separated features); null for a left id
 * whose entries disagree or have features of another shape (none in IPADIC: a check, not an expectation).
 */
function leftIdLabels(words: Uint8Array, features: Uint8Array): (string | null)[] {
  const view = new DataView(words.buffer, words.byteOffset, words.byteLength);
  const labels: (string | null | undefined)[] = [];
  for (let id = 0; id + ENTRY_BYTES <= words.byteLength; id += ENTRY_BYTES) {
    const leftId = view.getInt16(id, true);
    const fields = featureFields(view, features, id);
    const label = fields.length === FEATURE_FIELDS ? `${fields[1] ?? ''},${fields[2] ?? ''}` : null;
    const known = labels[leftId];
    labels[leftId] = known === undefined || known === label ? label : null;
  }
  return Array.from(labels, (label) => label ?? null);
}

/** Fixed-size entries up to the last one holding data (kuromoji reads any byte past the end as 0, as padding is). */
function entriesWithoutPadding(bytes: Uint8Array): Uint8Array {
  return bytes.subarray(0, Math.ceil((lastNonZero(bytes) + 1) / ENTRY_BYTES) * ENTRY_BYTES);
}

/** NUL-terminated strings up to the last one's terminator. */
function stringsWithoutPadding(bytes: Uint8Array): Uint8Array {
  return bytes.subarray(0, Math.min(bytes.length, lastNonZero(bytes) + 2));
}

/** kuromoji's target map file: a count, then (key, n, n values) that many times; padding after. */
function targetMapEnd(bytes: Uint8Array): number {
  const count = int32At(bytes, 0);
  let at = 4;
  for (let i = 0; i < count; i++) at += 8 + 4 * int32At(bytes, at + 4);
  return at;
}

/** The leaf → word ids map as offsets and ids, keeping kuromoji's order of ids within a leaf. */
function leafIndex(bytes: Uint8Array): { offsets: Int32Array; words: Int32Array } {
  const end = targetMapEnd(bytes);
  const lists = new Map<number, number[]>();
  let maxLeaf = -1;
  for (let at = 4; at < end;) {
    const leaf = int32At(bytes, at);
    const n = int32At(bytes, at + 4);
    const list = lists.get(leaf) ?? [];
    for (let i = 0; i < n; i++) list.push(int32At(bytes, at + 8 + 4 * i));
    lists.set(leaf, list);
    maxLeaf = Math.max(maxLeaf, leaf);
    at += 8 + 4 * n;
  }
  const offsets = new Int32Array(maxLeaf + 2);
  let total = 0;
  for (let leaf = 0; leaf <= maxLeaf; leaf++) {
    offsets[leaf] = total;
    total += lists.get(leaf)?.length ?? 0;
  }
  offsets[maxLeaf + 1] = total;
  const words = new Int32Array(total);
  for (const [leaf, list] of lists) words.set(list, offsets[leaf] ?? 0);
  return { offsets, words };
}

/**
 * Character classes: (invoke byte, grouping byte, max length int32, NUL-terminated name) each. kuromoji
 * reads its 1 MB of zero padding as some 150,000 nameless classes no character maps to; they are cut.
 */
function invokeDefinitionsWithoutPadding(bytes: Uint8Array): Uint8Array {
  let at = 0;
  while (at + 6 < bytes.length && bytes[at + 6] !== 0) {
    at += 6;
    while (bytes[at] !== 0) at++;
    at++;
  }
  return bytes.subarray(0, at);
}
