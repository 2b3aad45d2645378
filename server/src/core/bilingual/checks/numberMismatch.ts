/**
 * number-mismatch. Contract: in a pair the aligner is sure of, a quantity of the same kind (and currency
 * or unit) as one of the source's has another value (5.5 million ↔ 55万). Fix: the source's value
 * written the Japanese way (5.5 million → 550万, 1.2 billion → 12億, 11,000 → 1万1000, with the separators of a
 * translation that writes 1,000); a magnitude as a magnitude (hundreds of
 * thousands ↔ 数万: 数十万); a quarter or half of the year (third quarter ↔ 第2四半期: quarterSlips). Not flagged: a value the translation
 * leaves out or converts (dollars given in yen), quantities of a kind each side has a different number of.
 */
import { t } from '../../l10n';
import type { AlignedPair, Alignment } from '../alignment';
import { formatJapaneseFigure, JA_SCALE } from '../japaneseNumerals';
import { targetSlice } from '../pairFacts';
import { formatVagueJapanese } from '../vagueQuantities';
import type { Quantity } from '../quantities';
import type { SourceCheck } from './check';
import { quantityCheck } from './quantityCheck';
import { fractionSlips } from './fractionSlips';
import { quarterSlips } from './quarterSlips';
import { digitSlip } from './quantityMatch';

/** Below CONFIDENCE_OF.error whatever the pair's confidence adds: an approximate figure's mismatch is a warning at most. */
const APPROXIMATE_CONFIDENCE = 0.8;

/** A dozen in the source ("a dozen", not "two dozen") and 10 to 12 in the translation. */
function looseDozen(sourceNumber: string, sourceValue: number, targetValue: number): boolean {
  return sourceValue === 12 && /dozen/i.test(sourceNumber) && targetValue >= 10 && targetValue <= 12;
}

/** Within a tenth of each other: two approximate figures a rounding may part (about 14% ↔ 約15%, not 11,000 ↔ 約1,100). */
function nearEnoughToRound(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.1 * Math.max(Math.abs(a), Math.abs(b));
}

/** Words that say a figure is approximate, not a bound: about, 約, 程度 (up to, 最大, 超 are bounds). */
const APPROXIMATELY_BEFORE_EN = /\b(?:about|around|roughly|nearly|almost|approximately|some)\s+(?:US\$|[$€£¥])?$/i;
const APPROXIMATELY_BEFORE_JA = /(?:約|およそ|おおよそ|ほぼ|概ね)\s*[$＄€£¥]?$/;
const APPROXIMATELY_AFTER_JA = /^(?:程度|前後|近く|ほど)/;

const numbersOfQuantities = quantityCheck({
  code: 'number-mismatch',
  description: 'A number that differs from the one in the aligned source sentence (5.5 million → 55万).',
  conflicts: (match) => match.number,
  fix: ({ source, target, alone }, _context, pair, alignment) => {
    // A magnitude of the same size in another unit is the unit check's to report.
    if (source.kind === 'vague' && source.value === target.value) return undefined;
    // 4時間半 writes its half after the unit: the number before it is the source's whole part, if the source has a half too.
    // 2ダース counts dozens: the number before ダース is the source's value in dozens, or no fix when it is no whole dozen.
    const value = target.half ? source.value - 0.5 : target.dozens ? source.value / 12 : source.value;
    if ((target.half || target.dozens) && !(Number.isInteger(value) && value >= 0)) return undefined;
    const replacement =
      source.kind === 'vague'
        ? formatVagueJapanese(source.value)
        : (versionAsWritten(alignment.sourceText.slice(source.numberRange.start, source.numberRange.end), targetAround(pair, target.numberRange.start, -12)) ??
          decimalAsWritten(value, targetSlice(pair, target.numberRange)) ??
          formatJapaneseFigure(value, source.kind !== 'year' && writesThousandsSeparators(alignment)));
    if (replacement === undefined) return undefined;
    // A figure either side gives as approximate near the other (about 14% ↔ 約15%) may be a rounding the reader cannot tell
    // from a slip: a warning at most. A bound (up to, 最大, 超) is no approximation: another figure there is as wrong as anywhere.
    const sourceApproximate =
      source.approximate === true && APPROXIMATELY_BEFORE_EN.test(alignment.sourceText.slice(Math.max(0, source.range.start - 16), source.range.start));
    const targetApproximate =
      target.approximate === true &&
      (APPROXIMATELY_BEFORE_JA.test(targetAround(pair, target.range.start, -6)) || APPROXIMATELY_AFTER_JA.test(targetAround(pair, target.range.end, 3)));
    // "a dozen" is a round word: 10人ほど, 約10社 translate it as loosely as 12 does.
    if (looseDozen(alignment.sourceText.slice(source.numberRange.start, source.numberRange.end), source.value, target.value)) {
      const approximatelyAfter = /^[^\d０-９]?(?:ほど|程度|前後|近く|余り)/.test(targetAround(pair, target.numberRange.end, 4));
      if (targetApproximate || approximatelyAfter || APPROXIMATELY_BEFORE_JA.test(targetAround(pair, target.range.start, -6))) return undefined;
    }
    if ((sourceApproximate || targetApproximate) && nearEnoughToRound(source.value, target.value)) {
      const note = sourceApproximate ? t('The source gives it as approximate.') : t('The translation gives it as approximate.');
      return { range: target.numberRange, replacement, confidence: Math.min(alone ? 0.95 : 0.8, APPROXIMATE_CONFIDENCE), note };
    }
    return { range: target.numberRange, replacement, confidence: alone ? 0.95 : 0.8 };
  },
  problem: () => t('This number differs from the aligned source sentence.'),
  anchored: ({ source, target }) => slipOf(source, target),
});

