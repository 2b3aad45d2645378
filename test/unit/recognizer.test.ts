import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

async function entities(text: string): Promise<string[][]> {
  const { result } = await check(text);
  return result.mentions.map((m) => [m.surface, m.entityId]);
}

describe('entity recognition', () => {
  it('finds entities in Latin, katakana and kanji script', async () => {
    assert.deepEqual(await entities('梁文鋒が率いるDeepSeekとオープンAIが競っている。'), [
      ['梁文鋒', 'liang-wenfeng'],
      ['DeepSeek', 'deepseek'],
      ['オープンAI', 'openai'],
    ]);
  });

  it('finds a name split by a line break', async () => {
    assert.deepEqual(await entities('司会者はサム・\nアルトマンに質問した。'), [['サム・アルトマン', 'sam-altman']]);
  });

  it('recognises a surname only once the person is named in full', async () => {
    assert.deepEqual(await entities('マスクをつけて外出した。'), []);
    assert.deepEqual(await entities('イーロン・マスクが登壇した。マスクは語った。'), [
      ['イーロン・マスク', 'elon-musk'],
      ['マスク', 'elon-musk'],
    ]);
  });

  it('does not find names inside longer words or web addresses', async () => {
    assert.deepEqual(await entities('メタデータを整理した。詳しくは https://example.com/openai-news を参照。日本語の話。'), []);
  });

  it('keeps acronyms case-sensitive', async () => {
    assert.deepEqual(await entities('私たちはusの友人です。USの政策。'), [['US', 'united-states']]);
  });

  it('recognises a name followed by a katakana word the dictionary knows', async () => {
    assert.deepEqual(await entities('ディープシークモデルが話題だ。'), [['ディープシーク', 'deepseek']]);
  });

  it('does not read a name out of a hyphenated word', async () => {
    assert.deepEqual(await entities('LAION（Large-scale AI Open Network）はドイツの団体だ。'), [
      ['LAION', 'laion'],
      ['ドイツ', 'germany'],
    ]);
  });
});
