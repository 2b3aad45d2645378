/** Offset-range arithmetic shared by detectors and fixes. */
import type { OffsetRange } from './types';

export function rangesOverlap(a: OffsetRange, b: OffsetRange): boolean {
  return a.start < b.end && b.start < a.end;
}

export function overlapsAny(ranges: readonly OffsetRange[], range: OffsetRange): boolean {
  return ranges.some((r) => rangesOverlap(r, range));
}

export function contains(range: OffsetRange, offset: number): boolean {
  return range.start <= offset && offset <= range.end;
}

/** Keeps the highest-ranked of overlapping items, in document order. */
export function keepBestNonOverlapping<T extends { readonly range: OffsetRange }>(items: readonly T[], rank: (item: T) => number): T[] {
  const kept: T[] = [];
  for (const item of [...items].sort((a, b) => rank(b) - rank(a))) {
    if (
      !overlapsAny(
        kept.map((k) => k.range),
        item.range,
      )
    )
      kept.push(item);
  }
  return kept.sort((a, b) => a.range.start - b.range.start);
}
