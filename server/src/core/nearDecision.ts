/**
 * A local sequence detector's decision after an edit (SequenceDetector.locality): only the verdicts of the items
 * within reach of the chunks whose items changed are made again, over those chunks and the ones they read; every
 * other verdict is the last decision's, its ordinal moved by the change in the number of items before it.
 */
import type { Locality } from './detectors/detector';
import type { Finding } from './types';

/** The chunks whose verdicts are made again (`from`–`to`) and the chunks that decision reads (`readFrom`–`readTo`), ends excluded. */
export interface NearRange {
  readonly from: number;
  readonly to: number;
  readonly readFrom: number;
  readonly readTo: number;
}

/**
 * The chunks to decide again after an edit that changed the items of chunks [changedFrom, changedTo) of this
 * version (the chunks before and after are the very lists of the last version, in order).
 */
export function nearRange(lists: readonly (readonly unknown[])[], changedFrom: number, changedTo: number, locality: Locality): NearRange {
  const count = lists.length;
  // An item reads `before` chunks back and `after` ahead: those within `after` before the change and `before` after it read a changed chunk.
  const from = stepBack(lists, changedFrom, locality.after, locality.counting);
  const to = stepAhead(lists, changedTo, locality.before, locality.counting);
  return {
    from,
    to,
    readFrom: stepBack(lists, from, locality.before, locality.counting),
    readTo: Math.min(count, stepAhead(lists, to, locality.after, locality.counting)),
  };
}

/** The first chunk of the `steps` chunks (those with items, when counted so) before `at`, or 0 when there are fewer. */
function stepBack(lists: readonly (readonly unknown[])[], at: number, steps: number, counting: Locality['counting']): number {
  if (counting === 'chunks') return Math.max(0, at - steps);
  let k = at;
  for (let found = 0; found < steps && k > 0;) if ((lists[--k] as readonly unknown[]).length > 0) found++;
  return k;
}

/** One past the last chunk of the `steps` chunks (those with items, when counted so) from `at` on, or the count when there are fewer. */
function stepAhead(lists: readonly (readonly unknown[])[], at: number, steps: number, counting: Locality['counting']): number {
  const count = lists.length;
  if (counting === 'chunks') return Math.min(count, at + steps);
  let k = at;
  for (let found = 0; found < steps && k < count; k++) if ((lists[k] as readonly unknown[]).length > 0) found++;
  return k;
}

/**
 * The last decision's verdicts of the items outside [from, to), moved to this version's ordinals, with the
 * near decision's verdicts of the items inside (`near`: by ordinal among the items of the chunks read, from `readFrom`).
 * `starts`/`lastStarts`: each version's ordinal of each chunk's first item (and the total); `lastCount` chunks before.
 */
export function mergedVerdicts(
  last: ReadonlyMap<number, readonly Finding[]>,
  near: ReadonlyMap<number, readonly Finding[]>,
  range: NearRange,
  starts: Int32Array,
  lastStarts: Int32Array,
  lastCount: number,
): Map<number, readonly Finding[]> {
  const count = starts.length - 1;
  const firstNear = starts[range.from] as number;
  const endNear = starts[range.to] as number;
  // The chunks from `to` on are the last version's from `to - count + lastCount` on.
  const lastEnd = lastStarts[range.to - count + lastCount] as number;
  const shift = endNear - lastEnd;
  const offset = starts[range.readFrom] as number;
  const verdicts = new Map<number, readonly Finding[]>();
  for (const [ordinal, findings] of last) if (ordinal < firstNear) verdicts.set(ordinal, findings);
  for (const [ordinal, findings] of near) {
    const at = ordinal + offset;
    if (at >= firstNear && at < endNear) verdicts.set(at, findings);
  }
  for (const [ordinal, findings] of last) if (ordinal >= lastEnd) verdicts.set(ordinal + shift, findings);
  return verdicts;
}
