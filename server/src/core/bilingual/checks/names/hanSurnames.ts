/**
 * A Chinese, Korean or Japanese surname the translation writes straight before a title (王氏, キム氏, 鈴木社長) where the aligned source
 * sentence romanises another one (Zhang, Park, Tanaka): another person. The surnames and their romanisations are
 * data/rules/han-surnames.yaml. Said only when the pair has exactly one such surname written that no word of the source
 * romanises and exactly one surname of the source that the translation writes in none of its forms. Fix: the source
 * surname's one form in the script of the written one (張 for Zhang), else none (Wong is 王 or 黄): information.
 */
import { t } from '../../../l10n';
import type { HanSurname } from '../../../knowledge/rules';
import type { EnglishLexicon } from '../../../lexicon';
import type { Finding } from '../../../types';
import type { Alignment, AlignedPair } from '../../alignment';
import { renderWordInKatakana } from '../../katakanaRendering';
import type { Word } from '../../pairFacts';
import { pairFinding } from '../check';
import { NAME_MISMATCH } from './findings';

export interface SurnameSlip {
  /** The surname written in the translation (王 of 王氏). */
  readonly written: Word;
  /** The source's name whose surname the translation does not write ("Zhang Yiming"). */
  readonly sourceName: Word;
  /** The romanised surname of the source (Zhang). */
  readonly surname: string;
  /** The romanisations of the surname written (Wang, Wong, Ong for 王). */
  readonly writtenAs: readonly string[];
  /** The source surname in the written one's script, when it has one such form. */
  readonly fix: string | undefined;
}

const KANJI = /^[\u4e00-\u9fff々]+$/;
const NAME_CHARACTER = /[\u4e00-\u9fff々ァ-ヴー・＝]/;

export function surnameSlips(
  pair: AlignedPair,
  sourceWords: readonly Word[],
  sourceText: string,
  surnames: readonly HanSurname[],
  titles: readonly string[],
  taken: ReadonlySet<number>,
  lexicon: EnglishLexicon,
): SurnameSlip[] {
  const romanisedAs = new Map<string, HanSurname[]>();
  for (const surname of surnames) for (const r of surname.romanised) romanisedAs.set(r, [...(romanisedAs.get(r) ?? []), surname]);
  const targetText = pair.target.map((s) => s.text).join('\n');
  const sourceNames = new Set(sourceWords.map((w) => w.text));
  const written = writtenSurnames(pair, surnames, titles).filter((w) => !taken.has(w.word.range.start));
  // A surname written with a given name (王一鳴氏) reads as one only against a source name whose given name has as many syllables
  // as the kanji written after the surname (Zhang Yiming): 高木社長 is no 高 + 木 against "Huang".
  const givenNamesOf = (w: Word): readonly string[] => givenNamesAround(w, sourceText);
  const fitsGivenName = (given: string, source: Word): boolean =>
    given === '' || givenNamesOf(source).some((name) => romanisedSyllables(name) === [...given].length);
  // Written surnames no word of the source romanises: another person's, or a person the source does not name here.
  const unexplained = written.filter((w) => !w.surname.romanised.some((r) => sourceNames.has(r)));
  // The source's surnames the translation writes in none of their forms.
  const missing = sourceWords.filter(
    (w) =>
      romanisedAs.has(w.text) &&
      asName(w, sourceText, lexicon) &&
      !renderedAsWord(w, targetText, lexicon) &&
      !(romanisedAs.get(w.text) ?? []).some((s) => s.written.some((form) => targetText.includes(form))),
  );
  const missingNames = new Set(missing.map((w) => w.text));
  const only = unexplained[0];
  const source = missing[0];
  if (unexplained.length !== 1 || missingNames.size !== 1 || !only || !source || !fitsGivenName(only.given, source)) return [];
  const kanji = KANJI.test(only.word.text);
  const forms = [...new Set((romanisedAs.get(source.text) ?? []).flatMap((s) => s.written).filter((form) => KANJI.test(form) === kanji))];
  return [
    {
      written: only.word,
      sourceName: nameAround(source, sourceText),
      surname: source.text,
      writtenAs: only.surname.romanised,
      fix: forms.length === 1 ? forms[0] : undefined,
    },
  ];
}

export function surnameSlipFinding(alignment: Alignment, pair: AlignedPair, slip: SurnameSlip): Finding {
  return pairFinding(
    {
      code: NAME_MISMATCH,
      range: slip.written.range,
      message: t(
        'The source names "{0}": the surname 「{1}」 is romanised {2}, not {3}',
        slip.sourceName.text,
        slip.written.text,
        slip.writtenAs.join('/'),
        slip.surname,
      ),
      // Sure when the source surname has one form in the script written; a proposal otherwise.
      confidence: (slip.fix ? 0.8 : 0.6) * Math.min(1, pair.confidence + 0.1),
      explanation: {
        problem: t('The translation writes another surname than the source sentence romanises: another person, or a slip.'),
        reasons: [t('The source sentence (line {0}) names "{1}".', alignment.sourceSpan(pair).line + 1, slip.sourceName.text)],
      },
      replacements: slip.fix ? [slip.fix] : [],
    },
    pair,
    alignment,
    slip.sourceName.range,
  );
}

/**
 * A source word used as a name: not the first word of a sentence that is also an English word (Song, Park, Tan), unless a
 * name word follows it (Park Jin-young).
 */
