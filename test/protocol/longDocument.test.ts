/**
 * A long document: the server revises its analysis from the editor's change events, taking over what an
 * edit left alone. Every answer must equal a fresh analysis.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DidChangeTextDocumentNotification,
  DocumentDiagnosticRequest,
  HoverRequest,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { Analyzer } from '../../server/src/core/analyze';
import { TranscriptDocument } from '../../server/src/core/document';
import { toDiagnostic } from '../../server/src/convert';
import { hoverAt } from '../../server/src/hover';
import { testServices } from '../support/analysis';
import { startServer } from '../support/server';

const SAMPLE = fs.readFileSync(path.resolve(__dirname, '..', '..', 'samples', 'ai-news-podcast.txt'), 'utf8');
// Long (over 500 chunks); each copy's lines numbered so that no two chunks are alike.
const LONG = Array.from({ length: 60 }, (_, copy) =>
  SAMPLE.split('\n')
    .map((line) => (line.trim() === '' ? line : `［${copy + 1}］${line}`))
    .join('\n'),
).join('\n');

describe('a long document', () => {
  it('gets exactly a fresh analysis’s diagnostics and hovers after each edit, edits sent at once', async () => {
    const services = await testServices();
    const server = await startServer();
    const uri = 'file:///long.txt';
    let mirror = TextDocument.create(uri, 'plaintext', 1, LONG);
    try {
      await server.open(uri, LONG);
      await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      assert.ok(new TranscriptDocument(LONG).chunks.length > 500, 'the document is long (over 500 chunks)');
      // Edits from the start, the middle and the end.
      const edits = [
        { line: 0, text: '速報：' },
        { line: Math.floor(mirror.lineCount / 2), text: 'Deepsekの' },
        { line: mirror.lineCount - 2, text: '\n' },
        { line: 3, text: '550万ルピーの' },
      ];
      for (const [i, { line, text }] of edits.entries()) {
        const change = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text };
        mirror = TextDocument.update(mirror, [change], i + 2);
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: i + 2 }, contentChanges: [change] });
        const report = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
        const doc = new TranscriptDocument(mirror.getText(), uri);
        const expected = { doc, result: new Analyzer(services).analyze(doc), version: i + 2 };
        assert.deepEqual(
          report.items,
          expected.result.findings.map((f) => toDiagnostic(doc, f)),
          `diagnostics after edit ${i + 1}`,
        );
        const position = { line, character: 1 };
        assert.deepEqual(
          await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }),
          hoverAt(expected, position),
          `hover after edit ${i + 1}`,
        );
      }
    } finally {
      await server.stop();
    }
  });
});
