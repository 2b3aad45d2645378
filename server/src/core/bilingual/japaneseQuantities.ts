/** Quantities read from Japanese text: 「550万ドル」, 「40パーセント」, 「5ギガワット」, 「摂氏20度」, 「三百万ドル」. */
import type { OffsetRange } from '../types';
import { quantity, type JapaneseCurrencyNames, type Quantity, type QuantityKind } from './quantities';
import { JA_DIGITS, JA_SCALE, kanjiBelowTenThousand, readJapaneseNumber } from './japaneseNumerals';
import { japaneseLatinUnit, japaneseScalePrefixes, japaneseUnitSpellings, type Unit } from './units';

const JA_PERCENT = /^(?:%|％|パーセント)/;
const JA_POINTS = /^ポイント/;

/** The last text read and its quantities: three detectors of a chunk read the same text's (a fresh array each, the same objects). */
let lastRead: { readonly text: string; readonly currencies: JapaneseCurrencyNames; readonly quantities: readonly Quantity[] } | undefined;

/** Quantities written in a Japanese text (offsets into it), in digits or in kanji before 万/億/兆 (三百万). */
export function japaneseQuantities(text: string, currencies: JapaneseCurrencyNames): Quantity[] {
  if (lastRead?.text === text && lastRead.currencies === currencies) return [...lastRead.quantities];
  const inDigits = japaneseDigitQuantities(text, currencies);
  const inKanji = kanjiQuantities(text, currencies).filter((k) => !inDigits.some((d) => d.range.start < k.range.end && k.range.start < d.range.end));
  const quantities = [...inDigits, ...inKanji].sort((a, b) => a.range.start - b.range.start);
  lastRead = { text, currencies, quantities };
  return [...quantities];
}

const withYuan = new WeakMap<JapaneseCurrencyNames, JapaneseCurrencyNames>();

/** The currency names and 元, longest first (sorted once per list, not once per text). */
function namesWithYuan(currencies: JapaneseCurrencyNames): JapaneseCurrencyNames {
  let names = withYuan.get(currencies);
  if (!names) {
    names = [...currencies, { name: '元', code: 'CNY' }].sort((a, b) => b.name.length - a.name.length);
    withYuan.set(currencies, names);
  }
  return names;
}

const DIGIT = new RegExp(`[${JA_DIGITS}]`, 'g');

/** Kanji numbers with a scale (三百万ドル, 二十億): only with 万/億/兆, where a kanji numeral is surely a number. */
function kanjiQuantities(text: string, currencies: JapaneseCurrencyNames): Quantity[] {
  const names = namesWithYuan(currencies);
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
    const range = { start, end: unitRange?.end ?? numberEnd };
    quantities.push(
      quantity({ value, kind: currency ? 'money' : 'count', currency: currency?.code, range, numberRange: { start, end: numberEnd }, unitRange }),
    );
  }
  return quantities;
}

/** GPU2基, CPU8個: a count of processors written straight after their name, not a model number such as H100 or TPU v5. */
const PROCESSOR_COUNT = /(?:^|[^A-Za-z])(?:[CGTNDL]PU|ASIC|SoC)$/;
const COUNTER_AFTER = /^\d{1,3}(?:基|個|台|枚|つ)/;
function countAfterProcessorName(text: string, start: number): boolean {
  return PROCESSOR_COUNT.test(text.slice(Math.max(0, start - 6), start)) && COUNTER_AFTER.test(text.slice(start, start + 5));
}

/** 「278万GPU時間」: a count of GPU hours, though Latin letters follow its number. */
const GPU_HOURS = /^[GT]PU・?時間/;

