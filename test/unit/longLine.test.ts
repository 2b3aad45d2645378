/**
 * A whole transcript pasted as one line of several megabytes (issue 13): the analysis works on it in
 * sentence-sized chunks, so its cost grows with the length and an edit re-reads one sentence. This checks
 * the cutting, not the time (no timing in tests).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunksOf, TranscriptDocument } from '../../server/src/core/document';

// Sentences of our own, numbered so that no two are the same text.
const SENTENCES = ['新しいモデルの発表が続いている。', 'データセンターへの投資も増えた！', '本当にそうだろうか？', '「次の世代は速い」と話した。'];

function fiveMegabyteLine(): { line: string; sentences: number } {
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < 5 * 1024 * 1024; i++) {
    const sentence = `${i}番目、${SENTENCES[i % SENTENCES.length] ?? ''}`;
    parts.push(sentence);
    bytes += Buffer.byteLength(sentence);
  }
  // A stretch with no sentence end at all, as speech recognition without punctuation writes.
  parts.push('えっとそれでですね'.repeat(3000));
  return { line: parts.join(''), sentences: parts.length - 1 };
}

describe('a 5 MB single line', () => {
  const { line, sentences } = fiveMegabyteLine();
  const chunks = chunksOf(new TranscriptDocument(line));

  it('is cut into chunks that cover it end to end, in order, with nothing lost', () => {
    assert.equal(chunks[0]?.start, 0);
    assert.equal(chunks.at(-1)?.end, line.length);
    for (let i = 1; i < chunks.length; i++) assert.equal(chunks[i]?.start, chunks[i - 1]?.end);
    assert.equal(chunks.map((c) => c.text).join(''), line);
  });

  it('has one chunk per sentence where the line has sentence ends', () => {
    const sentenceChunks = chunks.slice(0, sentences);
    for (const chunk of sentenceChunks) assert.match(chunk.text, /^\d+番目、[^。！？]*[。！？]」?$/u);
    assert.ok(!chunks[sentences]?.text.includes('番目'), 'the chunk after the sentences is the stretch without sentence ends');
  });

  it('cuts the stretch without sentence ends into bounded pieces', () => {
    const longest = Math.max(...chunks.map((c) => c.text.length));
    assert.ok(longest <= 5000, `a chunk of ${longest} characters`);
    const tail = chunks.filter((c) => c.text.includes('えっと'));
    assert.ok(tail.length >= Math.floor(('えっとそれでですね'.length * 3000) / 5000));
  });
});
