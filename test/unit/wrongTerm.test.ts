/** wrong-term: a source term translated by a word of another meaning (term-renderings.yaml, "wrong"). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPair } from '../support/pairs';

const found = async (ja: string, en: string): Promise<[string, string | undefined, string][]> =>
  (await checkPair(ja, en)).found('wrong-term').map((f) => [f.flagged, f.fix, f.finding.severity]);

describe('wrong-term', () => {
  const FLAGGED: readonly [string, string, string, string][] = [
    ['輸入規制の対象となるチップが増えた。', 'Export controls now cover more chips.', '輸入規制', '輸出規制'],
    ['今年は推定コストが大幅に下がった。', 'Inference costs fell sharply this year.', '推定', '推論'],
    ['鋳造所は2027年に生産を開始する。', 'The foundry will start production in 2027.', '鋳造所', 'ファウンドリー'],
  ];
  for (const [ja, en, flagged, fix] of FLAGGED)
    it(`flags 「${flagged}」 for "${en}"`, async () => assert.deepEqual(await found(ja, en), [[flagged, fix, 'warning']]));

  it('proposes the rendering the document uses elsewhere', async () => {
    const ja = ['輸出管理が強化された。', '新たな輸入規制は来月発効する。'].join('\n');
    const en = ['Export controls were tightened.', 'The new export controls take effect next month.'].join('\n');
    assert.deepEqual(await found(ja, en), [['輸入規制', '輸出管理', 'warning']]);
  });

  const QUIET: readonly [string, string][] = [
    // A rendering of the term written: the other word translates something else of the sentence.
    ['輸出規制と輸入規制がともに強化された。', 'Export controls and import controls were both tightened.'],
    // The source says what the word means: the estimate is the source's.
    ['アナリストは、推論の需要が倍増すると推定している。', 'Analysts estimate that inference demand will double.'],
    ['アナリストは、需要が倍増すると推定している。', 'Analysts estimate that inference demand will double.'],
    // The source names a kind of inference or foundry for which the word is the standard term.
    ['ベイズ推定を使ってリスクを評価した。', 'They assessed the risk with Bayesian inference.'],
    ['統計的推定の手法を学んだ。', 'She studied methods of statistical inference.'],
    ['鐘の鋳造所は昨年閉鎖された。', 'The bell foundry closed last year.'],
    // No term in the source: the word is no one's mistake.
    ['輸入規制が強化された。', 'Import rules were tightened.'],
    ['ファウンドリー事業は成長した。', 'The foundry business grew.'],
  ];
  for (const [ja, en] of QUIET) it(`says nothing of 「${ja}」`, async () => assert.deepEqual(await found(ja, en), []));
});
