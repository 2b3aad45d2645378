/**
 * Real Japanese text written outside this project (../shared/real-text, judged in its judged.json): at most
 * one false warning or error per 100 KB, and every finding judged true still reported.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testServices } from '../support/analysis';
import { evaluateRealText, falsePer100KB, REAL_TEXT_DIRECTORY, realTextAvailable } from '../support/realText';

if (!realTextAvailable())
  process.stderr.write(
    `\n!!! Real-text quality SKIPPED: no judged.json at ${REAL_TEXT_DIRECTORY}. Set TRANSCRIPT_LENS_REAL_TEXT (CI has them at ../shared/real-text).\n\n`,
  );

describe('quality on real text nobody here wrote', { skip: realTextAvailable() ? false : `no real texts at ${REAL_TEXT_DIRECTORY}` }, () => {
  it('raises at most one false (or unjudged) warning or error per 100 KB, and keeps every true finding', async () => {
    const result = evaluateRealText(await testServices());
    assert.ok(falsePer100KB(result, result.falseAlarms.length) <= 1, `false warnings/errors:\n${result.falseAlarms.join('\n')}`);
    assert.deepEqual(result.trueLost, [], 'true findings of judged.json no longer reported');
    assert.equal(result.trueKept, result.trueJudged);
  });
});
