import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

const CODE = 'implausible-fine-share';

describe('a fine as a share of turnover above what any law allows', () => {
  const flagged: [string, string, string | undefined][] = [
    ['禁止されたAIの利用に対しては、最大3500万ユーロ、または全世界年間売上高の70%のいずれか高い方が科される。', '70', '7'],
    ['違反した企業には世界売上高の最大４０％の制裁金が科される。', '４０', '4'],
    ['罰金は年間売上の35%に達する可能性がある。', '35', undefined],
  ];
  for (const [text, share, fix] of flagged)
    it(`flags 「${share}」 in 「${text}」`, async () => {
      const found = (await check(text)).found(CODE);
      assert.deepEqual(
        found.map((f) => [f.flagged, f.fix, f.severity]),
        [[share, fix, 'warning']],
      );
    });

  it('only informs when the fine the sentence names may not be this share’s', async () => {
    const found = (await check('独禁法違反の疑いがある同社は、全世界売上高の約80%を米国で稼ぐ。')).found(CODE);
    assert.deepEqual(
      found.map((f) => [f.flagged, f.severity]),
      [['80', 'information']],
    );
  });

  const left: [string, string][] = [
    ["the AI Act's cap", '禁止されたAIの利用には、最大3500万ユーロまたは全世界年間売上高の7%の制裁金が科される。'],
    ["the DMA's cap for a repeat infringement", '違反を繰り返した場合、制裁金は全世界売上高の最大20%に引き上げられる。'],
    ['a share of sales that is no fine', 'データセンター部門は全世界売上高の80%を占める。'],
    ['a large share in a sentence about no fine', '中国向けは年間売上高の40%に達した。'],
  ];
  for (const [what, text] of left)
    it(`leaves ${what} alone`, async () => {
      assert.deepEqual((await check(text)).found(CODE), []);
    });
});
