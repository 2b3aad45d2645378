import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  DidChangeTextDocumentNotification,
  DocumentDiagnosticRequest,
  HoverRequest,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from '../support/server';

const SRT = fs.readFileSync(path.resolve(__dirname, '..', '..', 'samples', 'ai-news-interview.srt'), 'utf8');
const lines = SRT.split('\n');
const lineOf = (needle: string): number => lines.findIndex((line) => line.includes(needle));

async function pull(server: TestServer, uri: string): Promise<Diagnostic[]> {
  return ((await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;
}

const summary = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => `${d.range.start.line + 1}: ${String(d.code)}`);

describe('the language server on a subtitle file', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.stop();
  });

  it('reports problems on cue text only, hovers entities, and follows edits of cue text and numbers', async () => {
    const uri = 'file:///interview.srt';
    await server.open(uri, SRT, 'srt');
    assert.deepEqual(summary(await pull(server, uri)), ['18: subtitle-reading-speed', '23: garbled-latin-name']);

    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: lineOf('OpenAI'), character: 2 } });
    assert.match((hover?.contents as MarkupContent).value, /OpenAI/);

    // The cue shown for 2.5 s made shorter (a text edit across its two lines): no longer too fast to read.
    const cue = lineOf('エヌビディアの株価');
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: cue, character: 0 }, end: { line: cue + 1, character: (lines[cue + 1] ?? '').length } }, text: '株価が\n下落しました' },
      ],
    });
    assert.deepEqual(summary(await pull(server, uri)), ['23: garbled-latin-name']);

    // A cue number typed as text would have been read as a sentence in a .txt: here it is format.
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '10' }],
    });
    assert.deepEqual(summary(await pull(server, uri)), ['23: garbled-latin-name']);
  });

  it('reads the subtitle limits from the settings', async () => {
    const uri = 'file:///interview-2.srt';
    await server.changeSettings({ subtitles: { maxCharactersPerSecond: 9 } });
    await server.open(uri, SRT, 'srt');
    assert.deepEqual(summary(await pull(server, uri)), ['23: garbled-latin-name']);
    await server.changeSettings({});
  });
});
