/**
 * A name heard wrong where nothing else vouches for it: a katakana word that is no word of the dictionary,
 * standing where a name stands, whose sounds are close (by heardAlike.ts's ear-slip distance) to one known
 * name and clearly further from every other. garbled-katakana-name asks the story to name the entity first;
 * this path is its fallback for an entity the story names nowhere else (ネビアース in a list of neoclouds,
 * クルーゾウと一緒に建設), and so it says "possible", never more, unless the story relates to the entity.
 *
 * Contract:
 * - The word is not a known spelling, not an ordinary loanword, not a dictionary word (kuromoji knows it
 *   not at all), and has at least five sounds: short words sound like too many names.
 * - It stands where a name stands (namePlace.ts): before a title, a name's type (社, 創業者), in a list
 *   beside a known name, quoted after a kind of name (モデル「…」), or as the subject of an action entities take.
 * - The nearest known name (whole, or a person's surname for a part of a dotted name) is at least
 *   MIN_ALIKE alike, its onset heard alike, and MARGIN ahead of the nearest name of any other entity.
 * - Information; a warning only when the story names the entity or one related to it and the sounds are
 *   nearly the same (WARN_ALIKE).
 * - Out of a name's place, a word near one organisation's or product's name (never a person's: people share
 *   sounds), both of at least six sounds, the whole name (not its first word), and not another transliteration
 *   of its English, is a hint naming the entity (soundOnlyHeardNameFinding), which corroboration.ts raises when the
 *   document says what is known of the entity, and which stays a hint otherwise.
 */
import type { AnalyzedDocument } from '../analyzedDocument';
import { displayName, type DetectorContext } from '../context';
import { makeFinding } from '../finding';
import { heardSimilarity, heardWordOf, heardWordsWithin, soundsOf, type HeardWord } from '../heardAlike';
import { knownKatakanaWords, nameIndexOf, type KatakanaName } from '../nameIndex';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Finding, OffsetRange } from '../types';
import { t } from '../l10n';
import { comparedWithEntity } from '../renderedSpelling';

export const MIN_ALIKE = 0.86;
export const MARGIN = 0.05;
const WARN_ALIKE = 0.92;
const MIN_SOUNDS = 5;
/** A hint: below information, raised only by what the document says of the entity (corroboration.ts). */
const SOUND_ONLY_CONFIDENCE = 0.45;
/** Out of a name's place a short word sounds like too many things (サイバー): a sound more than in a name's place. */
const SOUND_ONLY_MIN_SOUNDS = MIN_SOUNDS + 1;

export interface HeardMatch {
  readonly name: KatakanaName;
  /** The spelling matched: the whole name, or a person's surname. */
  readonly target: string;
  readonly similarity: number;
}

const cache = new WeakMap<KnowledgeBase, Map<string, HeardMatch | null>>();

/** The known name a word sounds nearest to, when near enough and clearly nearer than any other entity's. */
export function nearestHeardName(word: string, partOfDottedName: boolean, kb: KnowledgeBase): HeardMatch | undefined {
  let memo = cache.get(kb);
  if (!memo) cache.set(kb, (memo = new Map()));
  const key = `${partOfDottedName ? 1 : 0}${word}`;
  const found = memo.get(key);
  if (found !== undefined) return found ?? undefined;
  const result = computeNearest(word, partOfDottedName, kb);
  if (memo.size > 20_000) memo.clear();
  memo.set(key, result ?? null);
  return result;
}

/** A spelling a word is compared with: a known name without its dots, its first word, or a surname. */
interface HeardTarget {
  readonly name: KatakanaName;
  readonly text: string;
  readonly heard: HeardWord;
  /** Its place in the name index's order: of names equally alike, the first is taken. */
  readonly order: number;
}

/** The spellings a word is compared with, by their number of sounds: for a whole word, and for a part of a dotted one. */
interface HeardTargets {
  readonly word: ReadonlyMap<number, readonly HeardTarget[]>;
  readonly part: ReadonlyMap<number, readonly HeardTarget[]>;
}

const targetsCache = new WeakMap<KnowledgeBase, HeardTargets>();

/** Works out the names' sounds now: the build does, to keep the romaji they read (derivedData.ts). */
export function workOutHeardTargets(kb: KnowledgeBase): void {
  heardTargetsOf(kb);
}

