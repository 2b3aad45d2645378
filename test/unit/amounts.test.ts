import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAmounts } from '../../server/src/core/amounts';
import { testServices } from '../support/analysis';

describe('amounts of money as Japanese writes them', () => {
  const read = async (text: string): Promise<[string, number, string, string][]> => {
    const { kb } = await testServices();
    return findAmounts(text, kb.currencies).map((a) => [text.slice(a.start, a.end), a.value, a.digits, a.currency.code]);
  };

  const FOUND: readonly [string, [string, number, string, string][]][] = [
    ['政府は1兆7000億円を支援した。', [['1兆7000億円', 1.7e12, '1.7', 'JPY']]],
    ['同社は4億5000万ドルを計上した。', [['4億5000万ドル', 4.5e8, '4.5', 'USD']]],
    ['出資は3千万ドルだった。', [['3千万ドル', 3e7, '3', 'USD']]],
    ['売上高は２，５００億円だった。', [['２，５００億円', 2.5e11, '2500', 'JPY']]],
    ['工場には5千億円を投じる。', [['5千億円', 5e11, '5', 'JPY']]],
    ['残りの37万5000ドルはSAFEだ。', [['37万5000ドル', 375000, '37.5', 'USD']]],
    [
      '価格は1.25ドルと10ドル。',
      [
        ['1.25ドル', 1.25, '1.25', 'USD'],
        ['10ドル', 10, '10', 'USD'],
      ],
    ],
    ['支援は100億元以上に及ぶ。', [['100億元', 1e10, '100', 'CNY']]],
  ];
  for (const [text, expected] of FOUND) it(`reads ${text}`, async () => assert.deepEqual(await read(text), expected));

  it('reads no amount in words that only contain a currency’s character, nor in numbers of other things', async () => {
    assert.deepEqual(await read('2025年に3元素の研究が始まり、3元年と呼ばれた。H100は8基だ。'), []);
  });
});
