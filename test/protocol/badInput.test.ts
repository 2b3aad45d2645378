import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DocumentDiagnosticRequest, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from '../support/server';

const SAMPLE = fs.readFileSync(path.resolve(__dirname, '..', '..', 'samples', 'ai-news-podcast.txt'), 'utf8');

async function pull(server: TestServer, uri: string): Promise<FullDocumentDiagnosticReport> {
  return (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
}

describe('the server on unusual documents', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.stop();
  });

  it('answers for an empty document, binary-looking text and lone surrogates', async () => {
    await server.open('file:///empty.txt', '');
    assert.deepEqual((await pull(server, 'file:///empty.txt')).items, []);
    await server.open('file:///odd.txt', '日本語の文章です。\u0000\u0001\uD800\uDFFF\uFFFD Deepsekの発表。DeepSeekは');
    assert.ok(Array.isArray((await pull(server, 'file:///odd.txt')).items));
  });

  it('analyses a whole transcript pasted as one long line', async () => {
    // Each sentence numbered, so that no two chunks are the same text.
    const line = SAMPLE.replace(/\n/g, '')
      .split('。')
      .map((sentence, i) => `${sentence}（${i}）`)
      .join('。');
    const long = Array.from({ length: 40 }, (_, copy) => line.replace(/（(\d+)）/g, `（${copy}-$1）`)).join('');
    await server.open('file:///long-line.txt', long);
    const report = await pull(server, 'file:///long-line.txt');
    // The garbled names of the sample (one Latin garble written 40 times is taken for a name of its own, as it should).
    assert.ok(report.items.some((d) => d.code === 'garbled-katakana-name' || d.code === 'garbled-latin-name'));
  });

  it('answers for a 5 MB single line', async () => {
    const sentence = SAMPLE.replace(/\n/g, '');
    const line = sentence.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(sentence)));
    assert.ok(Buffer.byteLength(line) >= 5 * 1024 * 1024);
    await server.open('file:///five-megabytes.txt', line);
    const report = await pull(server, 'file:///five-megabytes.txt');
    assert.ok(report.items.length > 0);
  });

  it('stays up and keeps answering ordinary documents afterwards', async () => {
    await server.open('file:///after.txt', SAMPLE);
    assert.ok((await pull(server, 'file:///after.txt')).items.length > 0);
    assert.equal(server.process.exitCode, null);
  });
});
