/**
 * The server with hostile workspace files: dictionaries and knowledge files that are links to /dev/zero,
 * FIFOs, 100 MB files, imports of devices, alias bombs. None stalls it; each is refused or reported in
 * its file, and the built-in analysis of the transcripts goes on. An untrusted workspace's files are not read.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { DidChangeTextDocumentNotification, DocumentDiagnosticRequest, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from '../support/server';
import { tempDir } from '../support/tempDir';

const TRANSCRIPT = 'Deepsekが新しいモデルを公開した。DeepSeekは中国の企業だ。';
const ALIAS_BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  ...'bcdefghij'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`),
  'ignoredWords: *j',
].join('\n');

async function diagnostics(server: TestServer, uri: string): Promise<FullDocumentDiagnosticReport['items']> {
  return ((await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;
}

function hostileWorkspace(): string {
  const dir = tempDir('tl-hostile-ws-');
  fs.symlinkSync('/dev/zero', path.join(dir, 'prh.yml'));
  execFileSync('mkfifo', [path.join(dir, 'fifo.yml')]);
  fs.writeFileSync(
    path.join(dir, 'prh.yaml'),
    'imports:\n  - /dev/zero\n  - fifo.yml\n  - huge.yml\nrules:\n  - expected: ディープシーク\n    pattern: ディープシーカー\n',
  );
  fs.writeFileSync(path.join(dir, 'huge.yml'), '');
  fs.truncateSync(path.join(dir, 'huge.yml'), 100 * 1024 * 1024);
  fs.mkdirSync(path.join(dir, '.textlint'));
  fs.symlinkSync(path.join(dir, 'fifo.yml'), path.join(dir, '.textlint', 'prh.yml'));
  fs.writeFileSync(path.join(dir, 'transcript-lens.yaml'), ALIAS_BOMB);
  return dir;
}

describe('the server with hostile workspace files', () => {
  it('refuses devices, FIFOs, huge files and alias bombs, and keeps analysing', async () => {
    const dir = hostileWorkspace();
    const server = await startServer({ workspaceFolder: dir });
    try {
      const uri = pathToFileURL(path.join(dir, 'episode.txt')).href;
      await server.open(uri, `${TRANSCRIPT}ディープシーカーの話。`);
      const codes = (await diagnostics(server, uri)).map((d) => d.code);
      assert.ok(codes.includes('garbled-latin-name'), 'the built-in analysis works');
      assert.ok(codes.includes('dictionary-rule'), 'the readable dictionary is used');
      // The dictionary with the imports, open in the editor: each refused import is a problem at its line.
      const dictionaryUri = pathToFileURL(path.join(dir, 'prh.yaml')).href;
      await server.open(dictionaryUri, fs.readFileSync(path.join(dir, 'prh.yaml'), 'utf8'), 'yaml');
      const problems = await diagnostics(server, dictionaryUri);
      assert.deepEqual(
        problems.map((d) => d.range.start.line),
        [1, 2, 3],
      );
      assert.match(String(problems[0]?.message ?? ''), /\/dev\/zero.*device/);
      assert.match(String(problems[1]?.message ?? ''), /pipe/);
      assert.match(String(problems[2]?.message ?? ''), /larger than the limit/);
      // The knowledge file with the alias bomb, open in the editor: its problem is shown in it.
      const knowledgeUri = pathToFileURL(path.join(dir, 'transcript-lens.yaml')).href;
      await server.open(knowledgeUri, ALIAS_BOMB, 'yaml');
      assert.match(String((await diagnostics(server, knowledgeUri))[0]?.message ?? ''), /cannot be read: .*alias/i);
      assert.equal(server.process.exitCode, null);
    } finally {
      await server.stop();
    }
  });

  it('reads no workspace file in an untrusted workspace', async () => {
    const dir = tempDir('tl-untrusted-');
    fs.writeFileSync(path.join(dir, 'transcript-lens.yaml'), 'ignoredWords: [Deepsek]\n');
    fs.writeFileSync(path.join(dir, 'prh.yml'), 'rules:\n  - expected: ディープシーク\n    pattern: ディープシーカー\n');
    const uri = pathToFileURL(path.join(dir, 'episode.txt')).href;
    for (const trusted of [true, false]) {
      const server = await startServer({ workspaceFolder: dir, workspaceTrusted: trusted });
      try {
        await server.open(uri, `${TRANSCRIPT}ディープシーカーの話。`);
        const codes = (await diagnostics(server, uri)).map((d) => d.code);
        assert.deepEqual(codes.includes('garbled-latin-name'), !trusted, `ignored word read (trusted: ${trusted})`);
        assert.deepEqual(codes.includes('dictionary-rule'), trusted, `dictionary read (trusted: ${trusted})`);
      } finally {
        await server.stop();
      }
    }
  });
});

describe('document sync that does not trust the client', () => {
  it('refuses a change without text whole, and later edits still give the right text', async () => {
    const server = await startServer();
    try {
      const uri = 'file:///sync.txt';
      await server.open(uri, 'ディープシークは中国の企業だ。');
      const change = (version: number, contentChanges: unknown[]): Promise<void> =>
        server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges } as never);
      // The first change is fine, the second broken: nothing of the notification is applied.
      await change(2, [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'まず、' },
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: null },
      ]);
      await change(3, [{ range: { start: { line: 0, character: 15 }, end: { line: 0, character: 15 } }, text: 'Deepsekの新モデルも出た。' }]);
      const fresh = 'file:///fresh.txt';
      await server.open(fresh, 'ディープシークは中国の企業だ。Deepsekの新モデルも出た。');
      const strip = (items: FullDocumentDiagnosticReport['items']): unknown => items.map((d) => [d.code, d.range, d.message]);
      assert.deepEqual(strip(await diagnostics(server, uri)), strip(await diagnostics(server, fresh)));
    } finally {
      await server.stop();
    }
  });

  it('analyses a text sent again under a version it already had', async () => {
    const server = await startServer();
    try {
      const uri = 'file:///versions.txt';
      await server.open(uri, 'ディープシークは中国の企業だ。');
      const full = (version: number, text: string): Promise<void> =>
        server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
      await full(2, 'ディープシークは中国の企業だ。');
      assert.deepEqual(
        (await diagnostics(server, uri)).map((d) => d.code),
        [],
      );
      await full(2, 'ディープシークは中国の企業だ。Deepsekの新モデルも出た。');
      assert.deepEqual(
        (await diagnostics(server, uri)).map((d) => d.code),
        ['garbled-latin-name'],
      );
    } finally {
      await server.stop();
    }
  });
});

describe('the stdio transport', () => {
  it('drops a message whose header has no Content-Length and goes on answering', async () => {
    const server = await startServer();
    try {
      server.process.stdin?.write('Content-Type: application/vscode-jsonrpc\r\n\r\n{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{}}');
      const uri = 'file:///after-bad-header.txt';
      await server.open(uri, TRANSCRIPT);
      assert.deepEqual(
        (await diagnostics(server, uri)).map((d) => d.code),
        ['garbled-latin-name'],
      );
    } finally {
      await server.stop();
    }
  });
});
