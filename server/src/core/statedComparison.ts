/**
 * Comparisons a sentence proves wrong with its own figures: 「出荷は130万台で、前年の150万台を上回った」 (130万 is below
 * 150万), 「予想の3ドルを下回る5ドル」. Speech recognition and translation swap 上回る/下回る as they swap rising and
 * falling, and the two figures beside the verb say which it was. Part of reversed-change.
 *
 * Contract: 「X(を)上回/下回」 with X a figure and its unit (大きく, 大幅に, わずかに between at most), compared with the
 * figure of the same unit that the verb describes: the one straight after the verb (「…を上回る5ドル」), else the nearest one
 * before X in the sentence (the ends of a range, 2.5〜3ドル, read as one figure of which both ends must be on the wrong
 * side; never a figure a change starts from, 「45億ドル超から」). Returned when the figures say the other way and are at most
 * ten times apart (further apart, a magnitude or a currency slipped rather than the verb), for the verb as written (上回っ, 下回る…) with its opposite.
 * Not judged: a negated verb (上回らない, 下回らず), units of time, ranks and exchange rates, signs (a figure with マイナス
 * or ▲), percentages of another base than the figure's (「予想を5%上回る」 holds no compared figure: not matched).
 */
import { JA_DIGITS, readJapaneseNumber } from './bilingual/japaneseNumerals';

export interface WrongComparison {
  /** Where the verb's stem (上回, 下回) stands in the text. */
  readonly start: number;
  readonly verb: string;
  readonly opposite: string;
  /** The figure the verb describes and the one it is compared with, as written. */
  readonly subject: string;
  readonly compared: string;
}

const FIGURE = `[${JA_DIGITS}][${JA_DIGITS},，]*(?:[.．][${JA_DIGITS}]+)?(?:[兆億万][${JA_DIGITS},，]*)*`;
/** A unit after a figure: a percent sign, a run of Latin letters or katakana (ドル, ギガワット, GW), or a counter kanji (台, 人). */
const UNIT = `(?:[%％]|[A-Za-zＡ-Ｚａ-ｚ]+(?:/[A-Za-z]+)?|[ァ-ヶー]+|[\\u4e00-\\u9fff][ァ-ヶー]*)`;
const COMPARED = new RegExp(`(${FIGURE})(${UNIT})(?:前後|程度|ほど)?を(?:大きく|大幅に|わずかに|やや|さらに|はるかに)?(上回|下回)([らりるっれろ])`, 'g');
const ANY_FIGURE = new RegExp(`(${FIGURE})(${UNIT})?`, 'g');
/** How far apart two figures may be for the verb to be what slipped. */
const MAX_APART = 10;
const OPPOSITE: Readonly<Record<string, string>> = { 上回: '下回', 下回: '上回' };
/** Units whose number says nothing of more or less in the sense of the verb, or is no amount compared. */
const NOT_COMPARED = /^(?:年|月|日|時|分|秒|歳|期|週|世代|四半期|位|番目|等|着|倍|円台|か月|カ月|ヶ月)/;
const EXCHANGE_RATE = /円相場|為替|ドル円|レート|[0-9０-９]ドル[=＝]/;
const SIGN_BEFORE = /(?:マイナス|[−▲△-])$/;
const RANGE_BETWEEN = /^[〜～~]$|^から$/;

export interface ReadFigure {
  readonly value: number;
  readonly unit: string;
  readonly start: number;
  readonly end: number;
  readonly written: string;
}

function read(match: RegExpMatchArray, offset = 0): ReadFigure | undefined {
  const digits = match[1] ?? '';
  const value = readJapaneseNumber(digits, 0)?.value;
  if (value === undefined) return undefined;
  const start = offset + (match.index ?? 0);
  return { value, unit: match[2] ?? '', start, end: start + match[0].length, written: match[0] };
}

/** The figures of a sentence, each with its unit, in order. */
export function figuresOf(sentence: string): ReadFigure[] {
  const found: ReadFigure[] = [];
  for (const match of sentence.matchAll(ANY_FIGURE)) {
    const figure = read(match);
    if (figure) found.push(figure);
  }
  return found;
}

/** The figures a comparison of `sentence` contradicts (see the contract); offsets in the sentence. */
export function wrongComparisons(sentence: string): WrongComparison[] {
  const found: WrongComparison[] = [];
  // Every sentence of a chunk comes here: read its figures only when it has a comparison to judge.
  if (!/[上下]回/.test(sentence)) return found;
  // A quoted rate (1ドル=150円) rises as its number falls: which way is meant depends on the quote.
  if (EXCHANGE_RATE.test(sentence)) return found;
  const figures = figuresOf(sentence);
  for (const match of sentence.matchAll(COMPARED)) {
    const stem = match[3] ?? '';
    const ending = match[4] ?? '';
    const start = match.index ?? 0;
    const value = readJapaneseNumber(match[1] ?? '', 0)?.value;
    const written = (match[1] ?? '') + (match[2] ?? '');
    const compared: ReadFigure | undefined = value === undefined ? undefined : { value, unit: match[2] ?? '', start, end: start + written.length, written };
    if (!compared || ending === 'ら' || NOT_COMPARED.test(compared.unit) || compared.unit === '') continue;
    const verbEnd = start + match[0].length;
    const verbStart = verbEnd - stem.length - ending.length;
    if (SIGN_BEFORE.test(sentence.slice(0, compared.start)) || /^(?:ない|ず|なかっ)/.test(sentence.slice(verbEnd))) continue;
    const sameUnit = (f: ReadFigure): boolean => f.unit === compared.unit;
    // 「…を上回る5ドル」: the figure straight after the verb's ending is the one described.
    const after = sentence.slice(verbEnd, verbEnd + 3);
    const next = figures.find((f) => f.start >= verbEnd && f.start < verbEnd + after.length && sameUnit(f));
    const before = figures.filter((f) => f.end <= compared.start);
    // The compared figure's own range (2.5〜3ドル, the first end's unit left unsaid): both ends are the compared amount.
    const last = before[before.length - 1];
    const lowEnd = last && (last.unit === '' || sameUnit(last)) && RANGE_BETWEEN.test(sentence.slice(last.end, compared.start)) ? last : undefined;
    const described = before.filter((f) => f !== lowEnd && sameUnit(f));
    const subjectFigure = next ?? described[described.length - 1];
    if (!subjectFigure || SIGN_BEFORE.test(sentence.slice(0, subjectFigure.start))) continue;
    // A figure a change starts from (「45億ドル超から引き上げ」) is not the one described.
    if (/^(?:超|以上|以下|前後|程度)?から/.test(sentence.slice(subjectFigure.end))) continue;
    const low = Math.min(compared.value, lowEnd?.value ?? compared.value);
    const high = Math.max(compared.value, lowEnd?.value ?? compared.value);
    const subject = subjectFigure.value;
    const above = subject > high;
    const below = subject < low;
    // Figures more than ten times apart point to a slipped magnitude or currency (other checks), not a swapped verb.
    const apart = Math.max(subject, high) / Math.max(Math.min(subject, low), Number.MIN_VALUE);
    if (((stem === '上回' && below) || (stem === '下回' && above)) && apart <= MAX_APART) {
      found.push({
        start: verbStart,
        verb: stem,
        opposite: OPPOSITE[stem] ?? stem,
        subject: subjectFigure.written,
        compared: (lowEnd ? `${lowEnd.written}〜` : '') + compared.written,
      });
    }
  }
  return found;
}
