/**
 * Numbers with what they count, read from English and from Japanese: "$5.5 million" and 「550万ドル」 are
 * both 5,500,000 US dollars, "40%" and 「40パーセント」 both 40 per cent, "5 gigawatts" and 「5ギガワット」
 * both 5 GW. The source checks compare these values, never the digits as written.
 */
import type { OffsetRange } from '../types';
import { englishUnit, EN_UNIT_PHRASES, japaneseLatinUnit, japaneseScalePrefixes, japaneseUnitSpellings, type Unit } from './units';

export { japaneseUnitName, type Unit } from './units';

export type QuantityKind = 'money' | 'percent' | 'points' | 'year' | 'measure' | 'count';

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
  /** Said to be approximate (about, 約): a rounded value in the other language is the same figure. */
  readonly approximate?: boolean;
}

const EN_SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  b: 1e9,
  bn: 1e9,
  trillion: 1e12,
  t: 1e12,
  tn: 1e12,
};
const EN_CURRENCY_SYMBOL: Record<string, string> = {
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  '¥': 'JPY',
  jpy: 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  rmb: 'CNY',
  cny: 'CNY',
};
const EN_CURRENCY_WORD: readonly [RegExp, string][] = [
  [/^(?:us )?dollars?$/i, 'USD'],
  [/^euros?$/i, 'EUR'],
  [/^pounds?(?: sterling)?$/i, 'GBP'],
  [/^yen$/i, 'JPY'],
  [/^(?:yuan|renminbi)$/i, 'CNY'],
  [/^rupees?$/i, 'INR'],
  [/^won$/i, 'KRW'],
];

const EN_NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const EN_PATTERN = new RegExp(
  String.raw`(US\$|[$€£¥₹₩]|\b(?:USD|EUR|GBP|JPY|RMB|CNY)\s?)?` +
    EN_NUMBER +
    String.raw`(?:[\s-]?(thousand|million|billion|trillion|mn|bn|tn|[kKmMbBtT])\b)?` +
    // A unit after a space or a hyphen ("a 7-nanometer chip", "a 3-hour outage").
    String.raw`(?:[\s-]?(${EN_UNIT_PHRASES}|%|percent(?:age points?)?|per cent|points?|(?:US )?dollars?|euros?|pounds?(?: sterling)?|yen|yuan|renminbi|rupees?|won|[A-Za-z]+)(?![A-Za-z0-9])|(%))?`,
  'g',
);

/** Quantities written in an English text (offsets into it), in digits or in words. */
export function englishQuantities(text: string): Quantity[] {
  const inDigits = digitQuantities(text);
  const inWords = wordQuantities(text).filter((w) => !inDigits.some((d) => d.range.start < w.range.end && w.range.start < d.range.end));
  return [...inDigits, ...inWords].sort((a, b) => a.range.start - b.range.start);
}

const WORD_VALUES: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
const WORD_NUMBER = new RegExp(
  String.raw`\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)` +
    String.raw`(?:[- ](one|two|three|four|five|six|seven|eight|nine))?(?: (hundred))?(?: (thousand|million|billion|trillion))?` +
    String.raw`(?: (dollars|euros|yen|pounds|percent|per cent))?\b`,
  'gi',
);

/**
 * Numbers written in words: "three million", "a billion dollars", "ten percent", and small counts
 * ("two companies"); "one" and "a" alone are no figure.
 */
