/**
 * Amounts of money as Japanese writes them: digits, 万/億/兆 (千), and a currency unit (「33億ドル」,
 * 「1.5兆ウォン」), compound numbers included (「1兆7000億ドル」, 「4億5000万ドル」, 「3千万ドル」, 「２，５００億円」).
 */
import { readJapaneseNumber } from './bilingual/japaneseNumerals';
import type { Currency } from './knowledge/model';

export const MAGNITUDE_VALUE: Readonly<Record<string, number>> = { 兆: 1e12, 億: 1e8, 万: 1e4, 千: 1e3 };
/** A one-character unit (元) is a unit only when no kanji follows (元素, 元年 are words), or when what follows qualifies an amount (元以上, 元規模). */
const LONE_UNIT_GUARD = /^(?:(?![\u3400-\u9fff])|(?=以上|以下|未満|超|規模|相当|程度|前後|近く|余り))/;
/** Where a number starts: a digit not preceded by another digit, a separator or a decimal point of the same number. */
const NUMBER_START = /[0-9０-９]/g;
const INSIDE_NUMBER = /[0-9０-９,，.．]/;

export interface Amount {
  /** Offsets in the text searched: the whole amount, its (first) magnitude word, its currency unit. */
  readonly start: number;
  readonly magnitudeStart: number;
  readonly unitStart: number;
  readonly end: number;
  /** The value in units of its largest magnitude word, in ASCII without separators ("33", "5.5"; "4.5" for 4億5000万). */
  readonly digits: string;
  /** The magnitude words as written ("億", "千億", "億万" for 4億5000万, ""). */
  readonly magnitude: string;
  readonly value: number;
  readonly currency: Currency;
  readonly unit: string;
}

const unitNames = new WeakMap<readonly Currency[], readonly (readonly [string, Currency])[]>();

/** Whether money of a firm of this country is plausibly told in the currency: its own, or one its firms count deals in. */
export function firmsCountIn(currency: Currency, country: string | undefined): boolean {
  return country !== undefined && (currency.countries.includes(country) || (currency.alsoCountedIn?.includes(country) ?? false));
}

/** The currencies' names, longest first (台湾ドル before ドル). */
function namesOf(currencies: readonly Currency[]): readonly (readonly [string, Currency])[] {
  let names = unitNames.get(currencies);
  if (!names) {
    names = currencies.flatMap((currency) => currency.names.map((name) => [name, currency] as const)).sort((a, b) => b[0].length - a[0].length);
    unitNames.set(currencies, names);
  }
  return names;
}

export function findAmounts(text: string, currencies: readonly Currency[]): Amount[] {
  const names = namesOf(currencies);
  const amounts: Amount[] = [];
  let searchedTo = 0;
  for (const match of text.matchAll(NUMBER_START)) {
    const start = match.index;
    if (start < searchedTo || INSIDE_NUMBER.test(text[start - 1] ?? '')) continue;
    const read = readJapaneseNumber(text, start);
    if (!read) continue;
    searchedTo = read.end;
    const gap = /^\s*/.exec(text.slice(read.end, read.end + 4))?.[0].length ?? 0;
    const unitStart = read.end + gap;
    const found = names.find(([name]) => text.startsWith(name, unitStart) && (name.length > 1 || LONE_UNIT_GUARD.test(text.slice(unitStart + 1))));
    if (!found) continue;
    const [unit, currency] = found;
    const written = text.slice(start, read.end);
    const magnitude = [...written].filter((c) => MAGNITUDE_VALUE[c] !== undefined).join('');
    const firstScale = /[兆億万千]/.exec(written);
    const top = [...magnitude].map((c) => MAGNITUDE_VALUE[c] ?? 1).reduce((a, b) => Math.max(a, b), 1);
    // 5千億 is 5000 of 億: the largest word the number is counted in, and 千 before it multiplies.
    const scale = /千[億兆万]/.test(written) ? top * 1e3 : top;
    const digits = magnitude === '' ? asciiDigits(written) : String(Number((read.value / scale).toPrecision(12)));
    amounts.push({
      start,
      magnitudeStart: firstScale ? start + firstScale.index : unitStart,
      unitStart,
      end: unitStart + unit.length,
      digits,
      magnitude,
      value: read.value,
      currency,
      unit,
    });
  }
  return amounts;
}

