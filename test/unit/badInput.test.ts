import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunksOf, TranscriptDocument } from '../../server/out/core/document';
import { check } from '../support/analysis';
import { runCli } from '../support/cli';

describe('unusual input', () => {
  it('analyses an empty document to nothing', async () => {
    const result = await check('');
    assert.deepEqual([result.result.findings, result.result.mentions], [[], []]);
  });

  it('survives NUL bytes, lone surrogates and control characters', async () => {
    const result = await check('OpenAI\u0000の\uD800発表\u0007。Deepsek\u0000は');
    assert.ok(result.result.mentions.some((m) => m.entityId === 'openai'));
  });

  it('cuts a whole transcript pasted as one line into sentence-sized chunks', () => {
    const line = 'これは文です。'.repeat(200);
    const chunks = chunksOf(new TranscriptDocument(line));
    assert.equal(chunks.length, 200);
    assert.ok(chunks.every((c) => c.text === 'これは文です。'));
  });

  it('cuts a long line without any sentence end into bounded pieces', () => {
    const chunks = chunksOf(new TranscriptDocument('x'.repeat(12_000)));
    assert.deepEqual(chunks.map((c) => c.text.length), [5000, 5000, 2000]);
  });

  it('prefers to cut such a line after a particle than inside a name', () => {
    const chunks = chunksOf(new TranscriptDocument('DeepSeekと'.repeat(1000)));
    assert.ok(chunks.length > 1);
    assert.ok(chunks.every((c) => c.text.endsWith('と')));
  });

  it('handles thousands of entities on one line, each recognised', async () => {
    const result = await check('OpenAIとDeepSeekとNVIDIAと'.repeat(2000));
    assert.equal(result.result.mentions.length, 6000);
    assert.deepEqual(result.result.findings, []);
  });

  it('reads a file that is not UTF-8 text without crashing the CLI', () => {
    const { status } = runCli(['check', '-'], '\u00ff\u00fe\u0000binary\u0000');
    assert.ok(status === 0 || status === 1);
  });
});