function wordQuantities(text: string): Quantity[] {
  const quantities: Quantity[] = [];
  for (const match of text.matchAll(WORD_NUMBER)) {
    const [whole, first = '', second, hundred, scaleWord, unitWord] = match;
    let value = (WORD_VALUES[first.toLowerCase()] ?? 0) + (second ? (WORD_VALUES[second.toLowerCase()] ?? 0) : 0);
    if (hundred) value *= 100;
    if (scaleWord) value *= EN_SCALE[scaleWord.toLowerCase()] ?? 1;
    const small = !hundred && !scaleWord && !unitWord;
    if (small && (value < 2 || value > 12)) continue;
    if (/^(a|an)$/i.test(first) && !scaleWord && !hundred) continue;
    // A unit after the number ("eight weeks", "one million tokens", "a ten-year plan").
    const after = /^[\s-]((?:tera|giga|mega|kilo)watt-hours?|[A-Za-z]+)(?![A-Za-z])/.exec(text.slice(match.index + whole.length));
    const measured = !unitWord && after?.[1] && (value >= 2 || scaleWord || hundred) ? englishUnit(after[1]) : undefined;
    // "two-thirds", "one-off": a fraction or a word, not a count.
    if (/^-/.test(text.slice(match.index + whole.length)) && !measured) continue;
    const start = match.index;
    const numberEnd = start + whole.length - (unitWord ? unitWord.length + 1 : 0);
    const wholeEnd = start + whole.length + (measured && after ? after[0].length : 0);
    const unitRange = unitWord || measured ? { start: wholeEnd - (unitWord ?? after?.[1] ?? '').length, end: wholeEnd } : undefined;
    const currency = unitWord ? EN_CURRENCY_WORD.find(([pattern]) => pattern.test(unitWord))?.[1] : undefined;
    const kind: QuantityKind = currency ? 'money' : unitWord && /percent|per cent/i.test(unitWord) ? 'percent' : measured ? 'measure' : 'count';
    const approximate = /\b(?:about|around|roughly|nearly|almost|approximately|some|over|more than|less than|under|up to)\s+$/i.test(
      text.slice(Math.max(0, start - 16), start),
    );
    quantities.push({
      value,
      kind,
      ...(currency ? { currency } : {}),
      ...(measured ? { unit: measured } : {}),
      ...(approximate ? { approximate } : {}),
      range: { start, end: wholeEnd },
      numberRange: { start, end: numberEnd },
      ...(unitRange ? { unitRange } : {}),
    });
  }
  return quantities;
}