/** Between the two ends of a range of amounts: 「38億から42億ドル」, 「38億〜42億ドル」. */
const RANGE_BETWEEN = /(?:から|〜|～|~|－|-)\s*$/;

/**
 * The first end of each range of amounts whose unit only the second end writes (「38億から42億ドル」: 38億ドル):
 * an amount with a magnitude word of its own, in the currency of the amount after it.
 */
export function rangeStarts(text: string, amounts: readonly Amount[]): Amount[] {
  const starts: Amount[] = [];
  for (const amount of amounts) {
    const between = RANGE_BETWEEN.exec(text.slice(Math.max(0, amount.start - 4), amount.start));
    if (!between) continue;
    const connector = amount.start - between[0].length;
    let start = connector;
    while (start > 0 && /[0-9０-９,，.．万億兆千]/.test(text[start - 1] ?? '')) start--;
    if (start === connector || INSIDE_NUMBER.test(text[start - 1] ?? '')) continue;
    const read = readJapaneseNumber(text, start);
    const written = text.slice(start, connector);
    const magnitude = [...written].filter((c) => MAGNITUDE_VALUE[c] !== undefined).join('');
    if (!read || read.end !== connector || magnitude === '') continue;
    const top = [...magnitude].map((c) => MAGNITUDE_VALUE[c] ?? 1).reduce((a, b) => Math.max(a, b), 1);
    const scale = /千[億兆万]/.test(written) ? top * 1e3 : top;
    const firstScale = /[兆億万千]/.exec(written);
    starts.push({
      start,
      magnitudeStart: start + (firstScale?.index ?? 0),
      unitStart: connector,
      end: connector,
      digits: String(Number((read.value / scale).toPrecision(12))),
      magnitude,
      value: read.value,
      currency: amount.currency,
      unit: amount.unit,
    });
  }
  return starts;
}

function asciiDigits(written: string): string {
  return written
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[,，]/g, '')
    .replace('．', '.');
}

/** Between an amount and the same amount in another currency: 「（約」, 「、日本円で約」, 「、ドルで言うと約」. */
export const CONVERSION_BETWEEN =
  /^\s*[（(、,]\s*(?:日本円で|円換算で|邦貨で|換算で|(?:ドル|円|ユーロ|ポンド|ウォン|元|ルピー)(?:で言うと|換算で|にすると|では|で))?\s*(?:約|およそ|ほぼ)?\s*$/;

/** The amount right after this one that gives it in another currency (「4兆円、ドルで言うと約26億ドル」), if any. */
export function conversionAfter(text: string, amount: Amount, amounts: readonly Amount[]): Amount | undefined {
  const next = amounts.find((other) => other.start >= amount.end);
  if (!next || next.currency.code === amount.currency.code) return undefined;
  return CONVERSION_BETWEEN.test(text.slice(amount.end, next.start)) ? next : undefined;
}

/** A vague amount: 数, 数十, 数百 or 数千 with 万/億/兆 (「数十億ユーロ」, 「数兆ウォン」), no digits. */
const VAGUE_AMOUNT = /数[十百千]?[万億兆]+/g;

/**
 * Vague amounts of money (「数十億ユーロ規模の契約」): what a currency check judges like any amount, though they
 * have no value to compare (`value` is NaN and `digits` empty, so that no figure is ever matched to them).
 */
export function findVagueAmounts(text: string, currencies: readonly Currency[]): Amount[] {
  const names = namesOf(currencies);
  const amounts: Amount[] = [];
  for (const match of text.matchAll(VAGUE_AMOUNT)) {
    const start = match.index;
    const end = start + match[0].length;
    const gap = /^\s*/.exec(text.slice(end, end + 4))?.[0].length ?? 0;
    const unitStart = end + gap;
    const found = names.find(([name]) => text.startsWith(name, unitStart) && (name.length > 1 || LONE_UNIT_GUARD.test(text.slice(unitStart + 1))));
    if (!found) continue;
    const [unit, currency] = found;
    const firstScale = /[兆億万]/.exec(match[0]);
    amounts.push({
      start,
      magnitudeStart: start + (firstScale?.index ?? 0),
      unitStart,
      end: unitStart + unit.length,
      digits: '',
      magnitude: [...match[0]].filter((c) => MAGNITUDE_VALUE[c] !== undefined && c !== '千').join(''),
      value: Number.NaN,
      currency,
      unit,
    });
  }
  return amounts;
}
