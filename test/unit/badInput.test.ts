import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { decodeTranscript, NotTextError } from '../../server/src/core/encoding';
import { chunksOf, TranscriptDocument } from '../../server/src/core/document';
import { check, testServices } from '../support/analysis';
import { runCli } from '../support/cli';
import { tempDir } from '../support/tempDir';

describe('unusual input', () => {
  it('analyses an empty document to nothing', async () => {
    const result = await check('');
    assert.deepEqual([result.result.findings, result.result.mentions], [[], []]);
  });

  it('survives NUL bytes, lone surrogates and control characters', async () => {
    const result = await check('OpenAI\u0000の\uD800発表\u0007。Deepsek\u0000は');
    assert.ok(result.result.mentions.some((m) => m.entityId === 'openai'));
  });

  it('tokenises text with a lone surrogate, which kuromoji alone fails on, with every offset in place', async () => {
    const { tokenizer } = await testServices();
    const text = '発表\uD83Dです\uDE00。';
    const tokens = tokenizer.tokenize(text);
    assert.equal(tokens[0]?.start, 0);
    assert.equal(tokens.at(-1)?.end, text.length);
  });

  it('cuts a whole transcript pasted as one line into sentence-sized chunks', () => {
    const line = 'これは文です。'.repeat(200);
    const chunks = chunksOf(new TranscriptDocument(line));
    assert.equal(chunks.length, 200);
    assert.ok(chunks.every((c) => c.text === 'これは文です。'));
  });

  it('cuts a long line without any sentence end into bounded pieces', () => {
    const chunks = chunksOf(new TranscriptDocument('x'.repeat(12_000)));
    assert.deepEqual(
      chunks.map((c) => c.text.length),
      [5000, 5000, 2000],
    );
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

  it('reports a binary file as unreadable (exit 2) and goes on with the other files', () => {
    const dir = tempDir('tl-bad-');
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    fs.writeFileSync(path.join(dir, 'good.txt'), 'DeepSeekの新モデル。Deepsekの発表。');
    const { status, stdout, stderr } = runCli(['check', path.join(dir, 'binary.txt'), path.join(dir, 'good.txt')]);
    assert.equal(status, 2);
    assert.match(stderr, /binary\.txt: it looks like a binary file/);
    assert.match(stdout, /good\.txt:1:\d+ \w+ garbled-latin-name/);
  });

  it('reads a Shift_JIS transcript, and says so', () => {
    const dir = tempDir('tl-sjis-');
    // 「ディープシークとDeepsek」 in Shift_JIS.
    const sjis = Buffer.from([0x83, 0x66, 0x83, 0x42, 0x81, 0x5b, 0x83, 0x76, 0x83, 0x56, 0x81, 0x5b, 0x83, 0x4e, 0x82, 0xc6, ...Buffer.from('Deepsek')]);
    fs.writeFileSync(path.join(dir, 'sjis.txt'), sjis);
    const { stdout, stderr } = runCli(['check', path.join(dir, 'sjis.txt')]);
    assert.match(stderr, /shift_jis/);
    assert.match(stdout, /garbled-latin-name/);
  });

  it('rejects text in neither UTF-8 nor Shift_JIS with advice', () => {
    assert.throws(
      () => decodeTranscript(Buffer.from([0xfd, 0xfe, 0xff, 0x41])),
      (error: Error) => error instanceof NotTextError && /iconv/.test(error.message),
    );
  });
});