function japaneseDigitQuantities(text: string, currencies: JapaneseCurrencyNames): Quantity[] {
  const quantities: Quantity[] = [];
  const names = namesWithYuan(currencies);
  let at = 0;
  while (at < text.length) {
    DIGIT.lastIndex = at;
    const digit = DIGIT.exec(text);
    if (!digit) break;
    const start = digit.index;
    const before = text[start - 1] ?? '';
    // Part of a model name or code (GPT-4o, H100), after a decimal point already read, or an ordinal (第2).
    if (/[A-Za-zＡ-Ｚａ-ｚ_\-.．第]/.test(before) && !countAfterProcessorName(text, start)) {
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
    const { digitsOnly } = read;
    let value = read.value;
    let numberEnd = read.end;
    // 256Kトークン, $5M: a Latin letter of scale after the digits is part of the number.
    const latinScale = digitsOnly ? latinScaleAfter(text, numberEnd, symbol !== undefined) : undefined;
    if (latinScale !== undefined) {
      value *= latinScale;
      numberEnd += 1;
    }
    at = numberEnd;
    // 2026年3月期: a fiscal year named by the month it ends, which English names by its start as often as by its end (fiscal
    // 2025, FY2026): no year to compare.
    if (/^年[0-9０-９]{1,2}月期/.test(text.slice(numberEnd))) continue;
    // 20数社: twenty-odd, no figure to compare.
    if (/^数(?![字値学量式])/.test(text.slice(numberEnd))) continue;
    // 2ダース: dozens of what follows, as the source's "two dozen".
    const dozens = text.startsWith('ダース', numberEnd);
    if (dozens) value *= 12;
    if (/[A-Za-zＡ-Ｚａ-ｚ]/.test(text[numberEnd] ?? '') && !japaneseLatinUnit().test(text.slice(numberEnd)) && !GPU_HOURS.test(text.slice(numberEnd)))
      continue;
    const rest = text.slice(numberEnd).replace(/^\s/, '');
    const gap = text.slice(numberEnd).length - rest.length;
    let kind: QuantityKind = 'count';
    let currency: string | undefined;
    let unit: Unit | undefined;
    let unitRange: OffsetRange | undefined;
    let latinUnit = false;
    const currencyName = names.find((n) => rest.startsWith(n.name));
    // A short katakana unit is a word of its own: キロ of キロバイト is no kilometre, トン of トンネル no ton.
    // A whole unit name of four letters or more stays one before a katakana word (2ナノメートルチップ).
    const unitName = japaneseUnitSpellings().find(
      (u) => rest.startsWith(u.text) && !(u.latin ? /[A-Za-z]/ : u.text.length >= 4 ? /[ー]/ : /[ァ-ヴー]/).test(rest[u.text.length] ?? ''),
    );
    // 摂氏20度, 華氏約68度: the scale before the number, perhaps with a word of approximation between.
    const preceding = text.slice(0, start);
    const scalePrefix = rest.startsWith('度')
      ? japaneseScalePrefixes()
          .map((p) => ({ ...p, at: new RegExp(`${p.text}(?:約|およそ|ほぼ)?$`).exec(preceding)?.index }))
          .find((p) => p.at !== undefined)
      : undefined;
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
      unitRange = {
        start: scalePrefix.at ?? start - scalePrefix.text.length,
        end: (scalePrefix.at ?? start - scalePrefix.text.length) + scalePrefix.text.length,
      };
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
    } else if (/^日(?:で|後|前|以内|ほど|程度|余り|あまり|近く|にわた|に及|かけ|かか|も|連続|分)/.test(rest) && !/月\s*$/.test(text.slice(0, start))) {
      // 「3日で」「10日後」 is a number of days; 「5月3日」 is a date.
      kind = 'measure';
      unit = { dimension: 'time', name: 'day' };
      unitRange = { start: numberEnd + gap, end: numberEnd + gap + 1 };
    } else if (rest.startsWith('分') && !/^分の/.test(rest)) {
      kind = 'measure';
      unit = { dimension: 'time', name: 'minute' };
      unitRange = { start: numberEnd + gap, end: numberEnd + gap + 1 };
    }
    let end = unitRange && unitRange.start >= numberEnd ? unitRange.end : numberEnd;
    // 4時間半, 2年半, 3か月半: half a unit of time more (the source's 4.5 hours).
    const half = kind === 'measure' && unit?.dimension === 'time' && text[end] === '半';
    if (half) {
      value += 0.5;
      end += 1;
    }
    const approximate =
      /(?:約|およそ|ほぼ|概ね|おおよそ|最大|最低|少なくとも|以上|超)\s*[$＄€£¥]?$/.test(text.slice(Math.max(0, start - 6), start)) ||
      /^(?:超|以上|余り|近く|前後|程度|ほど|あまり)/.test(text.slice(end));
    const range = { start: Math.min(start, unitRange?.start ?? start), end };
    const fiscal = kind === 'year' && rest.startsWith('年度');
    quantities.push(
      quantity({ value, kind, approximate, currency, unit, range, numberRange: { start, end: numberEnd }, unitRange, latinUnit, half, dozens, fiscal }),
    );
    if (unitRange && unitRange.end > at) at = unitRange.end;
  }
  return quantities;
}

/** The Latin letters English writes for thousand, million and billion after digits (256K, $5M, $1.2B). */
const LATIN_SCALES: Readonly<Record<string, number>> = { K: 1e3, k: 1e3, M: 1e6, B: 1e9 };
/** What a number with a Latin letter of scale counts in a Japanese sentence: tokens, parameters (7Bモデル is a model's name). */
const LATIN_SCALED_COUNT = /^(?:トークン|パラメー?タ)/;

/**
 * The factor of a Latin letter of scale right after the digits at `end` (K, M, B), when the number is money (after $, €, £)
 * or counts tokens or parameters; undefined for a unit (5MW, 512MB) or a name (Llama 3 8B, 7B」).
 */
export function latinScaleAfter(text: string, end: number, money: boolean): number | undefined {
  const factor = LATIN_SCALES[text[end] ?? ''];
  if (factor === undefined) return undefined;
  const after = text.slice(end + 1);
  if (/^[A-Za-z0-9]/.test(after)) return undefined;
  return money || LATIN_SCALED_COUNT.test(after) ? factor : undefined;
}

function skipNumber(text: string, at: number): number {
  let end = at;
  while (end < text.length && /[0-9０-９.,．，]/.test(text[end] ?? '')) end++;
  return end;
}
