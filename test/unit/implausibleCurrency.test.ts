import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

const CODE = 'implausible-currency';

describe('implausible currencies', () => {
  it('flags rupees in a story about American and Chinese companies and proposes dollars', async () => {
    const result = await check('OpenAIとDeepSeekの競争について。米国の企業は年間70億ルピーを投じている。');
    assert.deepEqual(result.found(CODE).map((f) => [f.flagged, f.fix]), [['ルピー', 'ドル']]);
  });

  it('is near certain when the amount matches a published figure of the story', async () => {
    const result = await check('DeepSeek-V3の訓練費用は約560万ルピーだったと報じられ、米国の投資家を驚かせた。');
    const [finding] = result.found(CODE);
    assert.equal(finding?.fix, 'ドル');
    assert.equal(finding?.severity, 'error');
  });

  it('proposes the currency the document already uses', async () => {
    const result = await check('Mistral AIは5億ユーロを調達した。フランス政府も2億ウォンを支援した。');
    assert.deepEqual(result.found(CODE).map((f) => f.fix), ['ユーロ']);
  });

  it('accepts a currency that belongs to the story', async () => {
    const result = await check('インドのAI企業が100億ルピーを調達した。米国のNVIDIAも出資した。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('never questions dollars or yen', async () => {
    const result = await check('OpenAIは66億ドルを調達し、ソフトバンクグループは3兆円を投じる。');
    assert.deepEqual(result.found(CODE), []);
  });
});
