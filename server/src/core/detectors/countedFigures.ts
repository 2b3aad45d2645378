/**
 * Figures other than money that a 万/億/兆 or a unit prefix can slip in: counts with a magnitude word and a
 * counter (「10万基」, 「2億人」) and measures with a prefixed unit (「1.2ギガワット」, 「36GB」), for the
 * wrong-magnitude check's "the same figure elsewhere in the document" comparison.
 */
import { japaneseQuantities, type JapaneseCurrencyNames } from '../bilingual/quantities';
import type { OffsetRange } from '../types';

/** Counters after a number that say what it counts (a figure of one kind is compared only with its kind). */
const COUNTERS = ['パラメータ', 'パラメーター', 'トークン', '人', '基', '枚', '台', '個', '社', '件'];
/** Unit prefixes by the first letter of the unit's canonical name (GW, MWh, TB). */
const PREFIX_SCALE: Readonly<Record<string, number>> = { P: 1e15, T: 1e12, G: 1e9, M: 1e6, k: 1e3 };
/** Dimensions whose units differ only by a prefix: the slips between them are the prefix's powers of ten. */
const PREFIXED_DIMENSIONS = new Set(['power', 'data']);

export interface CountedFigure {
  /** The number (with 万/億/兆) as written, in the text's offsets. */
  readonly numberRange: OffsetRange;
  /** The unit, for a measure: the part a prefix slip changes. */
  readonly unitRange: OffsetRange | undefined;
  /** In base units (watts, bytes, things counted). */
  readonly value: number;
  /** What it is a figure of: `count:基`, `power:W`, `power:Wh`, `data:B`. */
  readonly kind: string;
  /** The digits as written, without separators (「1.2」 of 1.2ギガワット, 「10」 of 10万基). */
  readonly digits: string;
}

export function countedFigures(text: string, currencies: JapaneseCurrencyNames): CountedFigure[] {
  const figures: CountedFigure[] = [];
  for (const quantity of japaneseQuantities(text, currencies)) {
    const number = text.slice(quantity.numberRange.start, quantity.numberRange.end);
    const digits = (/^[0-9０-９][0-9０-９,，.．]*/.exec(number.normalize('NFKC'))?.[0] ?? '').replace(/,/g, '');
    if (digits === '') continue;
    if (quantity.kind === 'measure' && quantity.unit && quantity.unitRange && PREFIXED_DIMENSIONS.has(quantity.unit.dimension)) {
      const scale = PREFIX_SCALE[quantity.unit.name[0] ?? ''];
      if (scale === undefined || /[万億兆]/.test(number)) continue;
      figures.push({
        numberRange: quantity.numberRange,
        unitRange: quantity.unitRange,
        value: quantity.value * scale,
        kind: `${quantity.unit.dimension}:${quantity.unit.name.slice(1)}`,
        digits,
      });
    } else if (quantity.kind === 'count' && /[万億兆]/.test(number)) {
      const rest = text
        .slice(quantity.numberRange.end, quantity.numberRange.end + 8)
        .replace(/^\s/, '')
        .replace(/^個の/, '');
      const counter = COUNTERS.find((c) => rest.startsWith(c));
      if (counter) figures.push({ numberRange: quantity.numberRange, unitRange: undefined, value: quantity.value, kind: `count:${counter}`, digits });
    }
  }
  return figures;
}
