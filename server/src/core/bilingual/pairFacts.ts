/** What each side of an aligned pair contains, in file offsets: quantities, Latin words, addresses. Cached per pair. */
import type { OffsetRange } from '../types';
import type { AlignedPair } from './alignment';
import { englishMonths } from './englishMonths';
import { englishQuantities, japaneseQuantities, quantity, type JapaneseCurrencyNames, type Quantity } from './quantities';
import type { Segment } from './segments';
import { englishVagueQuantities, japaneseVagueQuantities } from './vagueQuantities';
import { withRanges } from './valueRanges';

const sourceCache = new WeakMap<AlignedPair, readonly Quantity[]>();
const targetCache = new WeakMap<AlignedPair, readonly Quantity[]>();

/** The source's quantities, with those given as a magnitude only (hundreds of thousands). */
export function sourceQuantities(pair: AlignedPair): readonly Quantity[] {
  let found = sourceCache.get(pair);
  if (!found) {
    found = pair.source.flatMap((segment) =>
      quantitiesOf(segment, (text) => [...withRanges(englishQuantities(text), text, 'en'), ...englishVagueQuantities(text), ...englishMonths(text)]),
    );
    sourceCache.set(pair, found);
  }
  return found;
}

export function targetQuantities(pair: AlignedPair, currencies: JapaneseCurrencyNames): readonly Quantity[] {
  let found = targetCache.get(pair);
  if (!found) {
    found = pair.target.flatMap((segment) =>
      quantitiesOf(segment, (text) => [
        ...withRanges(
          japaneseQuantities(text, currencies).map((q) => (isMonthName(q, text) ? quantity({ ...q, kind: 'month' }) : q)),
          text,
          'ja',
        ),
        ...japaneseVagueQuantities(text),
      ]),
    );
    targetCache.set(pair, found);
  }
  return found;
}

/** 12月, 3月: the name of a month (English writes December, March), a month and no count; a duration is 3か月. */
function isMonthName(q: Quantity, text: string): boolean {
  return q.kind === 'count' && Number.isInteger(q.value) && q.value >= 1 && q.value <= 12 && text[q.numberRange.end] === '月';
}

export function quantitiesOf(segment: Segment, read: (text: string) => Quantity[]): Quantity[] {
  return segment.pieces.flatMap((piece) => read(piece.text).map((q) => shiftQuantity(q, piece.start)));
}

function shiftQuantity(q: Quantity, by: number): Quantity {
  const shift = (r: OffsetRange): OffsetRange => ({ start: r.start + by, end: r.end + by });
  return { ...q, range: shift(q.range), numberRange: shift(q.numberRange), ...(q.unitRange ? { unitRange: shift(q.unitRange) } : {}) };
}

export interface Word {
  readonly text: string;
  readonly range: OffsetRange;
}

const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*(?:[-'.][A-Za-z0-9]+)*/g;
const KATAKANA_WORD = /[ァ-ヴー][ァ-ヴー・＝]*[ァ-ヴー]|[ァ-ヴ]/g;
const URL = /\b(?:https?:\/\/)?(?:[a-z0-9-]+\.)+(?:com|org|net|io|ai|jp|co|dev|app|gov|edu)\b(?:\/[^\s)」』、。]*)?/gi;

/** Latin words in a segment, in file offsets. */
export function latinWords(segment: Segment): Word[] {
  return wordsOf(segment, LATIN_WORD);
}

export function katakanaWords(segment: Segment): Word[] {
  return wordsOf(segment, KATAKANA_WORD);
}

export function urls(segment: Segment): Word[] {
  return wordsOf(segment, URL);
}

function wordsOf(segment: Segment, pattern: RegExp): Word[] {
  return segment.pieces.flatMap((piece) =>
    [...piece.text.matchAll(pattern)].map((m) => ({ text: m[0], range: { start: piece.start + m.index, end: piece.start + m.index + m[0].length } })),
  );
}

/** The host of a web address, lower-cased: what both languages write the same. */
export function urlKey(url: string): string {
  return url
    .replace(/^https?:\/\//i, '')
    .replace(/\/.*$/, '')
    .replace(/^www\./i, '')
    .toLowerCase();
}

/** The text of a range inside a pair's target (a range outside every piece reads as empty). */
export function targetSlice(pair: AlignedPair, range: OffsetRange): string {
  for (const segment of pair.target) {
    for (const piece of segment.pieces) {
      if (piece.start <= range.start && range.end <= piece.start + piece.text.length)
        return piece.text.slice(range.start - piece.start, range.end - piece.start);
    }
  }
  return '';
}
