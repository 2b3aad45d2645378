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
import { heardNumbersWithin, heardSimilarity, soundNumbersOf, soundsOf } from './heardAlike';
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

/** What heardWholeName compares of a known name's part, worked out once per name (when first compared). */
interface HeardPart {
  readonly text: string;
  /** Its sounds by number (heardAlike.ts's soundNumbersOf). */
  readonly sounds: Int32Array;
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
      .map((name) => {
        const partKeys = name.parts.map((p) => looseSoundKey(p.text));
        return { name, key: partKeys.join(''), strictKey: name.parts.map((p) => soundKey(p.text)).join(''), partKeys };
      });
    keyed.set(kb, names);
  }
  return names;
}

const wholeMatches = new WeakMap<KnowledgeBase, Map<string, WholeNameMatch | null>>();
const WHOLE_MATCH_CACHE_SIZE = 20_000;

/**
 * The known name the dotted parts sound like as a whole, if any (the closest): found once per spelling (a
 * document writes its names many times, and each is compared with every known name of as many parts).
 */
export function matchWholeName(parts: readonly string[], kb: KnowledgeBase): WholeNameMatch | undefined {
  if (parts.length < 2) return undefined;
  let cache = wholeMatches.get(kb);
  if (!cache) wholeMatches.set(kb, (cache = new Map()));
  const key = parts.join('\u0001');
  let found = cache.get(key);
  if (found === undefined) {
    found = closestWholeName(parts, kb) ?? null;
    if (cache.size >= WHOLE_MATCH_CACHE_SIZE) cache.clear();
    cache.set(key, found);
  }
  return found ?? undefined;
}

function closestWholeName(parts: readonly string[], kb: KnowledgeBase): WholeNameMatch | undefined {
  const partKeys = parts.map(looseSoundKey);
  const key = partKeys.join('');
  const strictKey = parts.map(soundKey).join('');
  if (key.length < 5) return undefined;
  let best: WholeNameMatch | undefined;
  const skeleton = consonantSkeleton(key);
  for (const candidate of keyedNames(kb)) {
    if (candidate.partKeys.length !== partKeys.length || Math.abs(candidate.key.length - key.length) > 3) continue;
    // The same consonants in the same order (ジャンソン・フアング for ジェンスン・フアン): vowels are what ears disagree on most.
    const candidateSkeleton = consonantSkeleton(candidate.key);
    const sameConsonants = candidateSkeleton.length >= 4 && candidateSkeleton === skeleton;
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
  const written = parts.map((part) => ({ text: part, sounds: soundNumbersOf(soundsOf(part)) }));
  for (const candidate of keyedNames(kb)) {
    if (candidate.partKeys.length !== parts.length || Math.abs(candidate.key.length - keyLength) > 3) continue;
    const known = candidate.name.parts;
    if (parts.every((part, i) => part === known[i]?.text)) continue;
    const knownParts = heardPartsOf(candidate);
    let least = 1;
    let total = 0;
    for (let i = 0; i < parts.length && least >= PART_HEARD_ALIKE; i++) {
      const alike = partHeardAlike(written[i] as HeardPart, knownParts[i] as HeardPart);
      least = Math.min(least, alike);
      total += alike;
    }
    if (least < PART_HEARD_ALIKE) continue;
    const alike = total / parts.length;
    if (!best || alike > best.alike) best = { name: candidate.name, alike };
  }
  return best && { name: best.name, similarity: HEARD_WHOLE_SIMILARITY };
}

const heardParts = new WeakMap<KeyedName, readonly HeardPart[]>();

function heardPartsOf(candidate: KeyedName): readonly HeardPart[] {
  let found = heardParts.get(candidate);
  if (!found) {
    found = candidate.name.parts.map((part) => ({ text: part.text, sounds: soundNumbersOf(soundsOf(part.text)) }));
    heardParts.set(candidate, found);
  }
  return found;
}

/** Whether two first characters sound alike enough to be one onset heard otherwise, by pair (few pairs, compared often). */
const onsets = new Map<string, boolean>();
function onsetHeardAlike(written: string, known: string): boolean {
  const key = `${written}\u0001${known}`;
  let alike = onsets.get(key);
  if (alike === undefined) {
    alike = heardSimilarity(written, known) >= 0.6;
    onsets.set(key, alike);
  }
  return alike;
}

/**
 * How alike by ear a written part is to a known one (heardSimilarity), 0 when it does not keep the known part's
 * first sound or one of them is too short to be heard otherwise. Below PART_HEARD_ALIKE, only that it is below:
 * the distance is not worked out past what would keep it above.
 */
function partHeardAlike(written: HeardPart, known: HeardPart): number {
  if (written.text === known.text) return 1;
  const onsetKept = onsetHeardAlike(written.text.slice(0, 1), known.text.slice(0, 1));
  // A short part changed (ホー for ハ, ハン for ハ) is another name, not the same one misheard.
  const longEnough = Math.min(written.sounds.length, known.sounds.length) >= MIN_CHANGED_SOUNDS;
  if (!onsetKept || !longEnough) return 0;
  const longest = Math.max(written.sounds.length, known.sounds.length);
  // heardSimilarity's sums: the distance past the limit is some number above it, which leaves the likeness below the bar.
  return Math.max(0, 1 - heardNumbersWithin(written.sounds, known.sounds, (1 - PART_HEARD_ALIKE) * longest) / longest);
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
