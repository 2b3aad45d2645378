/**
 * Names the translation shortens as its source does: the source writes "GMO Internet" (without the "Group" of the
 * knowledge base's GMO Internet Group) and the translation GMOインターネット, the Japanese name without its
 * グループ. The translation's own doubt that the name was cut short is answered by the source, as a figure the
 * source gives too answers a doubt about its size.
 */
import type { Entity } from '../knowledge/model';
import type { Finding, OffsetRange } from '../types';
import type { AlignedPair, Alignment } from './alignment';
import { checkedPairs, type SourceCheckContext } from './checks/check';
import { latinWords, targetSlice } from './pairFacts';
import { fullSpellingsOf, sourceEntities, spellingsOf, unknownNames } from './pairNames';
import { asEnglishSpellings, rendersWord, unknownPeople } from './checks/names/personNames';
import { renderingLikeness, renderWordInKatakana } from './katakanaRendering';
import { sameUpToLongVowels } from './checks/names/targetView';
import { escapeRegExp, katakanaToRomaji } from '../text';
import { preferredFix } from '../fixes';
import { englishSoundKey, katakanaSoundKey, transliterationSimilarity } from './transliteration';

/** The translation's own doubts about a name cut short. */
const SHORTENED_DOUBTS = new Set(['truncated-name']);

/** How well the words left out must read as the source's words left out (グループ ↔ Group). */
const SAME_WORDS_LEFT_OUT = 0.75;

/** Whether the translation's short name leaves out of a Japanese spelling what the source's leaves out of the English name. */
export function shortenedAsWritten(entity: Entity, sourceWritten: string, targetWritten: string): boolean {
  if (!entity.en.startsWith(`${sourceWritten} `) || targetWritten === '') return false;
  const leftOut = entity.en.slice(sourceWritten.length + 1);
  return fullSpellingsOf(entity).some(
    (s) =>
      s.length > targetWritten.length &&
      s.startsWith(targetWritten) &&
      transliterationSimilarity(leftOut, s.slice(targetWritten.length).replace(/^[・＝\s]/, '')) >= SAME_WORDS_LEFT_OUT,
  );
}

/** The translation's own doubts about names cut short that the aligned source cuts the same way. */
export function shortenedAsTheSourceDoes(alignment: Alignment, context: SourceCheckContext): OffsetRange[] {
  const answered: OffsetRange[] = [];
  for (const pair of checkedPairs(alignment)) {
    const targets = pair.target.map((s) => s.range);
    const inPair = (f: Finding): boolean => targets.some((r) => r.start <= f.range.start && f.range.end <= r.end);
    for (const { entity, range } of sourceEntities(pair, context.kb)) {
      const written = alignment.sourceText.slice(range.start, range.end);
      for (const doubt of context.findings) {
        if (!SHORTENED_DOUBTS.has(doubt.code) || doubt.entityId !== entity.id || !inPair(doubt)) continue;
        if (shortenedAsWritten(entity, written, targetSlice(pair, doubt.range))) answered.push(doubt.range);
      }
    }
  }
  return answered;
}

/**
 * The translation's own doubts about a name, or the letters of one, that the aligned source can answer: the word is
 * a rendering of a name the source sentence writes (イヴァン・チャン for "Ivan Zhang", NC AI for "NC AI"). Without the
 * source these checks can only compare the word with the knowledge base's spellings; with it, the source says which
 * name the word writes.
 */
const NAME_DOUBTS = new Set([
  'garbled-kanji-name',
  'garbled-katakana-name',
  'garbled-related-name',
  'garbled-latin-name',
  'truncated-name',
  'name-two-spellings',
  'spelled-out-name',
  'literal-translation',
  'model-name-digit-confusion',
  'letter-for-kana',
  'misheard-acronym',
  'split-brand-name',
]);

/** A doubt of the translation's own checks on a word that renders a name the aligned source writes. */
export interface WrittenAsTheSource {
  /** The own finding's range. */
  readonly range: OffsetRange;
  /** The source's name, as it writes it, and where. */
  readonly sourceName: string;
  readonly sourceRange: OffsetRange;
  /** Whether the source's name is the very entity the finding proposes (then only its spelling is in question). */
  readonly sameEntity: boolean;
}

/** Latin letters and digits as a name writes them (NC AI, Figure 03, the C of Cラウンド). */
const LATIN_RUN = /[A-Za-z0-9]+(?:[ .-][A-Za-z0-9]+)*/g;

/**
 * Whether a word of the translation renders a name as the source writes it: each of its Latin runs written by the source
 * as a word of its own, or, all katakana, each part (split at ・ or ＝) rendering one word of the name, as the name
 * check accepts a rendering (rendersWord: Ivan ↔ イヴァン, Zhang ↔ チャン). A title after the name (氏) is the translator's.
 */
