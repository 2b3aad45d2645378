/** swappedSounds: the same sounds with two of them swapped, and the pairs it must refuse (its letter-sum pre-check included). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { swappedSounds } from '../../server/src/core/similarity';

describe('swapped sounds', () => {
  const swapped: [string, string][] = [
    ['マクス', 'マスク'],
    ['ロルドフ', 'ロドルフ'],
    ['ハモン', 'モハン'],
    // Two sounds one apart (ク and フ around ル).
    ['デュクルフ', 'デュフルク'],
  ];
  for (const [a, b] of swapped) it(`${a} / ${b}`, () => assert.equal(swappedSounds(a, b), true));

  const not: [string, string, string][] = [
    ['マスク', 'マスク', 'the same word'],
    ['マクス', 'マクト', 'other letters'],
    ['ハモ', 'モハ', 'fewer than three sounds'],
    ['アイウエオ', 'オイウエア', 'swapped too far apart'],
    ['アイウエ', 'イアエウ', 'two swaps'],
    // Same letters, but デュ and ク trade places across a sound: three sounds differ.
    ['デュクルフ', 'クルデュフ', 'a sound moved, not swapped'],
    ['マクスー', 'マスクア', 'a letter more of one kind'],
  ];
  for (const [a, b, why] of not) it(`not ${a} / ${b}: ${why}`, () => assert.equal(swappedSounds(a, b), false));
});
