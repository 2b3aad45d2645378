import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as v8 from 'node:v8';
import { Analyzer } from '../../server/src/core/analyze';
import { TranscriptDocument } from '../../server/src/core/document';
import { testServices } from '../support/analysis';

const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');
const SAMPLE = fs
  .readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8'))
  .join('\n');

/**
 * Heap use after a full collection: V8 collects all garbage before it takes a heap snapshot, so one is
 * taken (and thrown away) instead of exposing the collector with a node flag.
 */
async function heapUsedAfterCollection(): Promise<number> {
  for await (const _chunk of v8.getHeapSnapshot()) {
    // Only the collection matters, not the snapshot.
  }
  return process.memoryUsage().heapUsed;
}

describe('memory over a long editing session', () => {
  it('keeps no earlier version of a long document alive: the caches hold chunk texts of their own, not slices of it', async () => {
    // About 250,000 characters (half a megabyte as a JS string); each of the 100 edits below makes a new version.
    const copies = Math.ceil(250_000 / SAMPLE.length);
    let doc = new TranscriptDocument(Array.from({ length: copies }, (_, copy) => SAMPLE.replace(/^(?=.)/gm, `［${copy}］`)).join('\n'));
    const analyzer = new Analyzer(await testServices());
    analyzer.analyze(doc);
    const before = await heapUsedAfterCollection();
    for (let edit = 0; edit < 100; edit++) {
      const at = Math.floor((edit * doc.text.length) / 100);
      doc = doc.revised(`${doc.text.slice(0, at)}あ${doc.text.slice(at)}`, { prefix: at, suffix: doc.text.length - at });
      analyzer.analyze(doc);
    }
    const grown = ((await heapUsedAfterCollection()) - before) / 1024 / 1024;
    // Each version kept alive would add half a megabyte: 50 MB over these edits.
    assert.ok(grown < 15, `the heap grew by ${grown.toFixed(1)} MB over 100 edits`);
  });
});
