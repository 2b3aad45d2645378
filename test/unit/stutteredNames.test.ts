import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

describe('a garbled name said twice', () => {
  it('is one finding over both words with one fix, not a stutter and two garbles', async () => {
    const result = await check('DeepSeekは中国の企業だ。ディープシーコ・ディープシーコが新しいモデルを公開した。');
    const found = result.result.findings.map((f) => [f.code, result.text.slice(f.range.start, f.range.end)]);
    assert.deepEqual(found, [['garbled-katakana-name', 'ディープシーコ・ディープシーコ']]);
    assert.equal(result.fixed(), 'DeepSeekは中国の企業だ。ディープシークが新しいモデルを公開した。');
    assert.match(result.result.findings[0]?.message ?? '', /「ディープシーコ」 twice, each a garbled 「ディープシーク」/);
  });

  it('leaves a stutter of a correct name, and a garble said once, as they were', async () => {
    const stutter = await check('DeepSeekは中国の企業だ。ディープシーク・ディープシークが新しいモデルを公開した。');
    assert.deepEqual(
      stutter.result.findings.map((f) => f.code),
      ['repeated-word'],
    );
    const once = await check('DeepSeekは中国の企業だ。ディープシーコが新しいモデルを公開した。');
    assert.deepEqual(
      once.result.findings.map((f) => f.code),
      ['garbled-katakana-name'],
    );
  });
});
