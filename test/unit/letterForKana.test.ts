import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

const CODE = 'letter-for-kana';

describe('a letter for the first syllable of a loanword', () => {
  it('reads "Lセンス" as ライセンス', async () => {
    const result = await check('このモデルはMITのLセンスで公開されています。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix]),
      [['Lセンス', 'ライセンス']],
    );
  });

  it('leaves letters used on purpose alone', async () => {
    const result = await check('Tシャツを着てUターンし、Lサイズの箱とAランクの商品をEメールで注文した。');
    assert.deepEqual(result.found(CODE), []);
  });

  it('says nothing when no word comes out of the letter', async () => {
    const result = await check('彼らはXスタジオとQプロトコルを発表した。');
    assert.deepEqual(result.found(CODE), []);
  });
});