function asName(word: Word, sourceText: string, lexicon: EnglishLexicon): boolean {
  const before = sourceText.slice(0, word.range.start).trimEnd();
  const first = before === '' || /[.!?:"“\n]$/.test(before);
  return !first || !lexicon.has(word.text) || /^ [A-Z]/.test(sourceText.slice(word.range.end, word.range.end + 2));
}

/**
 * A source surname that is an English word the translation writes in katakana as that word (パーク of メンロパーク for the Park of
 * Menlo Park): a word of a place or company name, not a surname.
 */
function renderedAsWord(word: Word, targetText: string, lexicon: EnglishLexicon): boolean {
  return lexicon.has(word.text) && targetText.includes(renderWordInKatakana(word.text));
}

/** A title or all-capitals word (CEO, Dr) ends a name: "Nvidia CEO Jensen Huang" quotes "Jensen Huang". */
const NOT_NAME_WORD = /^(?:[A-Z]{2,}|Dr|Mr|Mrs|Ms|Prof|President|Chairman|Minister|Premier)$/;
/** Most words a quoted name has (Lee Jae-yong, Park Geun-hye). */
const MOST_NAME_WORDS = 3;

/** The capitalised words around a source word (Zhang Yiming, Lee Jae-yong), for the message: at most three. */
function nameAround(word: Word, sourceText: string): Word {
  let start = word.range.start;
  let end = word.range.end;
  let words = 1;
  for (
    let m = /([A-Z][A-Za-z-]+) $/.exec(sourceText.slice(Math.max(0, start - 30), start));
    m?.[1] && words < MOST_NAME_WORDS && !NOT_NAME_WORD.test(m[1]);
    words++
  ) {
    start -= m[1].length + 1;
    m = /([A-Z][A-Za-z-]+) $/.exec(sourceText.slice(Math.max(0, start - 30), start));
  }
  for (let m = /^ ([A-Z][A-Za-z-]+)/.exec(sourceText.slice(end, end + 30)); m?.[1] && words < MOST_NAME_WORDS && !NOT_NAME_WORD.test(m[1]); words++) {
    end += m[1].length + 1;
    m = /^ ([A-Z][A-Za-z-]+)/.exec(sourceText.slice(end, end + 30));
  }
  return { text: sourceText.slice(start, end), range: { start, end } };
}

/**
 * The surnames of the table the translation writes as a name: at the start of a word and before a title, in kanji straight
 * before it or with a given name (王氏, 鈴木社長, 王一鳴氏) or in katakana straight before it (パク氏); not a katakana name with a
 * given name (キム・ヨンス), whose first part is as often the given name.
 */
function writtenSurnames(pair: AlignedPair, surnames: readonly HanSurname[], titles: readonly string[]): WrittenSurname[] {
  const forms = surnames.flatMap((surname) => surname.written.map((form) => ({ form, surname }))).sort((a, b) => b.form.length - a.form.length);
  const found: WrittenSurname[] = [];
  for (const segment of pair.target) {
    for (const piece of segment.pieces) {
      const text = piece.text;
      for (const { form, surname } of forms) {
        for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
          const start = piece.start + at;
          if (found.some((f) => f.word.range.start <= start && start < f.word.range.end)) continue;
          if (NAME_CHARACTER.test(text[at - 1] ?? '')) continue;
          const after = text.slice(at + form.length);
          const given = KANJI.test(form) ? kanjiGivenName(after, titles) : katakanaNamed(after, titles) ? '' : undefined;
          if (given !== undefined) found.push({ word: { text: form, range: { start, end: start + form.length } }, surname, given });
        }
      }
    }
  }
  return found;
}

interface WrittenSurname {
  readonly word: Word;
  readonly surname: HanSurname;
  /** The kanji written between the surname and the title (一鳴 of 王一鳴氏); empty when the title follows the surname. */
  readonly given: string;
}

/** Most kanji of a Chinese or Korean given name (一鳴, 在鎔). */
const MOST_GIVEN_KANJI = 2;

/**
 * The kanji between a kanji surname and its title: none (王氏, 鈴木社長), or one or two (王一鳴氏), which may as well be the
 * rest of a longer surname (高市首相, 高木社長): the caller counts those only against the source's given name. Undefined when
 * no title follows.
 */
function kanjiGivenName(after: string, titles: readonly string[]): string | undefined {
  for (let length = 0; length <= MOST_GIVEN_KANJI; length++) {
    const given = after.slice(0, length);
    if (!KANJI.test(given) && length > 0) return undefined;
    const rest = after.slice(length);
    if (titles.some((title) => rest.startsWith(title))) return given;
  }
  return undefined;
}

/** The capitalised words straight before and after a source surname (Yiming of "Zhang Yiming", of "Yiming Zhang"). */
function givenNamesAround(word: Word, sourceText: string): string[] {
  const before = /([A-Z][a-z]+(?:-[a-z]+)?) $/.exec(sourceText.slice(Math.max(0, word.range.start - 30), word.range.start))?.[1];
  const after = /^ ([A-Z][a-z]+(?:-[a-z]+)?)/.exec(sourceText.slice(word.range.end, word.range.end + 30))?.[1];
  return [before, after].filter((w): w is string => w !== undefined && !NOT_NAME_WORD.test(w));
}

/**
 * Syllables of a romanised Chinese or Korean given name: its hyphened parts (Jae-yong), else its vowel groups (Yiming: yi,
 * ming; Xiaoping: xiao, ping), y and w counting as consonants.
 */
export function romanisedSyllables(name: string): number {
  const parts = name.split('-');
  if (parts.length > 1) return parts.length;
  return (name.toLowerCase().match(/[aeiou]+/g) ?? []).length;
}

/**
 * A katakana surname before a title (パク氏). The first part of a dotted name (ヤン・ルカン) is as often a given name as a
 * surname, so it does not count.
 */
function katakanaNamed(after: string, titles: readonly string[]): boolean {
  return !/^[ァ-ヴー・＝]/.test(after) && titles.some((title) => after.startsWith(title));
}
