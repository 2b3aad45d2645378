/** What a pair's translation writes, for the name check: its katakana and Latin words, its mentions, and whether it writes an entity. */
import { editSimilarity } from '../../../similarity';
import type { Entity } from '../../../knowledge/model';
import type { EntityMention, Finding, OffsetRange } from '../../../types';
import type { SourceCheckContext } from '../check';
import { katakanaWords, latinWords, targetSlice, type Word } from '../../pairFacts';
import type { AlignedPair } from '../../alignment';
import { fullSpellingsOf, withPhrases } from '../../pairNames';
import type { KnowledgeBase } from '../../../knowledge/knowledgeBase';

/** How close a given name before the right surname must be to the known one to count as another transliteration of it. */
const GIVEN_NAME_VARIANT = 0.7;
const KATAKANA_RUN = /[ァ-ヴー・＝]/;

export interface TargetView {
  readonly text: string;
  /** Mentions of known entities in the pair's translation, each written as a whole word (not the tail of a longer katakana name). */
  readonly mentions: readonly EntityMention[];
  readonly katakana: readonly Word[];
  readonly latin: readonly Word[];
  /** Whether the translation writes the entity: a mention, a spelling, or a misspelling its own checks already report. */
  written(entity: Entity): boolean;
  /** Whether it writes the entity as one of its spellings (or another way of writing one), not through a misspelling. */
  writtenAsIs(entity: Entity): boolean;
  /** The translation's own findings on a misspelling of the entity, in this pair, that say so (first first). */
  ownFindings(entity: Entity): readonly Finding[];
}

export function targetView(pair: AlignedPair, context: SourceCheckContext): TargetView {
  const targetRanges = pair.target.map((s) => s.range);
  const inTarget = (range: OffsetRange): boolean => targetRanges.some((r) => r.start <= range.start && range.end <= r.end);
  const whole = (range: OffsetRange): boolean => {
    const run = katakanaRunAround(pair, range);
    return run.start === range.start && run.end === range.end;
  };
  const allMentions = context.mentions.filter((m) => inTarget(m.range));
  const mentions = allMentions.filter((m) => whole(m.range));
  // Reported by the translation's own checks as a warning (or another way of writing it in katakana): not this
  // check's to say. A Latin garble they were unsure of, the source confirms.
  const ownSay = (f: Finding): boolean => f.severity === 'error' || f.severity === 'warning' || !/^[\x20-\x7e]+$/.test(targetSlice(pair, f.range));
  const own = context.findings.filter((f) => f.entityId !== undefined && inTarget(f.range) && ownSay(f));
  const mentioned = new Set(mentions.map((m) => m.entityId));
  const free = (word: Word): boolean => !mentions.some((m) => m.range.start < word.range.end && word.range.start < m.range.end);
  const text = pair.target.map((s) => s.text).join('');
  const katakana = pair.target.flatMap(katakanaWords).filter(free);
  const writtenAsIs = (entity: Entity): boolean =>
    mentioned.has(entity.id) ||
    fullSpellingsOf(entity).some((s) => undotted(text).includes(undotted(s))) ||
    katakana.some(
      (w) =>
        anotherWayOfWritingAGivenName(w.text, entity) ||
        mixedSpellings(w.text, entity) ||
        fullSpellingsOf(entity).some((s) => sameUpToLongVowels(w.text, s)) ||
        renderedWordByWord(w.text, entity, context.kb),
    ) ||
    // A short form counts when written as a word of its own (アルトマン), not as the end of another name (ダニエル・アモデイ).
    (entity.shortNames ?? []).some((s) => (/^[ァ-ヴー・＝]+$/.test(s) ? katakana.some((w) => w.text === s) : latinShortNameWritten(text, s, entity)));
  const ownFindings = (entity: Entity): Finding[] => own.filter((f) => f.entityId === entity.id);
  return {
    text,
    mentions,
    katakana,
    latin: withPhrases(pair, pair.target.flatMap(latinWords)).filter(free),
    written: (entity) => writtenAsIs(entity) || ownFindings(entity).length > 0,
    writtenAsIs,
    ownFindings,
  };
}

/**
 * A Latin short name written as the name of this person, not as the family name after a garble of the given name (Daniel
 * Amodei is not Dario Amodei's Amodei, as ダニエル・アモデイ is not his アモデイ). A title or any other word before it (Mr,
 * President, When) leaves it his.
 */
function latinShortNameWritten(text: string, shortName: string, entity: Entity): boolean {
  const given = [entity.en, ...(entity.aliases ?? [])].map((s) => s.split(/\s+/)[0] ?? '').filter((g) => g !== shortName);
  for (let at = text.indexOf(shortName); at >= 0; at = text.indexOf(shortName, at + 1)) {
    if (entity.type !== 'person') return true;
    const before = /([A-Z][a-z]+) $/.exec(text.slice(Math.max(0, at - 30), at))?.[1];
    const anotherGiven = before !== undefined && !given.includes(before) && given.some((g) => editSimilarity(g.toLowerCase(), before.toLowerCase()) >= 0.5);
    if (!anotherGiven) return true;
  }
  return false;
}

/**
 * Two katakana spellings that differ only in long vowels, small ッ, separators or ヴ (シンキング・マシーンズ and
 * シンキング・マシンズ, アプトロニク and アプトロニック, ヴィジョン and ビジョン): both in use, neither a garble of the other.
 */
