import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

const CODE = 'spoken-domain';

describe('web addresses read aloud', () => {
  it('turns "tocom" after a name into .com, also across a line break', async () => {
    const result = await check('詳しくは examplenews tocom をご覧ください。番組は dailyshow\ntocom でも配信中です。');
    assert.equal(result.fixed(CODE), '詳しくは examplenews.com をご覧ください。番組は dailyshow.com でも配信中です。');
  });

  it('turns "dot com" and ドットコム into .com', async () => {
    const result = await check('登録は mysite dot com から。または shop ドットコム へ。');
    assert.equal(result.fixed(CODE), '登録は mysite.com から。または shop.com へ。');
  });

  it('leaves real addresses and ordinary words alone', async () => {
    const result = await check('詳しくは example.com へ。to complete the task, see the dotcom era.');
    assert.deepEqual(result.found(CODE), []);
  });
});
