import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeFinding } from '../../server/src/core/finding';
import { combineStutteredNames } from '../../server/src/core/stutteredNames';
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

  it('drops a garble read across the copies of a stutter, and keeps those that cover it or lie elsewhere', () => {
    const finding = (code: string, start: number, end: number) =>
      makeFinding({ code, range: { start, end }, message: code, confidence: 0.8, explanation: { problem: '', reasons: [] }, replacements: ['x'] });
    const stutter = finding('repeated-word', 40, 50);
    const across = finding('garbled-latin-name', 45, 55);
    const covering = finding('garbled-katakana-name', 30, 60);
    const before = finding('garbled-latin-name', 0, 12);
    const after = finding('garbled-latin-name', 50, 58);
    const combined = combineStutteredNames([before, covering, stutter, across, after], () => 'text');
    assert.deepEqual(combined, [before, covering, stutter, after]);
  });
});
