/**
 * A person's whole name garbled in every part by the way it was heard: 「リーサ・スウー」 for リサ・スー,
 * 「リッシー・スナーク」 for リシ・スナク. Each part alone is too short or too far from its name to match, but
 * the whole name's sound key (soundKey.ts: long vowels, doubled consonants and diphthongs folded, and the
 * endings ear transliteration changes: ング/ン, ール/ー, ヌ/ン, ヴ/ブ, シュ/ス) is that of
 * a known name with as many parts.
 *
 * Contract: a dotted katakana run of two or more parts, not itself a known spelling, matches a known name
 * with the same number of parts when the whole keys are at least 85% alike (or have the same consonants in
 * the same order, four or more) and every pair of parts a plausible mishearing of each other (below): the
 * same first sound, and the same key, or one sound off in a part of two morae or more, or only vowels
 * changed with as many sounds. A changed part of one mora (ハ/ホー) or a part with sounds added or lost
 * beyond one (マイケル/マーク) is another name, not the same one misheard. Equal keys are "the same name
 * written by ear"; close ones need the entity in the story. The caller uses it only when no part is written
 * right (then parts match on their own). Failing that, a name every part of which is at least 85% alike by ear
 * (heardAlike.ts) to its part of a known name, each part keeping its first sound and no changed part shorter than
 * four sounds, is close (HEARD_WHOLE_SIMILARITY), never the same.
 */
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import { nameIndexOf, type KatakanaName } from './nameIndex';
import { distance } from 'fastest-levenshtein';
import { heardSimilarity, soundsOf } from './heardAlike';
import { editSimilarity } from './similarity';
import { consonantSkeleton, looseSoundKey, soundKey } from './soundKey';

export interface WholeNameMatch {
  readonly name: KatakanaName;
  /** How alike the whole keys are (1: the same sounds). */
  readonly similarity: number;
}

interface KeyedName {
  readonly name: KatakanaName;
  readonly key: string;
  /** The key without the loose folds (soundKey.ts). */
  readonly strictKey: string;
  readonly partKeys: readonly string[];
}

const keyed = new WeakMap<KnowledgeBase, readonly KeyedName[]>();

/** Works out the names' keys now: the build does, to keep the romaji they read (derivedData.ts). */
export function workOutKeyedNames(kb: KnowledgeBase): void {
  keyedNames(kb);
}

function keyedNames(kb: KnowledgeBase): readonly KeyedName[] {
  let names = keyed.get(kb);
  if (!names) {
    names = nameIndexOf(kb)
      .katakana.filter((name) => name.parts.length >= 2)
      .map((name) => ({
        name,
        key: name.parts.map((p) => looseSoundKey(p.text)).join(''),
        strictKey: name.parts.map((p) => soundKey(p.text)).join(''),
        partKeys: name.parts.map((p) => looseSoundKey(p.text)),
      }));
    keyed.set(kb, names);
  }
  return names;
}

/** The known name the dotted parts sound like as a whole, if any (the closest). */
export function matchWholeName(parts: readonly string[], kb: KnowledgeBase): WholeNameMatch | undefined {
  if (parts.length < 2) return undefined;
  const partKeys = parts.map(looseSoundKey);
  const key = partKeys.join('');
  const strictKey = parts.map(soundKey).join('');
  if (key.length < 5) return undefined;
  let best: WholeNameMatch | undefined;
  for (const candidate of keyedNames(kb)) {
    if (candidate.partKeys.length !== partKeys.length || Math.abs(candidate.key.length - key.length) > 3) continue;
    // The same consonants in the same order (ジャンソン・フアング for ジェンスン・フアン): vowels are what ears disagree on most.
    const sameConsonants = consonantSkeleton(candidate.key).length >= 4 && consonantSkeleton(candidate.key) === consonantSkeleton(key);
    // Keys equal only once the loose folds are made are close, not the same (1 is kept for the same sounds).
    const alike = candidate.key === key && candidate.strictKey !== strictKey ? 0.95 : editSimilarity(candidate.key, key);
    const similarity = Math.max(alike, sameConsonants ? 0.85 : 0);
    if (similarity < 0.85 || (best && similarity <= best.similarity)) continue;
    const partsAlike = partKeys.every((k, i) => plausiblyMisheard(k, candidate.partKeys[i] ?? ''));
    if (partsAlike) best = { name: candidate.name, similarity };
  }
  return best ?? heardWholeName(parts, key.length, kb);
}

/** How alike by ear each part must sound to its part of a known name (heardAlike.ts) when the keys are too far apart. */
const PART_HEARD_ALIKE = 0.85;
/** The fewest sounds a part heard otherwise may have: one of fewer changed makes another name. */
const MIN_CHANGED_SOUNDS = 4;
/** The most a name matched by ear alone counts: close, never the same sounds, so the caller asks for the entity in the story. */
export const HEARD_WHOLE_SIMILARITY = 0.88;

/**
 * A name every part of which sounds like its part of a known name by ear, allowing for the slips recognisers make
 * (voicing, r/d, t/d, a vowel for its neighbour, a vowel added or lost: ジーナ・ラモント for ジーナ・レモンド, ジェイソン・ファン
 * for ジェンスン・フアン), though the letters of the keys differ too much for matchWholeName's measure; each part keeps
 * its first sound as heard. Counted close (HEARD_WHOLE_SIMILARITY), never the same name.
 */
function heardWholeName(parts: readonly string[], keyLength: number, kb: KnowledgeBase): WholeNameMatch | undefined {
  let best: { name: KatakanaName; alike: number } | undefined;
  for (const candidate of keyedNames(kb)) {
    if (candidate.partKeys.length !== parts.length || Math.abs(candidate.key.length - keyLength) > 3) continue;
    const known = candidate.name.parts;
    if (parts.every((part, i) => part === known[i]?.text)) continue;
    let least = 1;
    let total = 0;
    for (let i = 0; i < parts.length && least >= PART_HEARD_ALIKE; i++) {
      const written = parts[i] ?? '';
      const target = known[i]?.text ?? '';
      const alike = written === target ? 1 : heardSimilarity(written, target);
      const onsetKept = heardSimilarity(written.slice(0, 1), target.slice(0, 1)) >= 0.6;
      // A short part changed (ホー for ハ, ハン for ハ) is another name, not the same one misheard.
      const longEnough = written === target || Math.min(soundsOf(written).length, soundsOf(target).length) >= MIN_CHANGED_SOUNDS;
      least = Math.min(least, onsetKept && longEnough ? alike : 0);
      total += alike;
    }
    if (least < PART_HEARD_ALIKE) continue;
    const alike = total / parts.length;
    if (!best || alike > best.alike) best = { name: candidate.name, alike };
  }
  return best && { name: best.name, similarity: HEARD_WHOLE_SIMILARITY };
}

/**
 * Whether one name part's loose key could be another's misheard: the same key; one sound off when both
 * parts are long enough that one sound does not make another name (テウーン/テウォン, not ワン/ワイル);
 * or the same consonants in the same places with only vowels heard otherwise (ジャンソン/ジェンスン).
 * A part of one mora changed (ハ/ホー, ハ/ハン) or sounds added (マイケル/マーク) is a different name.
 */
export function plausiblyMisheard(written: string, known: string): boolean {
  if (written === known) return true;
  if (written[0] !== known[0] || Math.min(written.length, known.length) < 3) return false;
  if (Math.min(written.length, known.length) >= 4 && distance(written, known) <= 1) return true;
  return written.length === known.length && consonantSkeleton(written) === consonantSkeleton(known) && editSimilarity(written, known) >= 0.6;
}
