import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { katakanaRuns, stutteredWord } from '../../server/src/core/detectors/katakanaNames/katakanaRuns';
import { letterCounts, similarityAtMost, similarityAtMostBelow } from '../../server/src/core/detectors/katakanaNames/letterCounts';
import { comparableLengthCounts, extendsName, isTruncation, sameOnset } from '../../server/src/core/detectors/katakanaNames/soundShape';
import { foldVariant, isTransliterationVariant, partTarget } from '../../server/src/core/detectors/katakanaNames/transliteration';
import { editSimilarity } from '../../server/src/core/similarity';
import { katakanaToRomaji } from '../../server/src/core/text';

// The pure pieces garbled-katakana-name is built from; the detector's own table is garbledKatakanaName.test.ts.
describe('garbled katakana names: the pieces', () => {
  it('splits katakana runs into name parts at a name separator, and reads a stuttered part as its word', () => {
    const text = 'OpenAIのサム・アルマン氏とディープスディープス、ジェンセン＝フアン';
    const runs = [...katakanaRuns(text)];
    assert.deepEqual(
      runs.map((run) => run.map((part) => part.text)),
      [['サム', 'アルマン'], ['ディープスディープス'], ['ジェンセン', 'フアン']],
    );
    assert.deepEqual(
      runs.map((run) => run.map((part) => text.slice(part.start, part.end))),
      runs.map((run) => run.map((part) => part.text)),
    );
    const [stuttered] = runs[1] ?? [];
    assert.ok(stuttered);
    assert.equal(stutteredWord(text, stuttered).text, 'ディープス');
    const [notStuttered] = runs[0] ?? [];
    assert.ok(notStuttered);
    assert.equal(stutteredWord(text, notStuttered), notStuttered);
  });

  const variants: readonly [string, string, boolean][] = [
    ['ヴィルックネン', 'ビルックネン', true], // v as ヴ or the バ row
    ['ジェンセン・ファン', 'ジェンセン・フアン', true], // f with a small or a full vowel
    ['アントロピック', 'アンソロピック', true], // th as ソ or ト
    ['ドゥルー', 'ドルー', true], // d before r written ドゥ or ド
    ['コーパイロット', 'コパイロット', true], // a long vowel added is a style
    ['コパイロット', 'コーパイロット', false], // a long vowel lost is a sound dropped
    ['ディープシク', 'ディープシーク', false],
    ['アルマン', 'アルトマン', false],
  ];
  for (const [written, known, expected] of variants) {
    it(`${expected ? 'reads' : 'does not read'} 「${written}」 as another writing of 「${known}」`, () => {
      assert.equal(isTransliterationVariant(written, foldVariant(written), partTarget(known)), expected);
    });
  }

  const shapes: readonly { written: string; known: string; onset: boolean; truncation: boolean; extension: boolean }[] = [
    { written: 'ディープス', known: 'ディープシーク', onset: true, truncation: true, extension: false },
    { written: 'ウルトマン', known: 'アルトマン', onset: true, truncation: false, extension: false },
    { written: 'ヤレク', known: 'パレク', onset: false, truncation: false, extension: false },
    { written: 'クロードアイ', known: 'クロード', onset: true, truncation: false, extension: true },
  ];
  for (const { written, known, onset, truncation, extension } of shapes) {
    it(`compares the shape of 「${written}」 with 「${known}」`, () => {
      const [a, b] = [katakanaToRomaji(written), katakanaToRomaji(known)];
      assert.equal(sameOnset(a, b), onset);
      assert.equal(isTruncation(a, b), truncation);
      assert.equal(extendsName(written, known), extension);
      assert.ok(comparableLengthCounts(a.length, b.length));
    });
  }

  it('rules out lengths too far apart, and keeps a name with its end lost', () => {
    assert.equal(comparableLengthCounts(4, 12), false);
    assert.equal(comparableLengthCounts(6, 11), true);
  });

  it('bounds the edit similarity from above by the letters alone', () => {
    const pairs: readonly [string, string][] = [
      ['dipusu', 'dipushiku'],
      ['urutoman', 'arutoman'],
      ['makusu', 'masuku'],
      ['abc', 'xyz'],
    ];
    for (const [a, b] of pairs) {
      const bound = similarityAtMost(letterCounts(a), letterCounts(b), a, b);
      assert.ok(bound >= editSimilarity(a, b), `${a} ${b}`);
    }
    // The same letters in another order: the letters cannot rule the pair out.
    assert.equal(similarityAtMost(letterCounts('makusu'), letterCounts('masuku'), 'makusu', 'masuku'), 1);
    assert.equal(similarityAtMost(letterCounts('abc'), letterCounts('xyz'), 'abc', 'xyz'), 0);
  });

  it('decides a bar by the letter masks as the counts decide it', () => {
    const words = ['dipusu', 'dipushiku', 'urutoman', 'arutoman', 'makusu', 'masuku', 'abc', 'xyz', 'aaab', 'ab', 'jensen', 'jenson', 'aaaa-bb', ''];
    const bars = [0.5, 0.65, 0.72];
    let ruledOut = 0;
    for (const a of words)
      for (const b of words)
        for (const bar of bars) {
          const byCounts = similarityAtMost(letterCounts(a), letterCounts(b), a, b) < bar;
          assert.equal(similarityAtMostBelow(letterCounts(a), letterCounts(b), a, b, bar), byCounts, `${a} ${b} ${bar}`);
          if (byCounts) ruledOut++;
        }
    assert.ok(ruledOut > 0);
    // abc and xyz share no letter: the masks alone rule the pair out.
    assert.equal(similarityAtMostBelow(letterCounts('abc'), letterCounts('xyz'), 'abc', 'xyz', 0.65), true);
  });
});
