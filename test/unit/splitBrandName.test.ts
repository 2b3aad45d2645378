import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

const CODE = 'split-brand-name';

describe('split brand names', () => {
  it('joins a brand split at its capitals', async () => {
    const result = await check('Open AIとDeep Seekの競争が激しくなっている。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [
        ['Open AI', 'OpenAI'],
        ['Deep Seek', 'DeepSeek'],
      ],
    );
  });

  it('removes a particle that translation put inside a brand name', async () => {
    const result = await check('多くの学生がチャットでGPTを使って課題を書いている。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [['チャットでGPT', 'ChatGPT']],
    );
  });

  it("leaves a company's product alone: エヌビディアのH100 is NVIDIA's H100, not a split brand", async () => {
    const result = await check('エヌビディアのH100は品薄だ。ディープシークのR1が話題になった。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('accepts brands that are spelled with a space (Hugging Face) and the joined forms', async () => {
    const result = await check('Hugging FaceとOpenAIとDeepSeekが協力した。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('does not join ordinary lower-case words', async () => {
    const result = await check('このモデルはopen aiの考え方とは違う。');
    assert.deepEqual(result.found(CODE), []);
  });
});
