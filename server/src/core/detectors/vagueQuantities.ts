/**
 * Vague numbers with a magnitude word, as translation writes "millions" or "billions": 「数十億基」,
 * 「数百万ドル」. A slip of 万/億/兆 in them is as common as in exact numbers, and a range of values
 * (several tens of billions: 2×10^9 to 9.9×10^10) is enough to see that a quantity cannot be of its kind.
 */
import { quantity, type JapaneseCurrencyNames, type Quantity } from '../bilingual/quantities';
import type { OffsetRange } from '../types';

const VAGUE = /数(十|百|千)?(万|億|兆)/g;
const STEP: Readonly<Record<string, readonly [number, number]>> = { '': [2, 9], 十: [20, 99], 百: [200, 999], 千: [2000, 9999] };
const SCALE: Readonly<Record<string, number>> = { 万: 1e4, 億: 1e8, 兆: 1e12 };
const SCALES = ['万', '億', '兆'];

export interface VagueQuantity {
  /** As a quantity, with its lowest value. */
  readonly quantity: Quantity;
  readonly low: number;
  readonly high: number;
  /** The magnitude word: what a fix changes. */
  readonly scaleWord: string;
  readonly scaleRange: OffsetRange;
}

export function vagueQuantities(text: string, currencies: JapaneseCurrencyNames): VagueQuantity[] {
  const found: VagueQuantity[] = [];
  for (const match of text.matchAll(VAGUE)) {
    const [whole, step = '', scaleWord = ''] = match;
    const [lowStep, highStep] = STEP[step] ?? [2, 9];
    const scale = SCALE[scaleWord] ?? 1;
    const start = match.index;
    const numberEnd = start + whole.length;
    const currency = currencies.find((c) => text.startsWith(c.name, numberEnd));
    const unitRange = currency ? { start: numberEnd, end: numberEnd + currency.name.length } : undefined;
    found.push({
      quantity: quantity({
        value: lowStep * scale,
        kind: currency ? 'money' : 'count',
        currency: currency?.code,
        approximate: true,
        range: { start, end: unitRange?.end ?? numberEnd },
        numberRange: { start, end: numberEnd },
        unitRange,
      }),
      low: lowStep * scale,
      high: (highStep + 0.99) * scale,
      scaleWord,
      scaleRange: { start: numberEnd - 1, end: numberEnd },
    });
  }
  return found;
}

/** The magnitude word one step up or down (万 → 億), or undefined past 兆 or below 万. */
export function shiftedScale(word: string, up: boolean): string | undefined {
  const at = SCALES.indexOf(word);
  return at < 0 ? undefined : SCALES[at + (up ? 1 : -1)];
}

/** How much a step of the magnitude word multiplies by. */
export const SCALE_STEP = 1e4;
