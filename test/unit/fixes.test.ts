import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, preferredEdits } from '../../server/src/core/fixes';
import { makeFinding } from '../../server/src/core/finding';
import { check } from '../support/analysis';

const finding = (start: number, end: number, newText: string, confidence = 0.8) =>
  makeFinding({ code: 'test', range: { start, end }, message: 'm', confidence, explanation: { problem: 'p', reasons: [] }, replacements: [newText] });

describe('applying fixes', () => {
  it('applies edits from the end of the text without shifting earlier ones', () => {
    assert.equal(
      applyEdits('abcdef', [
        { range: { start: 4, end: 6 }, newText: 'X' },
        { range: { start: 0, end: 1 }, newText: 'YY' },
      ]),
      'YYbcdX',
    );
  });

  it('never takes two overlapping edits; the wider one at a position wins', () => {
    const edits = preferredEdits([finding(0, 3, 'A'), finding(0, 5, 'B'), finding(4, 6, 'C'), finding(6, 7, 'D')]);
    assert.deepEqual(
      edits.map((e) => e.newText),
      ['B', 'D'],
    );
  });

  it('refuses overlapping edits instead of corrupting the text', () => {
    assert.throws(
      () =>
        applyEdits('abcdef', [
          { range: { start: 0, end: 3 }, newText: '' },
          { range: { start: 2, end: 4 }, newText: '' },
        ]),
      /Overlapping/,
    );
  });

  it('leaves nothing of the fixed kinds to report after fixing all', async () => {
    const text =
      'DeepSeekは注目の的だ。Deepsekの新モデルはOpen AIの01という推論モデルに迫り、訓練費は600万ルピーだった。米国は驚いた。MITのLセンスでオープンオープンソースだ。';
    const first = await check(text);
    assert.ok(first.result.findings.length >= 5);
    const second = await check(first.fixed());
    assert.deepEqual(
      second.result.findings.map((f) => f.code),
      [],
    );
    assert.equal(second.fixed(), second.text, 'fixing twice changes nothing the second time');
  });
});
