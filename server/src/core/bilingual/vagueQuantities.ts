/**
 * Quantities given only as an order of magnitude: "dozens of", "several hundred", "hundreds of thousands",
 * "tens of millions of dollars" in English; 数十, 数百, 数十万, 数千万, 数億 in Japanese. Each is read as its
 * power of ten (hundreds of thousands ↔ 数十万 ↔ 100,000), so that 数万 for "hundreds of thousands" is
 * another figure. Read for the source checks only: the translation's own detectors see no figure in them.
 */
import type { OffsetRange } from '../types';
import { quantity, type Quantity } from './quantities';
import { englishUnit, japaneseUnitSpellings, type Unit } from './units';

const EN_POWER: Record<string, number> = { dozen: 1, hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12 };

/**
 * "tens of thousands", "hundreds of millions" (a multiple of a plural scale), "several hundred thousand",
 * "a few million", "dozens", "hundreds", "thousands", "millions" (a plural scale alone before "of").
 */
const EN_VAGUE = new RegExp(
  String.raw`\b(?:(tens|hundreds|dozens) of (thousands|millions|billions|trillions)` +
    String.raw`|(?:several|a few) (dozen|hundred|thousand|million|billion)(?: (thousand|million|billion))?` +
    String.raw`|(dozens|hundreds|thousands|millions|billions|trillions)(?= of\b))\b`,
  'gi',
);

const powerOf = (word: string): number => EN_POWER[word.toLowerCase().replace(/s$/, '')] ?? 0;

export function englishVagueQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(EN_VAGUE)) {
    const [whole, multiple, scale, several, severalScale, alone] = match;
    let power: number;
    if (multiple && scale) power = (multiple.toLowerCase() === 'tens' || multiple.toLowerCase() === 'dozens' ? 1 : 2) + powerOf(scale);
    else if (several) power = powerOf(several) + (severalScale ? powerOf(severalScale) : 0);
    else power = powerOf(alone ?? '');
    if (power <= 0) continue;
    const numberRange: OffsetRange = { start: match.index, end: match.index + whole.length };
    // A unit after it: "several hundred megawatts", "hundreds of gigawatts".
    const after = /^(?: of)?[\s-]([A-Za-z]+)/.exec(text.slice(numberRange.end));
    const unit = after?.[1] ? englishUnit(after[1]) : undefined;
    found.push(measured(power, numberRange, unit, after ? numberRange.end + after[0].length : numberRange.end, after?.[1]?.length ?? 0));
  }
  return found;
}

/** A magnitude, with the unit after it when there is one (the range then runs to the unit's end). */
function measured(power: number, numberRange: OffsetRange, unit: Unit | undefined, unitEnd: number, unitLength: number, latinUnit = false): Quantity {
  if (!unit) return quantity({ value: 10 ** power, kind: 'vague', range: numberRange, numberRange });
  const unitRange = { start: unitEnd - unitLength, end: unitEnd };
  return quantity({ value: 10 ** power, kind: 'vague', unit, range: { start: numberRange.start, end: unitEnd }, numberRange, unitRange, latinUnit });
}

const JA_POWER: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 億: 8, 兆: 12 };

/** 数十, 数百, 数千, 数万, 数十万, 数百万, 数千万, 数億, 数十億…, and 何十/何百/何千/何万 (何百もの). */
const JA_VAGUE = /[数何]([十百千])?([万億兆])?/g;

export function japaneseVagueQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(JA_VAGUE)) {
    const [whole, small, large] = match;
    if (!small && !large) continue;
    const before = text[match.index - 1] ?? '';
    if (COUNTED_BY.test(before)) continue;
    // 数十年, 数百年 are durations, 何千 inside 何千回 is still a count; the figure is the magnitude alone.
    const power = (small ? (JA_POWER[small] ?? 0) : 0) + (large ? (JA_POWER[large] ?? 0) : 0);
    const numberRange: OffsetRange = { start: match.index, end: match.index + whole.length };
    const rest = text.slice(numberRange.end);
    const unit = japaneseUnitSpellings().find((u) => rest.startsWith(u.text) && !/[ァ-ヴーA-Za-z]/.test(rest[u.text.length] ?? ''));
    found.push(measured(power, numberRange, unit?.unit, numberRange.end + (unit?.text.length ?? 0), unit?.text.length ?? 0, unit?.latin));
  }
  return found;
}

/**
 * Kanji that make a word with 数 (件数, 人数, 多数, 指数): 参加者数十万人 may be 参加者数・十万人. Other kanji may
 * stand before a magnitude (毎分数万件, 約数百人).
 */
const COUNTED_BY = /[件人台回個総多少点者社株枚日年月票基口部本戸帯係変関指整倍無複半定級員席品問字語種]/;

/** A power of ten as Japanese says "some" of it: 100 → 数百, 100,000 → 数十万, 10,000,000 → 数千万. */
export function formatVagueJapanese(value: number): string | undefined {
  const power = Math.round(Math.log10(value));
  if (power < 1 || power > 15) return undefined;
  const large = power >= 12 ? '兆' : power >= 8 ? '億' : power >= 4 ? '万' : '';
  const small = ['', '十', '百', '千'][power - (large === '兆' ? 12 : large === '億' ? 8 : large === '万' ? 4 : 0)] ?? '';
  return `数${small}${large}`;
}
