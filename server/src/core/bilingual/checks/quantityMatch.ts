/**
 * The quantities of one aligned pair matched across languages, shared by the number, currency and unit
 * checks: first the ones that agree, then the same value in another currency or unit, then the same
 * kind of quantity with another value. What stays unmatched on either side is never guessed at.
 */
import type { AlignedPair } from '../alignment';
import { sourceQuantities, targetQuantities, targetSlice } from '../pairFacts';
import { quantity, sameValue, significantDigits, type JapaneseCurrencyNames, type Quantity } from '../quantities';
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
    // The 1 of a fraction (100分の1, 5人に1人) is the fraction check's, never a count that stands for "a".
    const before = (q: Quantity): string => targetSlice(pair, { start: Math.max(0, q.numberRange.start - 2), end: q.numberRange.start });
    match = computeMatch(sourceQuantities(pair), targetQuantities(pair, currencies), (q) => !/[のに]$/.test(before(q)));
    cache.set(pair, match);
  }
  return match;
}

/** Whether two quantities say the same thing (a count may stand for an amount whose currency the other side leaves out). */
function agree(s: Quantity, t: Quantity): boolean {
  // A magnitude (数百) agrees only with a magnitude, whatever either side counts in.
  if (s.kind === 'vague' || t.kind === 'vague') return s.kind === t.kind && s.value === t.value && (!s.unit || !t.unit || sameUnit(s.unit, t.unit));
  // FY2026 and 2025年度 may be one fiscal year, named by its end in English and by its start in Japanese: a year either way agrees.
  if (s.kind === 'year' && t.kind === 'year' && (s.fiscal === true || t.fiscal === true) && Math.abs(s.value - t.value) <= 1) return true;
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

export function computeMatch(
  sources: readonly Quantity[],
  targets: readonly Quantity[],
  // Whether a target count of one may be one English says as a word ("a", "a single"), set aside when counts do not pair;
  // one that may not (the 1 of 15分の1) is no slip of a source figure either: 「1」→「10」 would write 15分の10.
  unreadOne: (q: Quantity) => boolean = () => true,
): QuantityMatch {
  const fractionOne = (q: Quantity): boolean => q.value === 1 && !unreadOne(q);
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
  // A range against a range, bound by bound: 「2,048から4,096」 for "1,024 to 2,048" is two figures off, not one.
  const ranged = matchRanges(leftS, leftT);
  // Same kind first: a measure in another unit of its dimension next, before a count may stand for it:
  // 「2倍」 must not take the "2 terabytes" that 「2ギガバイト」 slips on.
  const same = take((s, t) => s.kind === t.kind && agree(s, t));
  const unit = take(otherUnit);
  const agreeing = take(agree);
  const currency = take(otherCurrency);
  // Another value of the same kind (in the same currency or unit): paired in order only when each side has as many.
  const number: QuantityConflict[] = [...ranged.number];
  const classes = new Set(leftS.map(classOf));
  for (const cls of classes) {
    const s = leftS.filter((q) => classOf(q) === cls);
    const t = leftT.filter((q) => classOf(q) === cls);
    if (s.length === 0 || t.length === 0) continue;
    // A count of one the translation writes (1つの質問, 1社) where English says "a", "a single" or "one", which the English
    // reader leaves unread: set aside, the other counts pair as if it were not there.
    const ones =
      cls === 'count::' && t.length === s.length + 1 && !s.some((q) => q.value === 1) ? t.filter((q) => q.value === 1 && !q.approximate && unreadOne(q)) : [];
    const written = ones.length === 1 ? t.filter((q) => q !== ones[0]) : t;
    if (s.length === written.length) {
      s.forEach((q, k) => number.push({ source: q, target: written[k] as Quantity, alone: s.length === 1 }));
      continue;
    }
    // Unequal numbers of them: only a figure that the other side writes once with a slip of its digits (1,000 ↔ 1万, 92.4 ↔ 94.2).
    const taken = new Set<Quantity>();
    for (const q of s) {
      const slipped = t.filter((other) => !taken.has(other) && digitSlip(q.value, other.value));
      if (slipped.length !== 1 || fractionOne(slipped[0] as Quantity)) continue;
      taken.add(slipped[0] as Quantity);
      number.push({ source: q, target: slipped[0] as Quantity, alone: false });
    }
  }
  const alone = (list: [Quantity, Quantity][]): QuantityConflict[] => list.map(([s, t]) => ({ source: s, target: t, alone: true }));
  const confirmed = [...ranged.agreeing, ...same, ...agreeing, ...unit, ...currency, ...ranged.unit, ...ranged.currency]
    .filter(([s]) => s.kind !== 'vague')
    .map(([s, t]) => ({ target: t, sameCurrency: s.currency !== undefined && s.currency === t.currency }));
  return { currency: alone([...ranged.currency, ...currency]), unit: alone([...ranged.unit, ...unit]), number, confirmed };
}

/** The same value in another unit of its dimension (5 gigawatts ↔ 5メガワット), or percentage points written as per cent. */
function otherUnit(s: Quantity, t: Quantity): boolean {
  return (
    sameValue(s.value, t.value) &&
    // A magnitude in another unit too (several hundred megawatts ↔ 数百ギガワット).
    (((s.kind === 'measure' || s.kind === 'vague') && t.kind === s.kind && sameDimension(s.unit, t.unit) && !sameUnit(s.unit, t.unit)) ||
      // Percentage points written as per cent (a rise of 4 points is not a rise of 4%); the other way round may be the translator's correction.
      (s.kind === 'points' && t.kind === 'percent'))
  );
}

function otherCurrency(s: Quantity, t: Quantity): boolean {
  return s.kind === 'money' && t.kind === 'money' && sameValue(s.value, t.value) && s.currency !== t.currency;
}

/** Tokens and parameters are counts of things: another number of them is paired like a plain count. */
function classOf(q: Quantity): string {
  return q.unit?.dimension === 'model-size' ? 'count::' : q.kind === 'vague' ? 'vague' : `${q.kind}:${q.currency ?? ''}:${q.unit?.name ?? ''}`;
}

/** Each side's ranges: a lower bound with the upper bound after it. */
function rangesOf(list: readonly Quantity[]): [Quantity, Quantity][] {
  return list.flatMap((q, k) => {
    const next = list[k + 1];
    return q.rangeStart && next ? [[q, next] as [Quantity, Quantity]] : [];
  });
}

interface RangeMatch {
  readonly agreeing: [Quantity, Quantity][];
  readonly currency: [Quantity, Quantity][];
  readonly unit: [Quantity, Quantity][];
  readonly number: QuantityConflict[];
}

/**
 * The source's ranges against the translation's, in order when each side writes as many and each pair of upper bounds
 * counts the same thing (or the same value in another currency or unit); each bound then against its own. The bounds
 * paired are taken out of the lists.
 */
function matchRanges(leftS: Quantity[], leftT: Quantity[]): RangeMatch {
  const match: RangeMatch = { agreeing: [], currency: [], unit: [], number: [] };
  const sources = rangesOf(leftS);
  const targets = rangesOf(leftT);
  if (sources.length === 0 || sources.length !== targets.length) return match;
  sources.forEach(([lowS, highS], k) => {
    const [lowT, highT] = targets[k] as [Quantity, Quantity];
    if (classOf(highS) !== classOf(highT) && !agree(highS, highT) && !otherCurrency(highS, highT) && !otherUnit(highS, highT)) return;
    for (const [s, t] of [
      [lowS, lowT],
      [highS, highT],
    ] as const) {
      // A chained range ("10 to 20 to 30") shares its middle bound with the next range: a bound already paired is not paired again.
      if (!leftS.includes(s) || !leftT.includes(t)) continue;
      if (agree(s, t)) match.agreeing.push([s, t]);
      else if (otherCurrency(s, t)) match.currency.push([s, t]);
      else if (otherUnit(s, t)) match.unit.push([s, t]);
      else if (classOf(s) === classOf(t)) match.number.push({ source: s, target: t, alone: true });
      else continue;
      leftS.splice(leftS.indexOf(s), 1);
      leftT.splice(leftT.indexOf(t), 1);
    }
  });
  return match;
}

/** A value's digits without the zeros around them: 1000 and 10000 both "1", 5.5e6 and 5.5e5 both "55". */
export const digitsOf = significantDigits;

/**
 * Two figures a slip of the pen turns one into the other, which chance rarely pairs: the same digits at another scale
 * (30 million ↔ 3億, 1,000 ↔ 1万), or two neighbouring digits swapped at the same scale (92.4 ↔ 94.2, 732 ↔ 723).
 */
export function digitSlip(a: number, b: number): boolean {
  if (a === b) return false;
  const [x, y] = [digitsOf(a), digitsOf(b)];
  if (x === y) return true;
  return sameMagnitude(a, b) && swappedNeighbours(x, y);
}

function sameMagnitude(a: number, b: number): boolean {
  return a > 0 && b > 0 && Math.floor(Math.log10(a) + 1e-9) === Math.floor(Math.log10(b) + 1e-9);
}

/** "924" and "942": the same digits but two neighbours, which are swapped. */
function swappedNeighbours(x: string, y: string): boolean {
  if (x.length !== y.length || x.length < 2) return false;
  const differ = [...x].flatMap((digit, k) => (digit === y[k] ? [] : [k]));
  const [i, j] = differ;
  return differ.length === 2 && i !== undefined && j === i + 1 && x[i] === y[j] && x[j] === y[i];
}
