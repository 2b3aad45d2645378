/** kuromoji's Tokenizer over the compact IPADIC file: same tokens and features as kuromoji's own loader. */
import type { IpadicFeatures } from 'kuromoji';
import Tokenizer from 'kuromoji/src/Tokenizer';
import ConnectionCosts from 'kuromoji/src/dict/ConnectionCosts';
import UnknownDictionary from 'kuromoji/src/dict/UnknownDictionary';
import { int16View, int32View, readCompact, uint32View, type CompactDictionary, type SectionName } from './format';
import { LatticeBuilder } from './lattice';
import { ViterbiSearch } from './search';

export interface KuromojiTokenizer {
  tokenize(text: string): IpadicFeatures[];
}

/** What the analysis reads of a token (the core's Token); see tokenizer.ts. */
export interface TokenLabels {
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  readonly pos: string;
  readonly posDetail: string;
  readonly known: boolean;
  /** The reading, for known words with kanji only (from the readings section: the features stay unread). */
  readonly reading?: string;
}

/** Kanji: a word with them has a reading worth decoding (kana words read as written). */
export const HAS_KANJI = /[\u3400-\u9fff\uf900-\ufaff々]/;

/** The reading field of a word's features (kuromoji's IPADIC formatter: the ninth), or undefined when it has none. */
export function readingField(fields: readonly string[]): string | undefined {
  const reading = fields[8];
  return reading && reading !== '*' ? reading : undefined;
}

export interface CompactTokenizer extends KuromojiTokenizer {
  /**
   * The same tokens as tokenize() gives, reduced to surface, offsets, part of speech and its refinement,
   * and known or not, without decoding any word's features: the part of speech comes from the word's left
   * id (see leftIdLabels in build.ts).
   */
  tokenizeLabels(text: string): TokenLabels[];
}

/** Word readings kept decoded (a few thousand distinct words make a long document). */
const READING_CACHE_LIMIT = 50_000;

/** A word entry's size in the words section (an entry's id is its byte offset there). */
const ENTRY_BYTES = 10;

/** A NUL-terminated UTF-8 string of a features section, decoded when a token asks for it. */
function featuresAt(features: Uint8Array, at: number): string {
  let end = at;
  while (end < features.length && features[end] !== 0) end++;
  return Buffer.from(features.buffer, features.byteOffset + at, end - at).toString('utf8');
}

/** A Tokenizer from a compact file's bytes (views of them are kept: do not reuse the buffer). */
export function compactTokenizer(file: Uint8Array): CompactTokenizer {
  return tokenizerOf(readCompact(file));
}