export function rendersSourceName(sourceName: string, written: string, titles: readonly string[] = []): boolean {
  const title = titles.find((t) => written.endsWith(t) && written.length > t.length);
  const word = title ? written.slice(0, -title.length) : written;
  const runs = word.match(LATIN_RUN) ?? [];
  if (runs.length > 0) {
    // The rest katakana at most (Cラウンド): a Latin run beside other script is the source's letters only where the source writes them apart.
    if (!/^[A-Za-z0-9 .\-ァ-ヴー・＝]+$/.test(word)) return false;
    return runs.every((run) => new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(run)}(?![A-Za-z0-9])`).test(sourceName));
  }
  if (!/^[ァ-ヴー・＝]+$/.test(word)) return false;
  const parts = word.split(/[・＝]/);
  const words = sourceName.split(/ |-(?=[A-Z])/);
  return parts.length === words.length && parts.every((part, k) => part !== '' && rendersClosely(words[k] ?? '', part));
}

/**
 * Whether a katakana word renders the source's words part for part (rendersWord: タフヌーン・ビン・ザイド for "Sheikh
 * Tahnoon bin Zayed"): each part one of the sentence's words, every word of the name among them. A spelling in Latin
 * letters is no better fix for such a word than the word itself, whatever the knowledge base writes.
 */
export function rendersSourceWords(sourceName: string, written: string, sourceWords: readonly string[], titles: readonly string[] = []): boolean {
  const title = titles.find((t) => written.endsWith(t) && written.length > t.length);
  const word = title ? written.slice(0, -title.length) : written;
  if (!/^[ァ-ヴー・＝]+$/.test(word)) return false;
  const parts = word.split(/[・＝]/);
  const nameWords = sourceName.split(/ |-(?=[A-Z])/).filter((w) => w !== '');
  if (parts.some((part) => part === '') || parts.length < nameWords.length) return false;
  const renderedBy = (english: string): boolean => parts.some((part) => rendersWord(english, part));
  return nameWords.every(renderedBy) && parts.every((part) => [...nameWords, ...sourceWords].some((english) => rendersWord(english, part)));
}

/**
 * How near the rules' own rendering of a word a part must be spelt besides: consonants alone take ソロモン for Suleyman
 * (スレイマン) and ジェイソン for Jensen, other names; イヴァン for Ivan (アイバン) is near enough.
 */
const CLOSE_RENDERING = 0.75;

/**
 * A katakana part renders an English word as the name check accepts (rendersWord), spelt near its rule rendering, with
 * the consonants voiced as the word's are (the finer comparison forgives a last グ for k, as in ディープシーグ), and
 * spelt either as the rules spell the word or letter for letter as the source writes it (イヴァン for Ivan, チャン for
 * Zhang read Chan). A word one sound off the rules' rendering (マクロン for Micron, ブラックウォール for Blackwell) is
 * none of these: a garble stays a garble.
 */
export function rendersClosely(english: string, katakana: string): boolean {
  if (!rendersWord(english, katakana)) return false;
  return asEnglishSpellings(english).some(
    (e) =>
      renderingLikeness(e, katakana) >= CLOSE_RENDERING &&
      englishSoundKey(e) === katakanaSoundKey(katakana) &&
      (renderWordInKatakana(e) === katakana ||
        sameUpToLongVowels(renderWordInKatakana(e), katakana) ||
        katakanaToRomaji(katakana).replace(/[-ー]/g, '') === e.toLowerCase()),
  );
}

/**
 * The translation's own name doubts, in the pairs the aligner is sure of, whose word renders a name of the aligned source
 * sentence. Not one the source supports: where the finding proposes an entity the source names besides (the word may
 * stand in its place), or a Latin fix the source writes, the doubt stays.
 */
export function writtenAsTheSource(alignment: Alignment, context: SourceCheckContext): WrittenAsTheSource[] {
  const answered: WrittenAsTheSource[] = [];
  for (const pair of checkedPairs(alignment)) {
    const targets = pair.target.map((s) => s.range);
    const inPair = (f: Finding): boolean => targets.some((r) => r.start <= f.range.start && f.range.end <= r.end);
    const doubts = context.findings.filter((f) => NAME_DOUBTS.has(f.code) && inPair(f));
    if (doubts.length === 0) continue;
    const sourceText = pair.source.map((s) => s.text).join(' ');
    const entities = sourceEntities(pair, context.kb);
    const names = [
      ...entities.map(({ entity, range }) => ({ entityId: entity.id as string | undefined, range })),
      ...[...unknownPeople(pair, context.kb, context.lexicon), ...unknownNames(pair, context.kb, context.lexicon, alignment.sourceText)].map((w) => ({
        entityId: undefined as string | undefined,
        range: w.range,
      })),
    ];
    const sourced = names.map((n) => ({ ...n, text: alignment.sourceText.slice(n.range.start, n.range.end) }));
    for (const doubt of doubts) {
      const written = targetSlice(pair, doubt.range);
      const person = doubt.entityId !== undefined ? context.kb.get(doubt.entityId) : undefined;
      const family = person ? familyNameAsTheSourceWrites(person, written, pair, context.rules.nameTitles) : undefined;
      if (family) {
        answered.push({ range: doubt.range, sourceName: family.text, sourceRange: family.range, sameEntity: true });
        continue;
      }
      // The text the finding proposes: its preferred fix's first edit.
      const fix = preferredFix(doubt)?.edits[0]?.newText;
      // The source writes what the finding proposes: it may well support it.
      if (fix !== undefined && fix !== '' && sourceText.includes(fix)) continue;
      // Latin letters the source writes as a word anywhere in the sentence (Series C, Figure 03) answer too.
      const match = [...sourced, ...latinRunsWritten(pair, written)].find((n) => rendersSourceName(n.text, written, context.rules.nameTitles));
      if (!match) {
        const heard = heardAsSourceWords(pair, written, doubt, fix, entities);
        if (heard) answered.push({ range: doubt.range, sourceName: heard.text, sourceRange: heard.range, sameEntity: false });
        continue;
      }
      const sameEntity = match.entityId !== undefined && match.entityId === doubt.entityId;
      // Another entity the finding proposes, named by the source too: the word may stand in its place, the doubt stays.
      if (!sameEntity && doubt.entityId !== undefined && entities.some((e) => e.entity.id === doubt.entityId)) continue;
      answered.push({ range: doubt.range, sourceName: match.text, sourceRange: match.range, sameEntity });
    }
  }
  return answered;
}

/**
 * A katakana doubt proposing an entity the source sentence does not name, on a word each part of which has the consonants
 * of a word of the source (ナヒヤーン for "Nahyan", the doubt proposing ナハヤン of another person): the translator heard the
 * source, and the doubt goes. A doubt proposing an entity the source names (マクロン for Micron) stays: it may be a garble.
 */
function heardAsSourceWords(
  pair: AlignedPair,
  written: string,
  doubt: Finding,
  fix: string | undefined,
  entities: readonly { readonly entity: Entity }[],
): { text: string; range: OffsetRange } | undefined {
  if (!/^[ァ-ヴー・＝]+$/.test(written)) return undefined;
  if (entities.some((e) => e.entity.id === doubt.entityId || (fix !== undefined && spellingsOf(e.entity).includes(fix)))) return undefined;
  const words = pair.source.flatMap(latinWords).filter((w) => /^[A-Z][a-z]{2,}$/.test(w.text));
  const heard = written.split(/[・＝]/).map((part) => words.find((w) => part.length >= 2 && rendersWord(w.text, part)));
  if (heard.length === 0 || heard.some((w) => w === undefined)) return undefined;
  const first = heard[0];
  const last = heard[heard.length - 1];
  return first && last
    ? { text: heard.map((w) => w?.text).join(' '), range: { start: first.range.start, end: Math.max(first.range.end, last.range.end) } }
    : undefined;
}

/** The Latin runs of a word (NC AI, the C of Cラウンド) as the pair's source writes them, each a word of its own: where, and as written. */
function latinRunsWritten(pair: AlignedPair, written: string): { entityId: undefined; range: OffsetRange; text: string }[] {
  const runs = written.match(LATIN_RUN) ?? [];
  if (runs.length === 0) return [];
  const found: { entityId: undefined; range: OffsetRange; text: string }[] = [];
  for (const run of runs) {
    const pattern = new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(run)}(?![A-Za-z0-9])`);
    const at = pair.source.flatMap((s) => s.pieces).find((piece) => pattern.test(piece.text));
    if (!at) return [];
    const index = at.text.search(pattern);
    found.push({ entityId: undefined, range: { start: at.start + index, end: at.start + index + run.length }, text: run });
  }
  // One name for the whole word: its runs, as the source writes each.
  const first = found[0];
  const last = found[found.length - 1];
  return first && last ? [{ entityId: undefined, range: { start: first.range.start, end: last.range.end }, text: runs.join(' ') }] : [];
}

