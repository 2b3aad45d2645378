/**
 * Ranges of figures: "38 to 42 billion dollars", "between 50% and 60%", 「380億～420億円」, 「50～60%」. Both languages
 * write the currency, the unit and (in English) the scale once, after the upper bound: the lower bound is read with
 * them, so that "35 to 40 billion dollars" and 「350億～400億ドル」 agree bound by bound, and marked, so that the
 * source checks compare a range with a range in order (the fix of 「2,048から4,096」 for "1,024 to 2,048" is both ends).
 */
import { quantity, type Quantity } from './quantities';

/** What stands between the two bounds. "and" only after "between" (two figures joined by "and" are two figures). */
const BETWEEN_BOUNDS = {
  en: /^\s*(?:to|-|–|—)\s*$/i,
  ja: /^\s*(?:～|〜|~|－|-|–|—|から)\s*$/,
};
const BETWEEN_BEFORE = /\bbetween\s+(?:[$€£¥]|US\$)?$/i;
/** A number written with one scale word (40 billion, 400億): what the lower bound written bare shares. */
const ONE_SCALE = {
  en: /^[\d.,]+[\s-]?(?:thousand|million|billion|trillion|bn|mn|tn)$/i,
  ja: /^[0-9０-９.,．，]+[万億兆]$/,
};
const BARE_NUMBER = /^[0-9０-９.,．，]+$/;
/** What closes a range opened by から after its upper bound (but not 増, 減: a change by the second figure). */
const JA_RANGE_CLOSE = /^\s*(?:まで|へ|に(?![増減])|の間)/;

/** Whether two bounds count the same thing: the same kind and currency, and units of one dimension (500 MB to 2 GB). */
function sameClass(a: Quantity, b: Quantity): boolean {
  return a.kind === b.kind && a.currency === b.currency && a.unit?.dimension === b.unit?.dimension;
}

/** The quantities of a text with each range's lower bound read as its upper bound is (see the module's comment), in order. */
export function withRanges(quantities: readonly Quantity[], text: string, language: 'en' | 'ja'): Quantity[] {
  const read = [...quantities].sort((a, b) => a.range.start - b.range.start);
  for (let k = 0; k + 1 < read.length; k++) {
    const low = read[k] as Quantity;
    const high = read[k + 1] as Quantity;
    if (low.kind === 'vague' || high.kind === 'vague' || low.range.end > high.range.start) continue;
    const between = text.slice(low.range.end, high.range.start);
    const joined =
      BETWEEN_BOUNDS[language].test(between) || (language === 'en' && /^\s*and\s*$/i.test(between) && BETWEEN_BEFORE.test(text.slice(0, low.range.start)));
    if (!joined) continue;
    // から starts a range only closed by まで, へ or に (「2024年から30%増」 is a change since a year, not a range).
    if (/から\s*$/.test(between) && !JA_RANGE_CLOSE.test(text.slice(high.range.end))) continue;
    const bounded = quantity({ ...low, ...sharedWithUpperBound(low, high, text, language), rangeStart: true });
    // $38-42 billion: the symbol written once, before the lower bound, is the upper bound's currency too.
    const upper =
      high.kind === 'count' && low.kind === 'money' && low.unitRange && low.unitRange.end <= low.numberRange.start
        ? quantity({ ...high, kind: 'money', currency: low.currency })
        : high;
    // Two bounds of one range count the same thing: a sum and a percentage (100億ドルから20%増) are two figures.
    if (!sameClass(bounded, upper)) continue;
    read[k] = bounded;
    read[k + 1] = upper;
  }
  return read;
}

/** What a bare lower bound takes from its upper bound: the kind with the currency or unit, and the scale a number written bare lacks. */
function sharedWithUpperBound(low: Quantity, high: Quantity, text: string, language: 'en' | 'ja'): Partial<Quantity> {
  if (low.kind !== 'count' || high.kind === 'count' || high.kind === 'year' || high.kind === 'month') {
    return (low.kind === 'count' || low.kind === 'money') && high.kind === 'count' ? scaled(low, high, text, language) : {};
  }
  return { ...scaled(low, high, text, language), kind: high.kind, currency: high.currency, unit: high.unit };
}

/** The lower bound written bare before an upper bound with a scale word (35 to 40 billion): 35 billion. */
function scaled(low: Quantity, high: Quantity, text: string, language: 'en' | 'ja'): Partial<Quantity> {
  const lowText = text.slice(low.numberRange.start, low.numberRange.end);
  const highText = text.slice(high.numberRange.start, high.numberRange.end);
  if (!BARE_NUMBER.test(lowText) || !ONE_SCALE[language].test(highText)) return {};
  const digits = Number(
    highText
      .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .replace(/[，,]/g, '')
      .replace('．', '.')
      .match(/^[\d.]+/)?.[0],
  );
  if (!Number.isFinite(digits) || digits <= 0) return {};
  const scale = high.value / digits;
  // A lower bound larger than the upper once scaled is no bound of it (from 500 to 2 billion).
  return scale > 1 && low.value * scale <= high.value ? { value: low.value * scale } : {};
}
