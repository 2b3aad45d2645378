import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  HoverRequest,
  InlayHintRequest,
  SemanticTokensRequest,
  type CodeAction,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
  type MarkupContent,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { eventually, startServer, type TestServer } from '../support/server';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
const PODCAST = fs.readFileSync(path.join(FIXTURES, 'podcast-with-errors.txt'), 'utf8');
const CLEAN = fs.readFileSync(path.join(FIXTURES, 'clean-article.txt'), 'utf8');

function positionOf(text: string, needle: string, offsetInNeedle = 0): Position {
  const offset = text.indexOf(needle) + offsetInNeedle;
  assert.ok(offset >= offsetInNeedle, `${needle} is not in the text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
}

async function pull(server: TestServer, uri: string): Promise<Diagnostic[]> {
  const report = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  return report.items;
}

describe('the language server over stdio', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.stop();
  });

  it('answers initialize with its features, including fix-all on save', () => {
    const capabilities = server.initializeResult.capabilities;
    assert.ok(capabilities.hoverProvider);
    assert.ok(capabilities.diagnosticProvider);
    assert.ok(capabilities.inlayHintProvider);
    assert.deepEqual((capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.transcriptLens']);
    assert.ok(capabilities.semanticTokensProvider?.legend.tokenTypes.includes('transcriptCompany'));
  });

  it('reports the transcript’s errors as diagnostics with stable codes and its source', async () => {
    await server.open('file:///podcast.txt', PODCAST);
    const diagnostics = await pull(server, 'file:///podcast.txt');
    const codes = new Set(diagnostics.map((d) => d.code));
    for (const code of [
      'garbled-latin-name',
      'garbled-katakana-name',
      'split-brand-name',
      'implausible-currency',
      'model-name-digit-confusion',
      'line-break-in-word',
      'repeated-word',
      'letter-for-kana',
    ]) {
      assert.ok(codes.has(code), `no ${code} diagnostic`);
    }
    assert.ok(diagnostics.every((d) => d.source === 'transcript-lens' && String(d.message).length > 0 && d.severity !== undefined));
  });

  it('stays quiet on correct Japanese full of near misses', async () => {
    await server.open('file:///clean.txt', CLEAN);
    const diagnostics = await pull(server, 'file:///clean.txt');
    assert.deepEqual(
      diagnostics.filter((d) => (d.severity ?? 4) <= 2).map((d) => d.message),
      [],
    );
  });

  it('leaves documents that are not Japanese alone', async () => {
    await server.open('file:///notes.txt', fs.readFileSync(path.join(FIXTURES, 'english-notes.txt'), 'utf8'));
    assert.deepEqual(await pull(server, 'file:///notes.txt'), []);
  });

  it('explains an entity on hover: names, type, description and this document’s spellings', async () => {
    const hover = await server.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: 'file:///podcast.txt' },
      position: positionOf(PODCAST, 'ディープシークは', 2),
    });
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /DeepSeek/);
    assert.match(value, /company/);
    assert.match(value, /「ディープシーク」×1/);
  });

  it('explains an error on hover: what is wrong, why, and the correction', async () => {
    const hover = await server.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: 'file:///podcast.txt' },
      position: positionOf(PODCAST, 'Deepsek', 3),
    });
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /「Deepsek」 → 「DeepSeek」/);
    assert.match(value, /Why \(garbled-latin-name, confidence/);
  });

  it('offers a preferred quick fix that replaces exactly the flagged span, and a fix-all of the kind', async () => {
    const diagnostics = await pull(server, 'file:///podcast.txt');
    const split = diagnostics.find((d) => d.code === 'split-brand-name');
    assert.ok(split);
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: 'file:///podcast.txt' },
      range: split.range,
      context: { diagnostics: [split] },
    })) as CodeAction[];
    const preferred = actions.find((a) => a.isPreferred);
    assert.equal(preferred?.kind, 'quickfix');
    assert.deepEqual(preferred?.edit?.changes?.['file:///podcast.txt'], [{ range: split.range, newText: 'OpenAI' }]);
    assert.deepEqual(preferred?.diagnostics, [split]);
  });

  it('offers source.fixAll.transcriptLens for codeActionsOnSave', async () => {
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: 'file:///podcast.txt' },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0]?.kind, 'source.fixAll.transcriptLens');
    assert.ok((actions[0]?.edit?.changes?.['file:///podcast.txt']?.length ?? 0) >= 8);
  });

  it('shows the proposed correction as an inlay hint', async () => {
    const hints = await server.connection.sendRequest(InlayHintRequest.type, {
      textDocument: { uri: 'file:///podcast.txt' },
      range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
    });
    const labels = (hints ?? []).map((h) => h.label);
    assert.ok(labels.includes('→ DeepSeek'), JSON.stringify(labels));
    assert.ok(labels.includes('→ ドル'));
  });

  it('colours entities through semantic tokens', async () => {
    const tokens = await server.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: 'file:///podcast.txt' } });
    assert.ok(tokens && tokens.data.length >= 5 * 5);
    assert.equal((tokens?.data.length ?? 0) % 5, 0);
  });

  it('no longer reports a problem once its fix is applied as an incremental change', async () => {
    const uri = 'file:///edited.txt';
    await server.open(uri, PODCAST);
    const before = await pull(server, uri);
    const currency = before.find((d) => d.code === 'implausible-currency');
    assert.ok(currency);
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: currency.range, text: 'ドル' }],
    });
    const after = await pull(server, uri);
    assert.equal(after.filter((d) => d.code === 'implausible-currency').length, 0);
    assert.equal(after.length, before.length - 1);
  });

  it('answers "unchanged" to a pull after an edit that leaves every diagnostic where it was, and the new diagnostics otherwise', async () => {
    const uri = 'file:///unchanged.txt';
    await server.open(uri, PODCAST);
    let version = 1;
    const edit = async (range: { start: Position; end: Position }, text: string): Promise<void> => {
      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: ++version },
        contentChanges: [{ range, text }],
      });
    };
    const pullAfter = (previousResultId: string) => server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId });
    const first = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    const lastLine = PODCAST.split('\n').length - 1;
    const end = { line: lastLine, character: (PODCAST.split('\n')[lastLine] ?? '').length };

    // Text added at the very end moves nothing.
    await edit({ start: end, end }, '\n以上です。');
    const unchanged = await pullAfter(first.resultId ?? '');
    assert.equal(unchanged.kind, 'unchanged');

    // A line break at the start moves every diagnostic down a line.
    await edit({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '\n');
    const moved = (await pullAfter(unchanged.resultId ?? '')) as FullDocumentDiagnosticReport;
    assert.equal(moved.kind, 'full');
    assert.deepEqual(
      moved.items.map((d) => d.range.start.line),
      first.items.map((d) => d.range.start.line + 1),
    );

    // The same number of characters, one of them now a line break: no offset moves, every line number does.
    await edit({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, '');
    const back = (await pullAfter(moved.resultId ?? '')) as FullDocumentDiagnosticReport;
    const firstLine = PODCAST.split('\n')[0] ?? '';
    await edit({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, '\n');
    const split = (await pullAfter(back.resultId ?? '')) as FullDocumentDiagnosticReport;
    assert.equal(split.kind, 'full', `replacing 「${firstLine[0] ?? ''}」 by a line break moves the diagnostics below it`);
    assert.ok(split.items.some((d, i) => d.range.start.line !== back.items[i]?.range.start.line));
  });

  it('fixes all problems through its command, as one workspace edit', async () => {
    const result = await server.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'transcriptLens.applyFixAll',
      arguments: ['file:///podcast.txt'],
    });
    assert.equal((result as { applied: boolean }).applied, true);
    const edit = server.appliedEdits.at(-1);
    assert.ok((edit?.edit.changes?.['file:///podcast.txt']?.length ?? 0) >= 8);
  });

  it('applies a settings change without a restart', async () => {
    await server.changeSettings({ disabledChecks: ['implausible-currency'], inlayHints: { corrections: false, englishNames: true } });
    const diagnostics = await pull(server, 'file:///podcast.txt');
    assert.equal(diagnostics.filter((d) => d.code === 'implausible-currency').length, 0);
    const hints = await server.connection.sendRequest(InlayHintRequest.type, {
      textDocument: { uri: 'file:///podcast.txt' },
      range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
    });
    const labels = (hints ?? []).map((h) => h.label);
    assert.ok(labels.includes('(DeepSeek)'), JSON.stringify(labels));
    assert.ok(!labels.includes('→ ドル'));
    await server.changeSettings({});
  });
});

describe('the language server for clients that do not pull diagnostics', () => {
  it('publishes diagnostics after a document opens', async () => {
    const server = await startServer({ pullDiagnostics: false });
    try {
      await server.open('file:///pushed.txt', PODCAST);
      const published = await eventually(
        () => server.published.find((p) => p.uri === 'file:///pushed.txt' && p.diagnostics.length > 0),
        'published diagnostics',
      );
      assert.ok(published.diagnostics.some((d) => d.code === 'garbled-latin-name'));
    } finally {
      await server.stop();
    }
  });
});

describe('the language server in VS Code’s Japanese display language', () => {
  it('writes diagnostics, quick fixes and hovers in Japanese', async () => {
    const server = await startServer({ language: 'ja' });
    try {
      await server.open('file:///ja.txt', PODCAST);
      const diagnostic = (await pull(server, 'file:///ja.txt')).find((d) => d.code === 'garbled-latin-name');
      assert.equal(diagnostic?.message, '「Deepsek」は「DeepSeek」（ディープシーク）の誤認識のようです');
      const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: 'file:///ja.txt' },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      })) as CodeAction[];
      assert.equal(actions.find((a) => a.isPreferred)?.title, '「DeepSeek」に置き換え');
      const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///ja.txt' }, position: diagnostic.range.start });
      assert.match((hover?.contents as MarkupContent).value, /理由（garbled-latin-name、確信度 \d+%/);
    } finally {
      await server.stop();
    }
  });
});
