/**
 * The quantities of one aligned pair matched across languages, shared by the number, currency and unit
 * checks: first the ones that agree, then the same value in another currency or unit, then the same
 * kind of quantity with another value. What stays unmatched on either side is never guessed at.
 */
import type { AlignedPair } from '../alignment';
import { sourceQuantities, targetQuantities } from '../pairFacts';
import { quantity, sameValue, type JapaneseCurrencyNames, type Quantity } from '../quantities';
import { englishUnit, sameDimension, sameUnit } from '../units';

export interface QuantityConflict {
  readonly source: Quantity;
  readonly target: Quantity;
  /** How many quantities of this class each side has (1 and 1: a clear pairing). */
  readonly alone: boolean;
}

export interface QuantityMatch {
  readonly currency: readonly QuantityConflict[];
  readonly unit: readonly QuantityConflict[];
  readonly number: readonly QuantityConflict[];
  /** Target quantities whose value the source confirms (in whatever currency or unit), with whether their currency is the source's too. */
  readonly confirmed: readonly { readonly target: Quantity; readonly sameCurrency: boolean }[];
}

const cache = new WeakMap<AlignedPair, QuantityMatch>();

export function matchQuantities(pair: AlignedPair, currencies: JapaneseCurrencyNames): QuantityMatch {
  let match = cache.get(pair);
  if (!match) {
    match = computeMatch(sourceQuantities(pair), targetQuantities(pair, currencies));
    cache.set(pair, match);
  }
  return match;
}

/** Whether two quantities say the same thing (a count may stand for an amount whose currency the other side leaves out). */
function agree(s: Quantity, t: Quantity): boolean {
  // A magnitude (数百) agrees only with a magnitude, whatever either side counts in.
  if (s.kind === 'vague' || t.kind === 'vague') return s.kind === t.kind && s.value === t.value && (!s.unit || !t.unit || sameUnit(s.unit, t.unit));
  if (!sameValue(s.value, t.value, s.approximate === true || t.approximate === true)) return false;
  if (s.kind === t.kind) return s.currency === t.currency && sameUnit(s.unit, t.unit);
  // A month is a month of a date: never a count of something (11月 is not 11 companies).
  if (s.kind === 'month' || t.kind === 'month') return false;
  return s.kind === 'count' || t.kind === 'count' || (s.kind === 'year' && t.kind === 'measure') || (s.kind === 'measure' && t.kind === 'year');
}

/** Pounds written as a word after the number ("16 pounds", 16ポンド): money, or a weight (the £ sign is money only). */
function poundWord(q: Quantity): boolean {
  return q.kind === 'money' && q.currency === 'GBP' && q.unitRange !== undefined && q.unitRange.start >= q.numberRange.end;
}

/**
 * Pounds read as a weight where the other side weighs the same value and names no sum of it (16 kilograms ↔ 16ポンド):
 * both languages write pounds of money and of weight alike.
 */
function weighedPounds(side: readonly Quantity[], other: readonly Quantity[]): Quantity[] {
  const pound = englishUnit('lb');
  return side.map((q) =>
    pound &&
    poundWord(q) &&
    other.some((o) => o.kind === 'measure' && o.unit?.dimension === 'mass' && sameValue(o.value, q.value)) &&
    !other.some((o) => o.kind === 'money' && sameValue(o.value, q.value))
      ? quantity({ ...q, kind: 'measure', currency: undefined, unit: pound })
      : q,
  );
}

export function computeMatch(sources: readonly Quantity[], targets: readonly Quantity[]): QuantityMatch {
  const leftS = weighedPounds(sources, targets);
  const leftT = weighedPounds(targets, sources);
  const take = (predicate: (s: Quantity, t: Quantity) => boolean): [Quantity, Quantity][] => {
    const pairs: [Quantity, Quantity][] = [];
    for (let i = 0; i < leftS.length; i++) {
      const s = leftS[i] as Quantity;
      const j = leftT.findIndex((t) => predicate(s, t));
      if (j < 0) continue;
      pairs.push([s, leftT[j] as Quantity]);
      leftS.splice(i--, 1);
      leftT.splice(j, 1);
    }
    return pairs;
  };
  // Same kind first: a measure in another unit of its dimension next, before a count may stand for it:
  // 「2倍」 must not take the "2 terabytes" that 「2ギガバイト」 slips on.
  const same = take((s, t) => s.kind === t.kind && agree(s, t));
  const unit = take(
    (s, t) =>
      sameValue(s.value, t.value) &&
      // A magnitude in another unit too (several hundred megawatts ↔ 数百ギガワット).
      (((s.kind === 'measure' || s.kind === 'vague') && t.kind === s.kind && sameDimension(s.unit, t.unit) && !sameUnit(s.unit, t.unit)) ||
        // Percentage points written as per cent (a rise of 4 points is not a rise of 4%); the other way round may be the translator's correction.
        (s.kind === 'points' && t.kind === 'percent')),
  );
  const agreeing = take(agree);
  const currency = take((s, t) => s.kind === 'money' && t.kind === 'money' && sameValue(s.value, t.value) && s.currency !== t.currency);
  // Another value of the same kind (in the same currency or unit): paired in order only when each side has as many.
  const number: QuantityConflict[] = [];
  // Tokens and parameters are counts of things: another number of them is paired like a plain count.
  const classOf = (q: Quantity): string =>
    q.unit?.dimension === 'model-size' ? 'count::' : q.kind === 'vague' ? 'vague' : `${q.kind}:${q.currency ?? ''}:${q.unit?.name ?? ''}`;
  const classes = new Set(leftS.map(classOf));
  for (const cls of classes) {
    const s = leftS.filter((q) => classOf(q) === cls);
    const t = leftT.filter((q) => classOf(q) === cls);
    if (s.length === 0 || t.length === 0) continue;
    if (s.length === t.length) {
      s.forEach((q, k) => number.push({ source: q, target: t[k] as Quantity, alone: s.length === 1 }));
      continue;
    }
    // Unequal numbers of them: only a figure whose digits the other side writes once at another scale (1,000 ↔ 1万).
    for (const q of s) {
      const same = t.filter((other) => digitsOf(other.value) === digitsOf(q.value));
      if (same.length === 1) number.push({ source: q, target: same[0] as Quantity, alone: false });
    }
  }
  const alone = (list: [Quantity, Quantity][]): QuantityConflict[] => list.map(([s, t]) => ({ source: s, target: t, alone: true }));
  const confirmed = [...same, ...agreeing, ...unit, ...currency]
    .filter(([s]) => s.kind !== 'vague')
    .map(([s, t]) => ({ target: t, sameCurrency: s.currency !== undefined && s.currency === t.currency }));
  return { currency: alone(currency), unit: alone(unit), number, confirmed };
}

/** A value's digits without the zeros around them: 1000 and 10000 both "1", 5.5e6 and 5.5e5 both "55". */
export function digitsOf(value: number): string {
  return String(value)
    .replace('.', '')
    .replace(/^0+|0+$/g, '');
}
