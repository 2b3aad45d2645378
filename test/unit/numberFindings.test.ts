import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

const NUMBER_CODES = ['wrong-magnitude', 'implausible-quantity'];

describe('one finding per number', () => {
  it('says a slip that two checks see once, with the reasons of both', async () => {
    // Our own sentences: the same round twice as 億, once as 万 (wrong-magnitude), and 万 too small for a large lab (implausible-quantity).
    const result = await check('アンソロピックは新たに130万ドルを調達した。同社は以前130億ドルを調達した。130億ドルは当時の最大級だった。');
    const found = result.result.findings.filter((f) => NUMBER_CODES.includes(f.code));
    assert.equal(found.length, 1);
    assert.equal(found[0]?.code, 'wrong-magnitude');
    assert.equal(result.fixed(), result.text.replace('130万', '130億'));
    assert.ok((found[0]?.explanation.reasons.length ?? 0) >= 2, 'the dropped finding’s reasons join the kept one');
  });

  it('keeps two numbers’ findings apart', async () => {
    const result = await check('その対話アプリの月間アクティブユーザーは50億人を超えた。会場には延べ120億人が訪れた。');
    assert.equal(result.result.findings.filter((f) => NUMBER_CODES.includes(f.code)).length, 2);
  });
});
