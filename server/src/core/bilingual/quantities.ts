/**
 * Numbers with what they count, read from English and from Japanese: "$5.5 million" and 「550万ドル」 are
 * both 5,500,000 US dollars, "40%" and 「40パーセント」 both 40 per cent, "5 gigawatts" and 「5ギガワット」
 * both 5 GW. The source checks compare these values, never the digits as written.
 */
import type { Currency } from '../knowledge/model';
import type { OffsetRange } from '../types';
import type { Unit } from './units';

export { englishQuantities } from './englishQuantities';
export { japaneseQuantities } from './japaneseQuantities';
export { formatJapaneseNumber } from './japaneseNumerals';
export { japaneseUnitName, type Unit } from './units';

/**
 * vague: an order of magnitude only (hundreds of thousands, 数十万), its value the power of ten. month: a month of a date
 * (November, 11月), its value the month's number.
 */
export type QuantityKind = 'money' | 'percent' | 'points' | 'year' | 'measure' | 'count' | 'vague' | 'month';

export interface Quantity {
  readonly value: number;
  readonly kind: QuantityKind;
  /** ISO 4217 code, for money. */
  readonly currency?: string;
  readonly unit?: Unit;
  /** The whole quantity as written, in the segment's text. */
  readonly range: OffsetRange;
  /** The number with its scale word (「550万」, "5.5 million"). */
  readonly numberRange: OffsetRange;
  /** The currency or unit word, when there is one. */
  readonly unitRange?: OffsetRange;
  /** Written with Latin unit letters (GW) rather than katakana (ギガワット), for a fix in the same style. */
  readonly latinUnit?: boolean;
  /** Written with 半 after its unit (4時間半): its number is the whole part only, the half said by 半. */
  readonly half?: boolean;
  /** A fiscal year (FY2026, fiscal 2025, 2025年度), which English names by its start or its end, Japanese 年度 by its start. */
  readonly fiscal?: boolean;
  /** Written with ダース after its number (2ダース): its value is twelve times the number written, a fix writes dozens. */
  readonly dozens?: boolean;
  /** Said to be approximate (about, 約): a rounded value in the other language is the same figure. */
  readonly approximate?: boolean;
  /** The lower bound of a range whose upper bound is the next quantity of its text (38 to 42 billion, 380億～420億円). */
  readonly rangeStart?: boolean;
}

/** Currency names in Japanese (the knowledge base's list) and their codes, longest first. */
export type JapaneseCurrencyNames = readonly { readonly name: string; readonly code: string }[];

const currencyNamesCache = new WeakMap<readonly Currency[], JapaneseCurrencyNames>();

/** The currencies' Japanese names, longest first (so that 台湾ドル is read before ドル); made once per currency list. */
export function japaneseCurrencyNames(currencies: readonly Currency[]): JapaneseCurrencyNames {
  let names = currencyNamesCache.get(currencies);
  if (!names) {
    names = currencies.flatMap((c) => c.names.map((name) => ({ name, code: c.code }))).sort((a, b) => b.name.length - a.name.length);
    currencyNamesCache.set(currencies, names);
  }
  return names;
}

/**
 * Whether two values are the same figure (rounding in the last digit aside; within 5% when either is said to be
 * approximate). Approximate or not, two figures written to as many significant digits are another figure when they
 * differ: "up to 732 billion" is not 7230億, a rounding writes fewer digits than what it rounds.
 */
export function sameValue(a: number, b: number, approximate = false): boolean {
  if (a === b) return true;
  if (approximate && significantDigits(a).length === significantDigits(b).length) return false;
  return Math.abs(a - b) <= (approximate ? 0.05 : 1e-6) * Math.max(Math.abs(a), Math.abs(b));
}

/** A value's digits without its decimal point and the zeros around them: 7.32e11 → "732", 0.05 → "5". */
export function significantDigits(value: number): string {
  return String(Math.abs(value))
    .replace('.', '')
    .replace(/^0+|0+$/g, '');
}

/** A quantity without the optional parts its reader left unset (or false): quantities compare whole, in tests and caches. */
export function quantity(parts: Quantity): Quantity {
  // A loop rather than entries → filter → fromEntries: the same keys in the same order, a few times cheaper (every number of every chunk).
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parts)) if (value !== undefined && value !== false) kept[key] = value;
  return kept as unknown as Quantity;
}