/**
 * A person written in kanji by the family name alone with a title (伊藤氏 for Ren Ito, 伊藤錬), where the source names
 * them by the family name alone too ("Ito said"): the translation writes what the source writes, and a doubt that the
 * title is a garbled given name is answered. Kanji names are written family name first; the English, last.
 */
export function familyNameAsTheSourceWrites(
  person: Entity,
  written: string,
  pair: AlignedPair,
  titles: readonly string[],
): { text: string; range: OffsetRange } | undefined {
  if (person.type !== 'person' || !/^[\u4e00-\u9fff々]+$/.test(person.ja)) return undefined;
  const english = person.en.split(/\s+/);
  const familyName = english[english.length - 1] ?? '';
  const given = english.slice(0, -1).join(' ');
  const title = titles.find((t) => written.endsWith(t) && written.length > t.length);
  const kanji = title ? written.slice(0, -title.length) : '';
  if (english.length < 2 || kanji === '' || kanji.length >= person.ja.length || !person.ja.startsWith(kanji)) return undefined;
  const alone = new RegExp(`(?<![A-Za-z])${escapeRegExp(familyName)}(?![A-Za-z])`);
  const pieces = pair.source.flatMap((s) => s.pieces);
  // Named in full in the source: the given name is the translation's to write.
  if (pieces.some((piece) => piece.text.includes(given))) return undefined;
  for (const piece of pieces) {
    const at = piece.text.search(alone);
    if (at >= 0) return { text: familyName, range: { start: piece.start + at, end: piece.start + at + familyName.length } };
  }
  return undefined;
}
