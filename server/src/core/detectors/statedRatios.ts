/**
 * Two figures of one sentence that the sentence itself relates, and that contradict what it says of them:
 * part of implausible-quantity (a slip of 万/億/兆 or of a unit's prefix seen without knowing the field).
 *
 * Contract: reads one sentence's quantities (money of one currency, measures of one dimension, counts
 * with one counter) and the words between and after them; returns judgements on the figure that slipped:
 * - 「AからBに…N倍」 (from A to B, N times): B is not about N times A, and a power of ten (10 to 10^8,
 *   or a unit prefix of 10^3/10^6) on B makes it so within a third → B, information (the writer may have
 *   rounded, and which of the two slipped is not certain);
 * - 「AからBに増え/拡大/引き上げ…」 (an increase) with B under a tenth of A, or a decrease with B over ten
 *   times A, where one slip on B puts it on the right side within a factor of twenty → B, information;
 * - 「AのうちB」 (B of A) with B more than A, where one slip on B puts it under A and above a
 *   thousandth of it → B, information.
 * A ratio of one (B equal to A) is no contradiction; percentages, years and vague numbers are not compared.
 */
import { t } from '../l10n';
import type { Quantity } from '../bilingual/quantities';
import { formatJapaneseNumber } from '../bilingual/quantities';
import { unitPrefixFix } from './unitPrefixSlip';

export interface RatioJudgement {
  readonly quantity: Quantity;
  /** The corrected value in the written unit, when the number is what slipped. */
  readonly value: number | undefined;
  readonly confidence: number;
  readonly reasons: readonly string[];
  readonly unitFix?: { readonly range: { readonly start: number; readonly end: number }; readonly replacement: string };
}

/** Powers of ten a number slips by, likeliest first: billion as 億 (10), 万 for 億 (10^4), thousand for million (10^3), 10^2, 10^8. */
const NUMBER_SLIPS = [10, 1e4, 1e3, 100, 1e8];
const FROM_TO = /^\s*から[、,]?\s*(?:約|およそ|最大|最大で)?\s*$/;
const INTO = /^\s*(?:に|へ|まで)/;
const TIMES = /([0-9０-９]+(?:[.．][0-9０-９]+)?|[一二三四五六七八九十百]+)\s*倍/;
const INCREASE = /^[^。、]{0,4}?(?:増え|増加|増や|拡大|伸び|伸ば|上昇|引き上げ|跳ね上が|膨らみ|膨らん|急増|倍増|拡張|成長)/;
const DECREASE = /^[^。、]{0,4}?(?:減っ|減り|減少|減ら|縮小|下落|引き下げ|低下|落ち込|半減)/;
const OF_WHICH = /^\s*(?:の)?うち[、,]?\s*(?:約|およそ)?\s*$/;
const KANJI_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** What a quantity is comparable with: money of a currency, a measure's dimension, a count's counter. */
function kindKey(text: string, quantity: Quantity): string | undefined {
  if (quantity.kind === 'money') return `money:${quantity.currency ?? ''}`;
  if (quantity.kind === 'measure') return quantity.unit ? `measure:${quantity.unit.dimension}` : undefined;
  if (quantity.kind === 'count') return `count:${counterOf(text, quantity)}`;
  return undefined;
}

/** The counter word written right after a count (人, 台, 枚), one character; empty when none. */
function counterOf(text: string, quantity: Quantity): string {
  return /^[^\s0-9０-９、。,.，．から]?/.exec(text.slice(quantity.numberRange.end))?.[0] ?? '';
}

/** Where a quantity ends, its counter included (「300万人」). */
function endOf(text: string, quantity: Quantity): number {
  return quantity.kind === 'count' ? quantity.numberRange.end + counterOf(text, quantity).length : quantity.range.end;
}

const PREFIX_SCALE: Readonly<Record<string, number>> = { T: 1e12, G: 1e9, M: 1e6, k: 1e3, m: 1e-3, μ: 1e-6, n: 1e-9 };
const BASE_UNITS = new Set(['W', 'Wh', 'm', 'B', 'B/s', 'bps', 'FLOPS', 'Hz', 'g']);

/** A measure's value in its base unit (100 GW → 1e11 W), so that GW and MW compare. */
function baseValue(quantity: Quantity): number {
  const name = quantity.unit?.name ?? '';
  const scale = PREFIX_SCALE[name[0] ?? ''];
  return scale !== undefined && BASE_UNITS.has(name.slice(1)) ? quantity.value * scale : quantity.value;
}