function digitQuantities(text: string): Quantity[] {
  const quantities: Quantity[] = [];
  for (const match of text.matchAll(EN_PATTERN)) {
    const [whole, symbol, digits = '', scaleWord, word, percentSign] = match;
    const start = match.index;
    const numberStart = start + (symbol?.length ?? 0);
    const before = text[start - 1] ?? '';
    // Part of a name or a code (GPT-4, H100, 3.5-turbo, v2): not an amount.
    if (/[A-Za-z0-9_\-/.]/.test(before) && !symbol) continue;
    const afterDigits = text[numberStart + digits.length] ?? '';
    if (/[A-Za-z]/.test(afterDigits) && !scaleWord && !word) continue;
    if (/^[-–]/.test(text.slice(start + whole.length)) && !word) continue;
    const joinedByHyphen = text[numberStart + digits.length] === '-';
    let value = Number(digits.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const scale = scaleWord ? EN_SCALE[scaleWord.toLowerCase()] : undefined;
    // A single-letter scale counts only after a currency symbol ($5.5M); "5 m" may be metres.
    // A single-letter scale counts after a currency symbol ($5.5M) or as a capital straight after the digits
    // (5.5M users, 200K GPUs); "5 m" may be metres.
    const attachedCapital = scaleWord !== undefined && /^[KMBT]$/.test(scaleWord) && text[numberStart + digits.length] === scaleWord;
    const scaled = scale !== undefined && (scaleWord !== undefined && scaleWord.length > 1 ? true : symbol !== undefined || attachedCapital);
    if (scaled && scale) value *= scale;
    const numberEnd = numberStart + digits.length + (scaled && scaleWord ? text.slice(numberStart + digits.length).indexOf(scaleWord) + scaleWord.length : 0);
    const unitWord = word ?? percentSign;
    let end = scaled ? numberEnd : numberStart + digits.length;
    let kind: QuantityKind = 'count';
    let currency = symbol ? EN_CURRENCY_SYMBOL[symbol.trim().toLowerCase()] : undefined;
    let unit: Unit | undefined;
    let unitRange: OffsetRange | undefined;
    if (unitWord) {
      const wordStart = start + whole.length - unitWord.length;
      const currencyWord = EN_CURRENCY_WORD.find(([pattern]) => pattern.test(unitWord))?.[1];
      const unitOf = englishUnit(unitWord);
      if (/^(%|percent|per cent)$/i.test(unitWord)) kind = 'percent';
      else if (/^(percentage points?|points?)$/i.test(unitWord)) kind = 'points';
      else if (currencyWord && !currency) currency = currencyWord;
      else if (unitOf) unit = unitOf;
      if (kind !== 'count' || (currencyWord && currency === currencyWord) || unitOf) {
        end = wordStart + unitWord.length;
        unitRange = { start: wordStart, end };
      }
    }
    // "a 2-for-1 deal", "a 5-million-user app": a hyphen joins the number to a word that is no unit; read as before, not at all.
    if (joinedByHyphen && !unitRange) continue;
    if (currency) {
      kind = 'money';
      if (symbol) unitRange ??= { start, end: start + symbol.length };
    } else if (unit) kind = 'measure';
    else if (kind === 'count' && !scaled && /^\d{4}$/.test(digits) && value >= 1900 && value <= 2100) kind = 'year';
    const approximate = /\b(?:about|around|roughly|nearly|almost|approximately|some|over|more than|less than|under|up to)\s+$|~\s*$/i.test(
      text.slice(Math.max(0, start - 16), start),
    );
    quantities.push({
      value,
      kind,
      ...(currency ? { currency } : {}),
      ...(unit ? { unit } : {}),
      ...(approximate ? { approximate } : {}),
      range: { start, end },
      numberRange: { start: numberStart, end: scaled ? numberEnd : numberStart + digits.length },
      ...(unitRange ? { unitRange } : {}),
    });
  }
  return quantities;
}

const JA_DIGITS = '0-9０-９';
const JA_NUMBER = new RegExp(`[${JA_DIGITS}][${JA_DIGITS},，]*(?:[.．][${JA_DIGITS}]+)?`, 'y');
const JA_SCALE: Record<string, number> = { 兆: 1e12, 億: 1e8, 万: 1e4, 千: 1e3 };
const JA_PERCENT = /^(?:%|％|パーセント)/;
const JA_POINTS = /^ポイント/;

/** Currency names in Japanese (the knowledge base's list) and their codes, longest first. */
export type JapaneseCurrencyNames = readonly { readonly name: string; readonly code: string }[];

/** Quantities written in a Japanese text (offsets into it), in digits or in kanji before 万/億/兆 (三百万). */
export function japaneseQuantities(text: string, currencies: JapaneseCurrencyNames): Quantity[] {
  const inDigits = japaneseDigitQuantities(text, currencies);
  const inKanji = kanjiQuantities(text, currencies).filter((k) => !inDigits.some((d) => d.range.start < k.range.end && k.range.start < d.range.end));
  return [...inDigits, ...inKanji].sort((a, b) => a.range.start - b.range.start);
}

const KANJI_DIGIT: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const KANJI_SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Kanji numerals below 10,000 (三百, 二十五, 千二百): undefined when the characters do not read as one. */
function kanjiBelowTenThousand(kanji: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  for (const c of kanji) {
    const d = KANJI_DIGIT[c];
    const small = KANJI_SMALL[c];
    if (d !== undefined) {
      if (digit !== undefined) return undefined;
      digit = d;
    } else if (small !== undefined) {
      total += (digit ?? 1) * small;
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

/** Kanji numbers with a scale (三百万ドル, 二十億): only with 万/億/兆, where a kanji numeral is surely a number. */
function kanjiQuantities(text: string, currencies: JapaneseCurrencyNames): Quantity[] {
  const names = [...currencies, { name: '元', code: 'CNY' }].sort((a, b) => b.name.length - a.name.length);
  const quantities: Quantity[] = [];
  for (const match of text.matchAll(/([〇一二三四五六七八九十百千]+)(兆|億|万)(?:([〇一二三四五六七八九十百千]+)(億|万))?/g)) {
    const [whole, first = '', scale = '', second, secondScale] = match;
    // 一万 inside a word (統一万…) is rare; a kanji before the numeral makes it part of another word.
    if (/[\u4e00-\u9fff]/.test(text[match.index - 1] ?? '') && !/[約計]/.test(text[match.index - 1] ?? '')) continue;
    const head = kanjiBelowTenThousand(first);
    if (head === undefined) continue;
    let value = head * (JA_SCALE[scale] ?? 1);
    if (second && secondScale) {
      const tail = kanjiBelowTenThousand(second);
      if (tail === undefined) continue;
      value += tail * (JA_SCALE[secondScale] ?? 1);
    }
    const start = match.index;
    const numberEnd = start + whole.length;
    const currency = names.find((n) => text.startsWith(n.name, numberEnd));
    const unitRange = currency ? { start: numberEnd, end: numberEnd + currency.name.length } : undefined;
    quantities.push({
      value,
      kind: currency ? 'money' : 'count',
      ...(currency ? { currency: currency.code } : {}),
      range: { start, end: unitRange?.end ?? numberEnd },
      numberRange: { start, end: numberEnd },
      ...(unitRange ? { unitRange } : {}),
    });
  }
  return quantities;
}

function japaneseDigitQuantities(text: string, currencies: JapaneseCurrencyNames): Quantity[] {
  const quantities: Quantity[] = [];
  const names = [...currencies, { name: '元', code: 'CNY' }].sort((a, b) => b.name.length - a.name.length);
  let at = 0;
  while (at < text.length) {
    const digit = text.slice(at).search(new RegExp(`[${JA_DIGITS}]`));
    if (digit < 0) break;
    const start = at + digit;
    const before = text[start - 1] ?? '';
    // Part of a model name or code (GPT-4o, H100), after a decimal point already read, or an ordinal (第2).
    if (/[A-Za-zＡ-Ｚａ-ｚ_\-.．第]/.test(before)) {
      at = skipNumber(text, start);
      continue;
    }
    let symbol: string | undefined;
    if (/[$＄€£¥]/.test(before)) symbol = before;
    const read = readJapaneseNumber(text, start);
    if (!read) {
      at = start + 1;
      continue;
    }
    const { value, end: numberEnd, digitsOnly } = read;
    at = numberEnd;
    if (/[A-Za-zＡ-Ｚａ-ｚ]/.test(text[numberEnd] ?? '') && !japaneseLatinUnit().test(text.slice(numberEnd))) continue;
    const rest = text.slice(numberEnd).replace(/^\s/, '');
    const gap = text.slice(numberEnd).length - rest.length;
    let kind: QuantityKind = 'count';
    let currency: string | undefined;
    let unit: Unit | undefined;
    let unitRange: OffsetRange | undefined;
    let latinUnit = false;
    const currencyName = names.find((n) => rest.startsWith(n.name));
    // A katakana unit is a word of its own: キロ of キロバイト is no kilometre, トン of トンネル no ton.
    const unitName = japaneseUnitSpellings().find((u) => rest.startsWith(u.text) && !(u.latin ? /[A-Za-z]/ : /[ァ-ヴー]/).test(rest[u.text.length] ?? ''));
    const scalePrefix = japaneseScalePrefixes().find((p) => text.slice(0, start).endsWith(p.text) && rest.startsWith('度'));
    const percent = JA_PERCENT.exec(rest)?.[0];
    const points = JA_POINTS.exec(rest)?.[0];
    if (currencyName) {
      kind = 'money';
      currency = currencyName.code;
      unitRange = { start: numberEnd + gap, end: numberEnd + gap + currencyName.name.length };
    } else if (symbol) {
      kind = 'money';
      currency = symbol === '€' ? 'EUR' : symbol === '£' ? 'GBP' : symbol === '¥' ? 'JPY' : 'USD';
      unitRange = { start: start - 1, end: start };
    } else if (percent) {
      kind = 'percent';
      unitRange = { start: numberEnd + gap, end: numberEnd + gap + percent.length };
    } else if (points) {
      kind = 'points';
      unitRange = { start: numberEnd + gap, end: numberEnd + gap + points.length };
    } else if (scalePrefix) {
      // 摂氏20度: the scale before the number is its unit.
      kind = 'measure';
      unit = scalePrefix.unit;
      unitRange = { start: start - scalePrefix.text.length, end: start };
    } else if (unitName) {
      kind = 'measure';
      unit = unitName.unit;
      latinUnit = unitName.latin;
      unitRange = { start: numberEnd + gap, end: numberEnd + gap + unitName.text.length };
    } else if (digitsOnly && rest.startsWith('年') && value >= 1900 && value <= 2100) {
      kind = 'year';
    } else if (rest.startsWith('年') && !rest.startsWith('年代')) {
      // 「3年」 on its own is a duration (3年前, 3年で): years as a unit.
      kind = 'measure';
      unit = { dimension: 'time', name: 'year' };
      unitRange = { start: numberEnd + gap, end: numberEnd + gap + 1 };
    } else if (rest.startsWith('分') && !/^分の/.test(rest)) {
      kind = 'measure';
      unit = { dimension: 'time', name: 'minute' };
      unitRange = { start: numberEnd + gap, end: numberEnd + gap + 1 };
    }
    const end = unitRange && unitRange.start >= numberEnd ? unitRange.end : numberEnd;
    const approximate =
      /(?:約|およそ|ほぼ|概ね|おおよそ|最大|最低|少なくとも|以上|超)\s*[$＄€£¥]?$/.test(text.slice(Math.max(0, start - 6), start)) ||
      /^(?:超|以上|余り|近く|前後|程度|ほど|あまり)/.test(text.slice(end));
    quantities.push({
      value,
      kind,
      ...(approximate ? { approximate } : {}),
      ...(currency ? { currency } : {}),
      ...(unit ? { unit } : {}),
      range: { start: Math.min(start, unitRange?.start ?? start), end },
      numberRange: { start, end: numberEnd },
      ...(unitRange ? { unitRange } : {}),
      ...(latinUnit ? { latinUnit } : {}),
    });
    if (unitRange && unitRange.end > at) at = unitRange.end;
  }
  return quantities;
}

function skipNumber(text: string, at: number): number {
  let end = at;
  while (end < text.length && /[0-9０-９.,．，]/.test(text[end] ?? '')) end++;
  return end;
}

/** A Japanese number from `start`: digits with 兆/億/万/千 (「1兆2000億」, 「5.5億」, 「550万」). */
function readJapaneseNumber(text: string, start: number): { value: number; end: number; digitsOnly: boolean } | undefined {
  let at = start;
  let total = 0;
  let lastScale = Number.POSITIVE_INFINITY;
  let digitsOnly = true;
  for (;;) {
    JA_NUMBER.lastIndex = at;
    const match = JA_NUMBER.exec(text);
    if (!match) break;
    const digits = halfWidth(match[0]).replace(/,/g, '');
    const number = Number(digits);
    if (!Number.isFinite(number)) break;
    const scaleChar = text[at + match[0].length] ?? '';
    const scale = JA_SCALE[scaleChar];
    if (scale !== undefined && scale < lastScale) {
      total += number * scale;
      lastScale = scale;
      digitsOnly = false;
      at += match[0].length + 1;
      continue;
    }
    // A last group without a scale: the units below the smallest scale read so far (1億2000万5000).
    if (lastScale !== Number.POSITIVE_INFINITY && number >= lastScale) break;
    total += number;
    at += match[0].length;
    break;
  }
  if (at === start) return undefined;
  return { value: total, end: at, digitsOnly };
}

function halfWidth(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[，]/g, ',')
    .replace(/[．]/g, '.');
}

/** Whether two values are the same figure (rounding in the last digit aside; within 5% when either is said to be approximate). */
export function sameValue(a: number, b: number, approximate = false): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= (approximate ? 0.05 : 1e-6) * Math.max(Math.abs(a), Math.abs(b));
}

/** A value as Japanese writes it: 5,500,000 → 550万, 1,250,000,000 → 12億5000万, 2024 → 2024. */
export function formatJapaneseNumber(value: number): string {
  const scales: readonly [number, string][] = [
    [1e12, '兆'],
    [1e8, '億'],
    [1e4, '万'],
  ];
  for (let i = 0; i < scales.length; i++) {
    const [size, name] = scales[i] as [number, string];
    if (Math.abs(value) < size) continue;
    const whole = Math.floor(value / size + 1e-9);
    const rest = value - whole * size;
    if (Math.abs(rest) < 1e-6) return `${whole}${name}`;
    const next = scales[i + 1];
    if (next && Math.abs(rest / next[0] - Math.round(rest / next[0])) < 1e-6) return `${whole}${name}${Math.round(rest / next[0])}${next[1]}`;
    return `${trimDecimal(value / size)}${name}`;
  }
  return trimDecimal(value);
}

function trimDecimal(value: number): string {
  return String(Number(value.toFixed(4)));
}
