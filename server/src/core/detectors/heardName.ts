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
 */
import type { AnalyzedDocument } from '../analyzedDocument';
import { displayName, type DetectorContext } from '../context';
import { makeFinding } from '../finding';
import { heardSimilarity, soundsOf } from '../heardAlike';
import { knownKatakanaWords, nameIndexOf, type KatakanaName } from '../nameIndex';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Finding, OffsetRange } from '../types';
import { t } from '../l10n';

export const MIN_ALIKE = 0.86;
export const MARGIN = 0.05;
const WARN_ALIKE = 0.92;
const MIN_SOUNDS = 5;

export interface HeardMatch {
  readonly name: KatakanaName;
  /** The spelling matched: the whole name, or a person's surname. */
  readonly target: string;
  readonly similarity: number;
  /** How far ahead of the nearest name of another entity. */
  readonly margin: number;
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

function computeNearest(word: string, partOfDottedName: boolean, kb: KnowledgeBase): HeardMatch | undefined {
  const sounds = soundsOf(word);
  if (sounds.length < MIN_SOUNDS) return undefined;
  let best: { name: KatakanaName; target: string; similarity: number } | undefined;
  const bestByEntity = new Map<string, number>();
  const consider = (name: KatakanaName, target: string): void => {
    const targetSounds = soundsOf(target);
    if (targetSounds.length < MIN_SOUNDS - 1 || Math.abs(targetSounds.length - sounds.length) > Math.max(3, 0.4 * sounds.length)) return;
    const similarity = heardSimilarity(word, target);
    if (similarity > (bestByEntity.get(name.entityId) ?? 0)) bestByEntity.set(name.entityId, similarity);
    if (!best || similarity > best.similarity) best = { name, target, similarity };
  };
  for (const name of nameIndexOf(kb).katakana) {
    if (name.parts.length <= 1 || !partOfDottedName) consider(name, name.text.replace(/[・･]/g, ''));
    // An organisation's first word is the name said short (アイソモーフィック of アイソモーフィック・ラボ).
    const firstWord = name.parts.length > 1 && !partOfDottedName && kb.get(name.entityId)?.type !== 'person' ? name.parts[0] : undefined;
    if (firstWord) consider(name, firstWord.text);
    const surname = name.parts.length > 1 ? name.parts[name.parts.length - 1] : undefined;
    if (surname && partOfDottedName) consider(name, surname.text);
  }
  const chosen = best as { name: KatakanaName; target: string; similarity: number } | undefined;
  if (!chosen || chosen.similarity < MIN_ALIKE) return undefined;
  // Recognisers keep a name's first sound, voiced or not (グリーカー for クリーガー).
  if (heardSimilarity(word.slice(0, 1), chosen.target.slice(0, 1)) < 0.6) return undefined;
  let second = 0;
  for (const [entityId, similarity] of bestByEntity) if (entityId !== chosen.name.entityId && similarity > second) second = similarity;
  const margin = chosen.similarity - second;
  if (margin < MARGIN) return undefined;
  const wholeName = chosen.target === chosen.name.text.replace(/[・･]/g, '');
  const target = chosen.name.parts.length > 1 && !partOfDottedName && wholeName ? chosen.name.text : chosen.target;
  return { name: chosen.name, target, similarity: chosen.similarity, margin };
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
