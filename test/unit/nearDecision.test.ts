/** Which chunks a local sequence check decides again after an edit, and how the kept verdicts move. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locality } from '../../server/src/core/detectors/detector';
import { makeFinding } from '../../server/src/core/finding';
import { mergedVerdicts, nearRange } from '../../server/src/core/nearDecision';

/** Chunk lists from a pattern: each letter a chunk, `x` one with an item, `.` one without. */
const lists = (pattern: string): (readonly unknown[])[] => [...pattern].map((c) => (c === 'x' ? [c] : []));

const BACK_TEN: Locality = { before: 10, after: 0, counting: 'chunks' };
const NEIGHBOURS: Locality = { before: 1, after: 1, counting: 'chunksWithItems' };

describe('the chunks decided again near an edit', () => {
  const cases: [string, string, number, number, Locality, { from: number; to: number; readFrom: number; readTo: number }][] = [
    ['ten chunks back: those after the change within ten read it', 'x'.repeat(30), 12, 13, BACK_TEN, { from: 12, to: 23, readFrom: 2, readTo: 23 }],
    ['ten chunks back, near the start and the end', 'x'.repeat(8), 3, 4, BACK_TEN, { from: 3, to: 8, readFrom: 0, readTo: 8 }],
    ['a neighbour each side, past chunks without items', 'x..x.x..x', 5, 6, NEIGHBOURS, { from: 3, to: 9, readFrom: 0, readTo: 9 }],
    ['a neighbour each side, chunks removed (none changed in this version)', 'xx.xx', 2, 2, NEIGHBOURS, { from: 1, to: 4, readFrom: 0, readTo: 5 }],
    ['no neighbour before the first chunk', 'x.x', 0, 1, NEIGHBOURS, { from: 0, to: 3, readFrom: 0, readTo: 3 }],
  ];
  for (const [why, pattern, changedFrom, changedTo, locality, expected] of cases)
    it(why, () => assert.deepEqual(nearRange(lists(pattern), changedFrom, changedTo, locality), expected));
});

describe('the verdicts after a near decision', () => {
  const finding = (message: string) =>
    makeFinding({ code: 'test', range: { start: 0, end: 1 }, message, confidence: 0.5, explanation: { problem: message, reasons: [] }, replacements: [] });
  const [early, near, late, fresh] = ['early', 'near', 'late', 'fresh'].map((m) => [finding(m)]) as [
    ReturnType<typeof finding>[],
    ReturnType<typeof finding>[],
    ReturnType<typeof finding>[],
    ReturnType<typeof finding>[],
  ];

  it('keeps those before, takes the new ones in the range, and moves those after by the items added', () => {
    // Four chunks of one item each before; the third gets two items. Chunks 1–3 decided again, read from chunk 0.
    const lastStarts = Int32Array.from([0, 1, 2, 3, 4]);
    const starts = Int32Array.from([0, 1, 2, 4, 5]);
    const last = new Map([
      [0, early],
      [2, near],
      [3, late],
    ]);
    // The near decision's ordinals count from chunk 0 (readFrom): ordinal 3 is the second item of chunk 2.
    const decided = new Map([
      [0, fresh],
      [3, fresh],
    ]);
    const merged = mergedVerdicts(last, decided, { from: 1, to: 3, readFrom: 0, readTo: 4 }, starts, lastStarts, 4);
    assert.deepEqual(
      [...merged].sort((a, b) => a[0] - b[0]),
      [
        [0, early],
        [3, fresh],
        [4, late],
      ],
    );
  });
});
