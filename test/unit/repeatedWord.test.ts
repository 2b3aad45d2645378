import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

const CODE = 'repeated-word';

describe('stutters', () => {
  it('removes a loanword written twice in a row', async () => {
    const result = await check('これはクローズドクローズドモデルの問題です。');
    assert.deepEqual(result.found(CODE).map((f) => f.flagged), ['クローズド']);
    assert.equal(result.fixed(CODE), 'これはクローズドモデルの問題です。');
  });

  it('removes a name repeated with its separator', async () => {
    const result = await check('いわゆるスターゲイト・スターゲイト・プロジェクトです。');
    assert.equal(result.fixed(CODE), 'いわゆるスターゲイト・プロジェクトです。');
  });

  it('leaves ordinary reduplication alone', async () => {
    const result = await check('ワクワクしながら、ドキドキして待っていました。ええ、ええ、そうですね。');
    assert.deepEqual(result.found(CODE), []);
  });
});