/** Worked out once per knowledge base: every word is compared with every name of about its length. */
function heardTargetsOf(kb: KnowledgeBase): HeardTargets {
  let targets = targetsCache.get(kb);
  if (!targets) {
    const word = new Map<number, HeardTarget[]>();
    const part = new Map<number, HeardTarget[]>();
    let order = 0;
    const add = (to: Map<number, HeardTarget[]>, target: HeardTarget): void => {
      const list = to.get(target.heard.sounds.length);
      if (list) list.push(target);
      else to.set(target.heard.sounds.length, [target]);
    };
    const target = (name: KatakanaName, text: string): HeardTarget => ({ name, text, heard: heardWordOf(soundsOf(text)), order: order++ });
    for (const name of nameIndexOf(kb).katakana) {
      const whole = target(name, name.text.replace(/[・･]/g, ''));
      add(word, whole);
      if (name.parts.length <= 1) add(part, whole);
      // An organisation's first word is the name said short (アイソモーフィック of アイソモーフィック・ラボ).
      const firstWord = name.parts.length > 1 && kb.get(name.entityId)?.type !== 'person' ? name.parts[0] : undefined;
      if (firstWord) add(word, target(name, firstWord.text));
      const surname = name.parts.length > 1 ? name.parts[name.parts.length - 1] : undefined;
      if (surname) add(part, target(name, surname.text));
    }
    targetsCache.set(kb, (targets = { word, part }));
  }
  return targets;
}

/**
 * Names heard less alike than this are not worked out exactly: one that is cannot be the nearest (it must be
 * MIN_ALIKE alike) nor the nearest of another entity within MARGIN of it (a hundredth to spare for rounding).
 */
const COMPARED_ALIKE = MIN_ALIKE - MARGIN - 0.01;

function computeNearest(word: string, partOfDottedName: boolean, kb: KnowledgeBase): HeardMatch | undefined {
  const sounds = soundsOf(word);
  if (sounds.length < MIN_SOUNDS) return undefined;
  const heard = heardWordOf(sounds);
  let best: HeardTarget | undefined;
  let bestSimilarity = 0;
  const bestByEntity = new Map<string, number>();
  const byLength = partOfDottedName ? heardTargetsOf(kb).part : heardTargetsOf(kb).word;
  // Names of nearly as many sounds (MIN_SOUNDS - 1 at least), compared by heardSimilarity with the sounds worked out once.
  const apart = Math.max(3, 0.4 * sounds.length);
  for (let length = Math.max(MIN_SOUNDS - 1, Math.ceil(sounds.length - apart)); length <= sounds.length + apart; length++) {
    const longest = Math.max(sounds.length, length);
    const limit = (1 - COMPARED_ALIKE) * longest;
    for (const target of byLength.get(length) ?? []) {
      const distance = heardWordsWithin(heard, target.heard, limit);
      if (distance > limit) continue;
      const similarity = Math.max(0, 1 - distance / longest);
      if (similarity > (bestByEntity.get(target.name.entityId) ?? 0)) bestByEntity.set(target.name.entityId, similarity);
      if (!best || similarity > bestSimilarity || (similarity === bestSimilarity && target.order < best.order)) {
        best = target;
        bestSimilarity = similarity;
      }
    }
  }
  if (!best || bestSimilarity < MIN_ALIKE) return undefined;
  // Recognisers keep a name's first sound, voiced or not (グリーカー for クリーガー).
  if (heardSimilarity(word.slice(0, 1), best.text.slice(0, 1)) < 0.6) return undefined;
  let second = 0;
  for (const [entityId, similarity] of bestByEntity) if (entityId !== best.name.entityId && similarity > second) second = similarity;
  if (bestSimilarity - second < MARGIN) return undefined;
  const wholeName = best.text === best.name.text.replace(/[・･]/g, '');
  const target = best.name.parts.length > 1 && !partOfDottedName && wholeName ? best.name.text : best.text;
  return { name: best.name, target, similarity: bestSimilarity };
}

/**
 * Whether the word is no word: not a known name, not an ordinary loanword, not a word of the dictionary nor a
 * compound of its longer words (データセンター); a split into a short word (クルー + ゾウ) is no compound.
 */