/**
 * Figures, the quarter or half of a year that no quantity reader sees (第2四半期 for "third quarter": see quarterSlips), and
 * fractions and multiples in words (3分の1 for "two-thirds of": see fractionSlips).
 */
export const numberMismatch: SourceCheck = {
  code: numbersOfQuantities.code,
  description: numbersOfQuantities.description,
  check: (alignment, context) => [
    ...numbersOfQuantities.check(alignment, context),
    ...quarterSlips(alignment, numbersOfQuantities.code),
    ...fractionSlips(alignment, numbersOfQuantities.code),
  ],
};

/** Up to |length| characters of the translation before (negative) or after an offset, within its piece of text. */
function targetAround(pair: AlignedPair, at: number, length: number): string {
  for (let n = Math.abs(length); n > 0; n--) {
    const text = targetSlice(pair, length < 0 ? { start: at - n, end: at } : { start: at, end: at + n });
    if (text !== '') return text;
  }
  return '';
}

/**
 * Two figures a slip turns one into the other, which chance rarely pairs: the same digits at another scale (30 million ↔
 * 3億, 15 trillion ↔ 1.5兆), two neighbouring digits swapped (33.9% ↔ 39.3%), or a year with one digit changed (2023 ↔ 2024).
 */
export function slipOf(source: Quantity, target: Quantity): boolean {
  if (source.kind === 'vague' || target.kind === 'vague' || source.value === target.value) return false;
  if (source.kind === 'year' && target.kind === 'year') {
    const [a, b] = [String(source.value), String(target.value)];
    return a.length === b.length && [...a].filter((digit, k) => digit !== b[k]).length === 1;
  }
  return digitSlip(source.value, target.value);
}

/**
 * A figure the translation writes as a decimal before its scale (62.6兆, 1.5億) is fixed in the same notation (66.2兆, not
 * 66兆2000億), when the source's value is a short decimal of that scale too.
 */
/**
 * A version after a Latin name (Gemini 1.5, Llama 3.1) is written as the source writes it: Gemini 2.0, not Gemini 2.
 * Undefined for any other figure.
 */
export function versionAsWritten(sourceNumber: string, targetBefore: string): string | undefined {
  return /^\d+\.\d+$/.test(sourceNumber) && /[A-Za-z] ?$/.test(targetBefore) ? sourceNumber : undefined;
}

export function decimalAsWritten(value: number, written: string): string | undefined {
  const notation = /^[0-9０-９]+([.．])[0-9０-９]+([万億兆])$/.exec(written);
  const scale = notation?.[2] ? JA_SCALE[notation[2]] : undefined;
  if (!notation || scale === undefined) return undefined;
  const inScale = Number((value / scale).toFixed(3));
  if (inScale < 1 || Math.abs(inScale * scale - value) > 1e-6 * value) return undefined;
  const fullWidth = notation[1] === '．';
  const digits = String(inScale).replace(/[0-9.]/g, (c) => (fullWidth ? String.fromCharCode(c === '.' ? 0xff0e : c.charCodeAt(0) + 0xfee0) : c));
  return `${digits}${notation[2]}`;
}

const separators = new WeakMap<Alignment, boolean>();

/** Whether the translation writes its figures with thousands separators (1,000, 1万1,000). */
function writesThousandsSeparators(alignment: Alignment): boolean {
  let writes = separators.get(alignment);
  if (writes === undefined) {
    writes = alignment.pairs.some((pair) => pair.target.some((segment) => /[0-9０-９][,，][0-9０-９]{3}(?![0-9０-９])/.test(segment.text)));
    separators.set(alignment, writes);
  }
  return writes;
}
