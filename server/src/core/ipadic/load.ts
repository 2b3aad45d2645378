/** kuromoji's Tokenizer over the compact IPADIC file: same tokens and features as kuromoji's own loader. */
import type { IpadicFeatures } from 'kuromoji';
import Tokenizer from 'kuromoji/src/Tokenizer';
import ConnectionCosts from 'kuromoji/src/dict/ConnectionCosts';
import UnknownDictionary from 'kuromoji/src/dict/UnknownDictionary';
import { int16View, int32View, readCompact, uint32View, type CompactDictionary } from './format';
import { LatticeBuilder } from './lattice';

export interface KuromojiTokenizer {
  tokenize(text: string): IpadicFeatures[];
}

/** A NUL-terminated UTF-8 string of a features section, decoded when a token asks for it. */
function featuresAt(features: Uint8Array, at: number): string {
  let end = at;
  while (end < features.length && features[end] !== 0) end++;
  return Buffer.from(features.buffer, features.byteOffset + at, end - at).toString('utf8');
}

/** A Tokenizer from a compact file's bytes (views of them are kept: do not reuse the buffer). */
export function compactTokenizer(file: Uint8Array): KuromojiTokenizer {
  return tokenizerOf(readCompact(file));
}

export function tokenizerOf({ header, bytes }: CompactDictionary): KuromojiTokenizer {
  const entries = int16View(bytes.words);
  const words = new DataView(bytes.words.buffer, bytes.words.byteOffset, bytes.words.byteLength);
  const tokenInfo = {
    // kuromoji's getFeatures: the entry's feature offset sits 6 bytes into the entry.
    getFeatures(id: number | string): string {
      const at = Number(id) + 6;
      return featuresAt(bytes.features, at + 4 <= words.byteLength ? words.getInt32(at, true) : 0);
    },
  };
  const costs = new ConnectionCosts(0, 0);
  costs.loadConnectionCosts(int16View(bytes.costs));
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
  tokenizer.viterbi_builder = new LatticeBuilder(
    {
      base: int32View(bytes.base),
      check: int32View(bytes.check),
      baseLength: header.baseLength,
      checkLength: header.checkLength,
      leafOffsets: int32View(bytes.leafOffsets),
      leafWords: int32View(bytes.leafWords),
      entries,
    },
    unknown,
  );
  return tokenizer;
}