export function isNoWord(doc: AnalyzedDocument, word: string, context: DetectorContext): boolean {
  if (knownKatakanaWords(context.kb).has(word) || context.rules.ordinaryKatakana.has(word)) return false;
  const tokens = doc.tokenize(word);
  if (tokens.length === 1) return tokens[0]?.known !== true;
  return !tokens.every((token) => token.known && token.surface.length >= 3);
}

/**
 * A hint for a word heard wrong that stands in no name's place and whose entity the story names nowhere: only its
 * sound speaks for it. It names the entity, so corroboration.ts raises it when the document says what is known
 * of the entity (its field's words, a related entity named); alone it stays a hint.
 */
export function soundOnlyHeardNameFinding(word: string, range: OffsetRange, match: HeardMatch, context: DetectorContext): Finding | undefined {
  const entity = context.kb.get(match.name.entityId);
  if (!entity || match.similarity < MIN_ALIKE) return undefined;
  // Both words long enough to be a name of their own, and the whole name: a first word said short (ブラック of
  // ブラック・フォレスト・ラボ) is an ordinary word as often as a name, and short words sound like too many things.
  if (Math.min(soundsOf(word).length, soundsOf(match.target).length) < SOUND_ONLY_MIN_SOUNDS) return undefined;
  if (match.target.replace(/[・･]/g, '') !== match.name.text.replace(/[・･]/g, '')) return undefined;
  // A spelling that writes the English name as well as the known one is another transliteration, not a mishearing.
  if (comparedWithEntity(word, match.target, entity) !== undefined) return undefined;
  return makeFinding({
    code: 'garbled-katakana-name',
    range,
    message: t('「{0}」 sounds like 「{1}」 ({2}), but only its sound says so', word, match.target, entity.en),
    confidence: SOUND_ONLY_CONFIDENCE,
    explanation: {
      problem: t('Perhaps a mis-recognised name: {0}.', displayName(entity)),
      reasons: [
        t('「{0}」 is no word of the dictionary.', word),
        t(
          'Its sounds are {0}% alike those of 「{1}」, allowing for the slips ears make (voicing, v/b/f, a vowel added or lost).',
          Math.round(match.similarity * 100),
          match.target,
        ),
        t('No other known name sounds as close.'),
        t('{0} is named nowhere else in this document: this may be another name the knowledge base lacks.', displayName(entity)),
      ],
    },
    replacements: [match.target],
    entityId: entity.id,
  });
}

/** A finding for a word heard wrong, in a name's place, near one known name (see the contract above). */
export function heardNameFinding(word: string, range: OffsetRange, cue: string, match: HeardMatch, context: DetectorContext): Finding | undefined {
  const entity = context.kb.get(match.name.entityId);
  if (!entity) return undefined;
  const affinity = context.affinity(entity.id);
  // A person the story relates to is garbled-related-name's to warn about, with the relation as its evidence.
  const confidence = affinity > 0 && match.similarity >= WARN_ALIKE && entity.type !== 'person' ? 0.7 : 0.55;
  return makeFinding({
    code: 'garbled-katakana-name',
    range,
    message:
      confidence >= 0.7
        ? t('「{0}」 looks like a garbled 「{1}」 ({2})', word, match.target, entity.en)
        : t('「{0}」 may be a mis-heard 「{1}」 ({2}); the story does not name it otherwise, so check', word, match.target, entity.en),
    confidence,
    explanation: {
      problem: t('Probably a mis-recognised name: {0}.', displayName(entity)),
      reasons: [
        t('「{0}」 is no word of the dictionary and stands where a name stands ({1}).', word, cue),
        t(
          'Its sounds are {0}% alike those of 「{1}」, allowing for the slips ears make (voicing, v/b/f, a vowel added or lost).',
          Math.round(match.similarity * 100),
          match.target,
        ),
        t('No other known name sounds as close.'),
        affinity > 0
          ? t('{0} or an entity related to it is named in this document.', displayName(entity))
          : t('{0} is named nowhere else in this document: this may be another name the knowledge base lacks.', displayName(entity)),
      ],
    },
    replacements: [match.target],
    // Only a likely finding names the entity: a guess must not make the story "about" it for the other checks.
    ...(confidence >= 0.7 ? { entityId: entity.id } : {}),
  });
}
