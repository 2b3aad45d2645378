import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

const CODE = 'model-name-digit-confusion';

describe('digits in place of letters in model names', () => {
  it('reads "01" as the model o1 when OpenAI and a model are in the sentence', async () => {
    const result = await check('OpenAIは昨年、01という推論モデルを公開した。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [['01', 'o1']],
    );
  });

  it('reads "GPT-40" as GPT-4o', async () => {
    const result = await check('OpenAIの新しいモデルGPT-40は音声にも対応する。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [['GPT-40', 'GPT-4o']],
    );
  });

  it('leaves dates, list numbers and plain numbers alone', async () => {
    const result = await check('OpenAIは2025-01-15にモデルを発表した。第01回の会合では03番の資料が配られた。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('says nothing when the maker is not part of the story', async () => {
    const result = await check('新しい01という番号のモデルが発表された。');
    assert.deepEqual(result.found(CODE), []);
  });
});
