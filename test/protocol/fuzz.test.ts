/**
 * Property test: the server's incremental state is always right. Long random sequences of edits (multi-byte
 * text, emoji, CRLF, joined and split lines) go to the real server; at checkpoints its diagnostics, entities
 * and hovers must equal those of a fresh analysis of the same text. A failure prints the seed to replay with
 * TRANSCRIPT_LENS_FUZZ_SEED.
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
  SemanticTokensRequest,
  type FullDocumentDiagnosticReport,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { Analyzer } from '../../server/src/core/analyze';
import { TranscriptDocument } from '../../server/src/core/document';
import { toDiagnostic } from '../../server/src/convert';
import { hoverAt } from '../../server/src/hover';
import { semanticTokens } from '../../server/src/semanticTokens';
import { DEFAULT_SETTINGS } from '../../server/src/shared';
import { japaneseRatio } from '../../server/src/core/text';
import { testServices } from '../support/analysis';
import { startServer } from '../support/server';

const EDITS = 10_000;
const CHECK_EVERY = 500;
const SAMPLE = fs.readFileSync(path.resolve(__dirname, '..', '..', 'samples', 'ai-news-podcast.txt'), 'utf8');
const PIECES = [
  'あ',
  'ディープシーク',
  'Deepsek',
  '550万ルピー',
  'Open AI',
  '😀',
  '𠮷',
  '\r\n',
  '\n',
  '。',
  'サム・',
  'アルマン',
  ' ',
  'オープンオープン',
  '01という',
];

function randomGenerator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    // The high bits: an LCG's low bits repeat with a short period, which made edits and their sizes correlate.
    return Math.floor((state / 2147483648) * Math.max(1, n));
  };
}

const SAMPLE_LINES = SAMPLE.split('\n').filter((line) => line.trim() !== '');

/**
 * What an edit inserts: nothing (a deletion), a piece, or a whole line of the sample while the text is
 * short, so that deletions do not whittle the document away and the edits keep landing in real sentences.
 */
function insertion(length: number, random: (n: number) => number): string {
  if (random(4) === 0) return '';
  if (length < 2 * SAMPLE.length && random(5) === 0) return `${SAMPLE_LINES[random(SAMPLE_LINES.length)] ?? ''}\n`;
  return PIECES[random(PIECES.length)] ?? '';
}

/** Never cut a surrogate pair: editors do not, and the protocol's UTF-16 positions would mean half a character. */
function safeOffset(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return code >= 0xdc00 && code <= 0xdfff ? offset - 1 : offset;
}

describe('the server under long random edit sequences', () => {
  it(`matches a fresh analysis at every checkpoint over ${EDITS} edits`, async () => {
    const seed = Number(process.env.TRANSCRIPT_LENS_FUZZ_SEED ?? Date.now() % 100_000);
    const random = randomGenerator(seed);
    const services = await testServices();
    const server = await startServer();
    const uri = 'file:///fuzz.txt';
    let mirror = TextDocument.create(uri, 'plaintext', 1, SAMPLE);
    try {
      await server.open(uri, SAMPLE);
      for (let step = 1; step <= EDITS; step++) {
        // Sometimes two changes in one notification, as an editor sends for a multi-cursor edit.
        const changes = Array.from({ length: random(8) === 0 ? 2 : 1 }, () => {
          const text = mirror.getText();
          const start = safeOffset(text, random(text.length + 1));
          const end = safeOffset(text, Math.min(text.length, start + (random(3) === 0 ? random(30) : 0)));
          const change = { range: { start: mirror.positionAt(start), end: mirror.positionAt(end) }, text: insertion(text.length, random) };
          mirror = TextDocument.update(mirror, [change], step + 1);
          return change;
        });
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: step + 1 }, contentChanges: changes });
        // Analyses in between, so that the server revises its document from many different earlier ones.
        if (random(20) === 0) await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
        if (step % CHECK_EVERY !== 0) continue;
        assert.ok(
          mirror.getText().length > SAMPLE.length / 4,
          `the edits have whittled the document down to ${mirror.getText().length} characters: they no longer test much`,
        );

        const expectedDoc = new TranscriptDocument(mirror.getText(), uri);
        const expected = { doc: expectedDoc, result: new Analyzer(services).analyze(expectedDoc), version: step + 1 };
        const report = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
        const where = `after ${step} edits (replay with TRANSCRIPT_LENS_FUZZ_SEED=${seed})`;
        // Edits can leave a text that is no longer mostly Japanese: the server then leaves it alone, as it should.
        if (japaneseRatio(mirror.getText()) < DEFAULT_SETTINGS.minimumJapaneseRatio) {
          assert.deepEqual(report.items, [], `a document that is not Japanese got diagnostics ${where}`);
          continue;
        }
        assert.deepEqual(
          report.items,
          expected.result.findings.map((f) => toDiagnostic(expectedDoc, f)),
          `diagnostics differ ${where}`,
        );
        const tokens = await server.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
        assert.deepEqual(tokens?.data, semanticTokens(expected).data, `entities differ ${where}`);
        for (let probe = 0; probe < 5; probe++) {
          const position: Position = mirror.positionAt(random(mirror.getText().length));
          const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
          assert.deepEqual(hover, hoverAt(expected, position), `hover at ${JSON.stringify(position)} differs ${where}`);
        }
      }
    } finally {
      await server.stop();
    }
  });
});