/** The tokenizer over a compact dictionary; `fill` reads a section not read yet (see openCompactFile). */
export function tokenizerOf({ header, bytes }: CompactDictionary, fill?: (name: SectionName) => void): CompactTokenizer {
  const entries = int16View(bytes.words);
  const words = new DataView(bytes.words.buffer, bytes.words.byteOffset, bytes.words.byteLength);
  const tokenInfo = {
    // kuromoji's getFeatures: the entry's feature offset sits 6 bytes into the entry.
    getFeatures(id: number | string): string {
      fill?.('features');
      const at = Number(id) + 6;
      return featuresAt(bytes.features, at + 4 <= words.byteLength ? words.getInt32(at, true) : 0);
    },
  };
  // The reading without the features (format.ts: readingOffsets), so that they stay unread.
  const readingOffsets = int32View(bytes.readingOffsets);
  const readingOf = (id: number): string | undefined => {
    const at = readingOffsets[id / ENTRY_BYTES] ?? -1;
    return at < 0 ? undefined : featuresAt(bytes.readingStrings, at);
  };
  const costs = new ConnectionCosts(0, 0);
  const connection = int16View(bytes.costs);
  costs.loadConnectionCosts(connection);
  const unknown = new UnknownDictionary();
  unknown.loadUnknownDictionaries(
    bytes.unknownWords,
    bytes.unknownFeatures,
    bytes.unknownClassMap,
    bytes.characterCategories,
    uint32View(bytes.compatibleCategories),
    bytes.invokeDefinitions,
  );
  const tokenizer = new Tokenizer({ token_info_dictionary: tokenInfo, connection_costs: costs, unknown_dictionary: unknown });
  const known = {
    base: int32View(bytes.base),
    check: int32View(bytes.check),
    baseLength: header.baseLength,
    checkLength: header.checkLength,
    leafOffsets: int32View(bytes.leafOffsets),
    leafWords: int32View(bytes.leafWords),
    entries,
  };
  const builder = new LatticeBuilder(known, unknown);
  tokenizer.viterbi_builder = builder;
  const byLeftId = labelPairs(JSON.parse(Buffer.from(bytes.leftIdLabels).toString('utf8')) as (string | null)[]);
  const unknownLabels = new Map<number, readonly [string, string]>();
  const unknownLabelsOf = (id: number): readonly [string, string] => {
    let labels = unknownLabels.get(id);
    if (!labels) {
      const fields = unknown.getFeatures(id).split(',');
      labels = [fields[1] ?? '', fields[2] ?? ''];
      unknownLabels.set(id, labels);
    }
    return labels;
  };
  const search = new ViterbiSearch(known, unknown, int16View(bytes.costsByLeftId), connection[0] ?? 0);
  // Readings by word id: a document repeats its words, and decoding one is a string built from bytes.
  const readings = new Map<number, string | undefined>();
  const readingOfWord = (id: number): string | undefined => {
    if (readings.has(id)) return readings.get(id);
    const reading = readingOf(id);
    if (readings.size >= READING_CACHE_LIMIT) readings.clear();
    readings.set(id, reading);
    return reading;
  };
  return Object.assign(tokenizer, {
    tokenizeLabels(text: string): TokenLabels[] {
      const tokens: TokenLabels[] = [];
      // kuromoji's positions: a sentence's tokens count from the position of the last token before it.
      let lastPosition = 0;
      for (const sentence of Tokenizer.splitByPunctuation(text)) {
        const sentenceBase = lastPosition;
        const path = search.bestPath(sentence);
        for (let w = 0; w < path.length; w++) {
          const known = path.known[w] === 1;
          const id = path.id[w] ?? 0;
          const surfaceForm = sentence.slice(path.surfaceStart[w] ?? 0, path.surfaceEnd[w] ?? 0);
          const labels = known ? byLeftId[path.leftId[w] ?? 0] : unknownLabelsOf(id);
          const position = sentenceBase + (path.startPosition[w] ?? 0);
          if (labels) {
            const start = position - 1;
            const end = start + surfaceForm.length;
            const reading = known && HAS_KANJI.test(surfaceForm) ? readingOfWord(id) : undefined;
            // One object a token (the reading last, as kuromoji's features order it).
            tokens.push(
              reading === undefined
                ? { surface: surfaceForm, start, end, pos: labels[0], posDetail: labels[1], known }
                : { surface: surfaceForm, start, end, pos: labels[0], posDetail: labels[1], known, reading },
            );
          } else {
            // No label by left id (none in IPADIC): the word's features, read as kuromoji's formatter reads them.
            const fields = known ? tokenInfo.getFeatures(id).split(',') : [];
            const surface = fields[0] ?? surfaceForm;
            const token = {
              surface,
              start: position - 1,
              end: position - 1 + surface.length,
              pos: fields[1] ?? '',
              posDetail: fields[2] ?? '',
              known,
            };
            const reading = HAS_KANJI.test(surface) ? readingField(fields) : undefined;
            tokens.push(reading === undefined ? token : { ...token, reading });
          }
          lastPosition = position;
        }
      }
      return tokens;
    },
  });
}

/** "名詞,固有名詞" → ['名詞', '固有名詞'], each distinct pair once. */
function labelPairs(labels: readonly (string | null)[]): (readonly [string, string] | null)[] {
  const pairs = new Map<string, readonly [string, string]>();
  return labels.map((label) => {
    if (label === null) return null;
    let pair = pairs.get(label);
    if (!pair) {
      const [pos = '', detail = ''] = label.split(',');
      pair = [pos, detail];
      pairs.set(label, pair);
    }
    return pair;
  });
}
