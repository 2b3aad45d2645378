import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

const CODE = 'implausible-currency';

describe('implausible currencies', () => {
  it('flags rupees in a story about American and Chinese companies and proposes dollars', async () => {
    const result = await check('OpenAIとDeepSeekの競争について。米国の企業は年間70億ルピーを投じている。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [['ルピー', 'ドル']],
    );
  });

  it('is near certain when the amount matches a published figure of the story', async () => {
    const result = await check('DeepSeek-V3の訓練費用は約560万ルピーだったと報じられ、米国の投資家を驚かせた。');
    const [finding] = result.found(CODE);
    assert.equal(finding?.fix, 'ドル');
    assert.equal(finding?.severity, 'error');
  });

  it('proposes the currency the document already uses', async () => {
    const result = await check('Mistral AIは5億ユーロを調達した。フランス政府も2億ウォンを支援した。');
    assert.deepEqual(
      result.found(CODE).map((f) => f.fix),
      ['ユーロ'],
    );
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

describe('the implausible-currency message', () => {
  it('names a country the document does not name together with the entity it was inferred from', async () => {
    const [finding] = (await check('世界経済フォーラムでOpenAIの幹部が講演した。米国の企業は年間70億ルピーを投じている。')).found(CODE);
    assert.ok(finding);
    assert.match(finding.finding.message, /スイス \(via 世界経済フォーラム\)/);
    assert.doesNotMatch(finding.finding.message, /米国 \(via/, 'a country the document names is named as it is');
  });

  it('names every country of the currency, none by its ISO code', async () => {
    const [finding] = (await check('OpenAIとDeepSeekの競争について。米国の企業は年間70億ルピーを投じている。')).found(CODE);
    const reasons = finding?.finding.explanation?.reasons.join('\n') ?? '';
    assert.match(reasons, /インド.*スリランカ.*ネパール.*モーリシャス.*セーシェル/);
    assert.doesNotMatch(reasons, /\b(LK|NP|MU|SC|PK)\b/);
  });
});
