import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { heardSimilarity, soundsOf } from '../../server/src/core/heardAlike';
import { MIN_ALIKE } from '../../server/src/core/detectors/heardName';

describe('heardAlike: how alike two words sound to ears writing a name', () => {
  it('reads ch, sh and ts as one sound each', () => {
    assert.deepEqual(soundsOf('チェシャー'), ['C', 'e', 'S', 'a']);
  });

  // Slips ears make: voicing, v/b/f, a vowel added after a final consonant, a neighbouring vowel, a lost ending.
  const alike: readonly (readonly [string, string])[] = [
    ['ネビアース', 'ネビウス'],
    ['クルーゾウ', 'クルーソー'],
    ['グロッコ', 'グロック'],
    ['マヨラーヌ', 'マヨラナ'],
    ['メンビス', 'メンフィス'],
    ['グリーカー', 'クリーガー'],
    ['サイクォンタス', 'サイクオンタム'],
  ];
  for (const [written, known] of alike) {
    it(`hears 「${written}」 as 「${known}」`, () => {
      assert.ok(heardSimilarity(written, known) >= MIN_ALIKE, `${heardSimilarity(written, known)}`);
    });
  }

  // Other names: a different consonant frame, or a different word altogether.
  const apart: readonly (readonly [string, string])[] = [
    ['クルーソー', 'クローム'],
    ['ネビウス', 'ネクサス'],
    ['ジェンスン', 'ジョンソン'],
    ['メンフィス', 'メンター'],
    ['ブラウン', 'クライン'],
    ['テスラ', 'テンサー'],
  ];
  for (const [a, b] of apart) {
    it(`tells 「${a}」 from 「${b}」`, () => {
      assert.ok(heardSimilarity(a, b) < MIN_ALIKE, `${heardSimilarity(a, b)}`);
    });
  }

  it('is symmetric and 1 for the same sounds', () => {
    assert.equal(heardSimilarity('ネビウス', 'ネビアース'), heardSimilarity('ネビアース', 'ネビウス'));
    assert.equal(heardSimilarity('コーパイロット', 'コパイロット'), 1);
  });
});
