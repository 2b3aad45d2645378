/**
 * A person's whole name garbled in every part by the way it was heard: 「リーサ・スウー」 for リサ・スー,
 * 「リッシー・スナーク」 for リシ・スナク. Each part alone is too short or too far from its name to match, but
 * the whole name's sound key (soundKey.ts: long vowels, doubled consonants and diphthongs folded) is that of
 * a known name with as many parts.
 *
 * Contract: a dotted katakana run of two or more parts, not itself a known spelling, matches a known name
 * with the same number of parts when the whole keys are at least 85% alike and every pair of parts at least
 * 50% alike with the same first sound. Equal keys are "the same name written by ear"; close ones need the
 * entity in the story. The caller uses it only when no part is written right (then parts match on their own).
 */
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import { nameIndexOf, type KatakanaName } from './nameIndex';
import { editSimilarity } from './similarity';
import { soundKey } from './soundKey';

export interface WholeNameMatch {
  readonly name: KatakanaName;
  /** How alike the whole keys are (1: the same sounds). */
  readonly similarity: number;
}

interface KeyedName {
  readonly name: KatakanaName;
  readonly key: string;
  readonly partKeys: readonly string[];
}

const keyed = new WeakMap<KnowledgeBase, readonly KeyedName[]>();

function keyedNames(kb: KnowledgeBase): readonly KeyedName[] {
  let names = keyed.get(kb);
  if (!names) {
    names = nameIndexOf(kb)
      .katakana.filter((name) => name.parts.length >= 2)
      .map((name) => ({ name, key: name.parts.map((p) => soundKey(p.text)).join(''), partKeys: name.parts.map((p) => soundKey(p.text)) }));
    keyed.set(kb, names);
  }
  return names;
}

/** The known name the dotted parts sound like as a whole, if any (the closest). */
export function matchWholeName(parts: readonly string[], kb: KnowledgeBase): WholeNameMatch | undefined {
  if (parts.length < 2) return undefined;
  const partKeys = parts.map(soundKey);
  const key = partKeys.join('');
  if (key.length < 5) return undefined;
  let best: WholeNameMatch | undefined;
  for (const candidate of keyedNames(kb)) {
    if (candidate.partKeys.length !== partKeys.length || Math.abs(candidate.key.length - key.length) > 3) continue;
    const similarity = editSimilarity(candidate.key, key);
    if (similarity < 0.85 || (best && similarity <= best.similarity)) continue;
    const partsAlike = partKeys.every((k, i) => {
      const other = candidate.partKeys[i] ?? '';
      return k[0] === other[0] && editSimilarity(k, other) >= 0.5;
    });
    if (partsAlike) best = { name: candidate.name, similarity };
  }
  return best;
}
