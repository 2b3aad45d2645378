/** A katakana fix keeps the translation's own separators where the garble spells the name right, and only there. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withWrittenSeparators } from '../../server/src/core/bilingual/checks/names/separators';

const ROWS: readonly [written: string, fix: string, expected: string][] = [
  // The translator's ・ between the parts spelt right stays; the sounds that differ take the fix's letters.
  ['リップ・ブー・チャン', 'リップブー・タン', 'リップ・ブー・タン'],
  ['ケン・ワタナペ', 'ケン・ワタナベ', 'ケン・ワタナベ'],
  // Separators alike on both sides: the fix as it is.
  ['アフマド・アル＝ダフル', 'アフマド・アル＝ダーレ', 'アフマド・アル＝ダーレ'],
  // A name written without separators keeps the fix's (run together may be part of the slip).
  ['ジェンスンファン', 'ジェンスン・フアン', 'ジェンスン・フアン'],
  // Nothing spelt alike at either end: the fix as it is.
  ['テンセント', 'テンストレント', 'テンストレント'],
  ['マクロン', 'マイクロン', 'マイクロン'],
  // Not katakana on both sides: the fix as it is.
  ['Lunar Lake', 'Panther Lake', 'Panther Lake'],
];

describe('a katakana fix with the translation’s separators', () => {
  for (const [written, fix, expected] of ROWS) {
    it(`fixes 「${written}」 with 「${fix}」 as 「${expected}」`, () => assert.equal(withWrittenSeparators(written, fix), expected));
  }
});