export function sameUpToLongVowels(a: string, b: string): boolean {
  if (!/^[ァ-ヴー・＝]+$/.test(a) || !/^[ァ-ヴー・＝]+$/.test(b)) return false;
  const key = (s: string): string =>
    s
      .replace(/[・＝ーッ]/g, '')
      .replace(/ヴァ/g, 'バ')
      .replace(/ヴィ/g, 'ビ')
      .replace(/ヴェ/g, 'ベ')
      .replace(/ヴォ/g, 'ボ')
      .replace(/ヴ/g, 'ブ');
  return a !== b && key(a) === key(b);
}

/** A katakana name without its separators: グーグルクラウド and グーグル・クラウド write one name. */
export function undotted(text: string): string {
  return text.replace(/[・＝]/g, '');
}

/** The katakana word (with its ・) a range lies in, or the range itself when it is no katakana. */
function katakanaRunAround(pair: AlignedPair, range: OffsetRange): OffsetRange {
  for (const segment of pair.target) {
    for (const piece of segment.pieces) {
      if (range.start < piece.start || range.end > piece.start + piece.text.length) continue;
      let start = range.start - piece.start;
      let end = range.end - piece.start;
      if (!KATAKANA_RUN.test(piece.text[start] ?? '') || !KATAKANA_RUN.test(piece.text[end - 1] ?? '')) return range;
      while (start > 0 && KATAKANA_RUN.test(piece.text[start - 1] ?? '')) start--;
      while (end < piece.text.length && KATAKANA_RUN.test(piece.text[end] ?? '')) end++;
      return { start: piece.start + start, end: piece.start + end };
    }
  }
  return range;
}

/**
 * The known surname with a given name written close to the known one (サンダー・ピチャイ for スンダー・ピチャイ):
 * another transliteration, not a garble. A given name far from it (ダニエル・アモデイ for ダリオ・アモデイ) is one.
 */
export function anotherWayOfWritingAGivenName(written: string, entity: Entity): boolean {
  const parts = written.split(/[・＝]/);
  const known = entity.ja.split(/[・＝]/);
  if (parts.length !== 2 || known.length !== 2 || parts[1] !== known[1]) return false;
  return editSimilarity(parts[0] ?? '', known[0] ?? '') >= GIVEN_NAME_VARIANT;
}

/** A given name from one of the entity's spellings and a family name from another (ジェンセン・ファン of ジェンセン・フアン and ジェンスン・ファン). */
export function mixedSpellings(written: string, entity: Entity): boolean {
  const parts = written.split(/[・＝]/);
  if (parts.length !== 2) return false;
  const known = fullSpellingsOf(entity)
    .map((s) => s.split(/[・＝]/))
    .filter((p) => p.length === 2);
  return known.some((k) => k[0] === parts[0]) && known.some((k) => k[1] === parts[1]);
}

/**
 * A person's name written with one word as the entity's own spelling writes it and the others as the knowledge base writes
 * that English word in another person's name (ウェンデル・ファン for Wendell Huang, known as ウェンデル・ホアン: Huang is ファン in
 * ジェンスン・ファン): another transliteration of the same name, not a garble. Not a word merely of like consonants: ジェイソン
 * for Jensen and ソロモン for Suleyman are other names.
 */
export function renderedWordByWord(written: string, entity: Entity, kb: KnowledgeBase): boolean {
  if (entity.type !== 'person') return false;
  const english = entity.en.split(/\s+/);
  const parts = written.split(/[・＝]/);
  if (english.length < 2 || parts.length !== english.length) return false;
  const known = fullSpellingsOf(entity)
    .map((s) => s.split(/[・＝]/))
    .filter((p) => p.length === parts.length);
  const own = (k: number): boolean => known.some((p) => p[k] === parts[k]);
  if (!parts.some((_, k) => own(k))) return false;
  const renderings = wordRenderings(kb);
  return parts.every((part, k) => {
    const word = english[k] ?? '';
    return own(k) || renderings.get(word)?.has(part) === true;
  });
}

const WORD_RENDERINGS = new WeakMap<KnowledgeBase, Map<string, Set<string>>>();

/** Each English word of the knowledge base's people's names, with the katakana their spellings write it in (Huang: フアン, ファン, ホアン). */
function wordRenderings(kb: KnowledgeBase): Map<string, Set<string>> {
  const cached = WORD_RENDERINGS.get(kb);
  if (cached) return cached;
  const renderings = new Map<string, Set<string>>();
  for (const person of kb.entities.values()) {
    if (person.type !== 'person') continue;
    const english = person.en.split(/\s+/);
    for (const spelling of fullSpellingsOf(person)) {
      const parts = spelling.split(/[・＝]/);
      if (parts.length !== english.length || !/^[ァ-ヴー・＝]+$/.test(spelling)) continue;
      english.forEach((word, k) => {
        const set = renderings.get(word) ?? new Set<string>();
        set.add(parts[k] ?? '');
        renderings.set(word, set);
      });
    }
  }
  WORD_RENDERINGS.set(kb, renderings);
  return renderings;
}

/** Whether two katakana spellings differ only in long vowels and doubled consonants (ヴィルックネン, ヴィルクネン). */
export function lengthsDifferOnly(written: string, known: string): boolean {
  const bare = (spelling: string): string => undotted(spelling).replace(/[ーッ]/g, '');
  return written !== known && /^[ァ-ヴー・＝]+$/.test(written) && bare(written) === bare(known);
}