function statedTimes(after: string): number | undefined {
  const match = TIMES.exec(after.slice(0, 24));
  if (!match || /[。]/.test(after.slice(0, match.index))) return undefined;
  const written = (match[1] ?? '').normalize('NFKC').replace('．', '.');
  if (/^[0-9.]+$/.test(written)) return Number(written);
  // 二十, 十, 三 (a small kanji number is enough: 「4倍」 is what a speaker says).
  let value = 0;
  let digit = 0;
  for (const c of written) {
    if (c === '十' || c === '百') {
      value += (digit || 1) * (c === '十' ? 10 : 100);
      digit = 0;
    } else digit = KANJI_DIGITS[c] ?? 0;
  }
  return value + digit || undefined;
}

/** The fix for B: a unit prefix (a measure) or a number moved by a power of ten, the first that `fits`. */
function fixFor(text: string, quantity: Quantity, fits: (base: number) => boolean): Pick<RatioJudgement, 'value' | 'unitFix'> | undefined {
  const base = baseValue(quantity);
  if (quantity.kind === 'measure' && quantity.unitRange) {
    const unit = text.slice(quantity.unitRange.start, quantity.unitRange.end);
    for (const factor of [1e3, 1e-3, 1e6, 1e-6]) {
      if (!fits(base * factor)) continue;
      const replacement = unitPrefixFix(unit, quantity.value, { min: quantity.value * factor * 0.999, max: quantity.value * factor * 1.001 });
      if (replacement) return { value: undefined, unitFix: { range: quantity.unitRange, replacement } };
    }
    return undefined;
  }
  for (const slip of NUMBER_SLIPS) {
    for (const factor of [slip, 1 / slip]) if (fits(base * factor)) return { value: quantity.value * factor };
  }
  return undefined;
}

/** Judgements on the figures of one sentence (its quantities in order) that contradict what the sentence says of them. */
export function statedRatioSlips(text: string, quantities: readonly Quantity[], sentenceEnd: number): RatioJudgement[] {
  const judgements: RatioJudgement[] = [];
  for (let i = 0; i + 1 < quantities.length; i++) {
    const a = quantities[i] as Quantity;
    const b = quantities[i + 1] as Quantity;
    const key = kindKey(text, a);
    if (key === undefined || key !== kindKey(text, b)) continue;
    const between = text.slice(endOf(text, a), b.range.start);
    const after = text.slice(endOf(text, b), sentenceEnd);
    const from = baseValue(a);
    const to = baseValue(b);
    if (from <= 0 || to <= 0) continue;
    const written = text.slice(b.range.start, endOf(text, b));
    const first = text.slice(a.range.start, endOf(text, a));
    if (FROM_TO.test(between) && INTO.test(after)) {
      const rest = after.replace(INTO, '');
      const times = statedTimes(rest);
      if (times !== undefined && times > 1) {
        const near = (value: number): boolean => Math.abs(value / (from * times) - 1) <= 1 / 3;
        if (near(to)) continue;
        const fix = fixFor(text, b, near);
        if (fix) {
          judgements.push({
            quantity: b,
            ...fix,
            confidence: 0.6,
            reasons: [
              t(
                'The sentence says 「{0}」 is {1} times 「{2}」, but the two figures are about {3} times apart.',
                written,
                String(times),
                first,
                ratioText(to / from),
              ),
              t('Which of the two numbers slipped is not certain: check the source.'),
            ],
          });
          continue;
        }
      }
      const increase = INCREASE.test(rest);
      const decrease = !increase && DECREASE.test(rest);
      if ((increase && to < from / 10) || (decrease && to > from * 10)) {
        const fits = (value: number): boolean => (increase ? value > from && value <= from * 20 : value < from && value >= from / 20);
        const fix = fixFor(text, b, fits);
        if (fix) {
          judgements.push({
            quantity: b,
            ...fix,
            confidence: 0.55,
            reasons: [
              increase
                ? t('The sentence says the figure grows from 「{0}」 to 「{1}」, but the second is far smaller.', first, written)
                : t('The sentence says the figure falls from 「{0}」 to 「{1}」, but the second is far larger.', first, written),
              t('Which of the two numbers slipped is not certain: check the source.'),
            ],
          });
        }
      }
      continue;
    }
    if (OF_WHICH.test(between) && to > from) {
      const fix = fixFor(text, b, (value) => value < from && value >= from / 1000);
      if (!fix) continue;
      judgements.push({
        quantity: b,
        ...fix,
        confidence: 0.55,
        reasons: [
          t('「{0}」 is given as a part of 「{1}」 but is larger than it.', written, first),
          t('Which of the two numbers slipped is not certain: check the source.'),
        ],
      });
    }
  }
  return judgements;
}

function ratioText(ratio: number): string {
  return ratio >= 1 ? formatJapaneseNumber(Number(ratio.toPrecision(2))) : `1/${formatJapaneseNumber(Number((1 / ratio).toPrecision(2)))}`;
}
