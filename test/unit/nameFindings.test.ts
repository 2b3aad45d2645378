import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeFinding } from '../../server/src/core/finding';
import { oneFindingPerName } from '../../server/src/core/nameFindings';
import { check } from '../support/analysis';

const named = (code: string, confidence: number, fix: string, reason: string) =>
  makeFinding({ code, range: { start: 8, end: 13 }, message: code, confidence, explanation: { problem: code, reasons: [reason] }, replacements: [fix] });

describe('one finding per name and fix', () => {
  it('says a name two checks flag with the same fix once, the surer, with the reasons of both', async () => {
    // Our own sentence: a subsidiary read letter by letter (spelled-out-name) that also sounds like its known spelling.
    const result = await check('インテル傘下のモビレイエは自動運転の新しいチップを発表した。');
    const onWord = result.result.findings.filter((f) => result.text.slice(f.range.start, f.range.end) === 'モビレイエ');
    assert.equal(onWord.length, 1);
    assert.equal(onWord[0]?.code, 'spelled-out-name');
    assert.ok((onWord[0]?.explanation.reasons.length ?? 0) >= 2, 'the dropped finding’s reasons join the kept one');
  });

  it('keeps findings with different fixes, and findings of other checks, apart', () => {
    const kept = oneFindingPerName([
      named('garbled-katakana-name', 0.8, 'モービルアイ', 'sound'),
      named('spelled-out-name', 0.9, 'モバイルアイ', 'letters'),
      named('literal-translation', 0.7, 'モービルアイ', 'words'),
    ]);
    assert.equal(kept.length, 3);
  });

  it('leaves two of the older name checks as they are (they keep out of each other’s words themselves)', () => {
    assert.equal(
      oneFindingPerName([named('garbled-katakana-name', 0.8, 'モービルアイ', 'sound'), named('truncated-name', 0.7, 'モービルアイ', 'cut')]).length,
      2,
    );
  });

  it('joins the same fix whichever check is surer', () => {
    const kept = oneFindingPerName([named('spelled-out-name', 0.6, 'モービルアイ', 'letters'), named('garbled-katakana-name', 0.8, 'モービルアイ', 'sound')]);
    assert.deepEqual(
      kept.map((f) => [f.code, f.explanation.reasons]),
      [['garbled-katakana-name', ['sound', 'letters']]],
    );
  });
});
