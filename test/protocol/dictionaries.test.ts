import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import {
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  FileChangeType,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from '../support/server';
import { tempDir } from '../support/tempDir';

// A house rule on a correct spelling: no built-in check flags the word (ディープシーカー would be a heard-name hint too).
const TRANSCRIPT = 'ディープシークの新モデルは、生成系AIの代表例だ。';

function workspaceWith(dictionary: string): string {
  const dir = tempDir('tl-ws-');
  fs.writeFileSync(path.join(dir, 'prh.yml'), dictionary);
  return dir;
}

async function codes(server: TestServer, uri: string): Promise<string[]> {
  const report = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  return report.items.map((d) => `${String(d.code)}:${d.range.start.line}:${d.range.start.character}`);
}

describe('the server with the workspace’s prh dictionaries', () => {
  it('applies their rules, and reloads them when the file changes', async () => {
    const dir = workspaceWith('rules:\n  - expected: DeepSeek\n    pattern: ディープシーク\n');
    const server = await startServer({ workspaceFolder: dir });
    try {
      await server.open('file:///t.txt', TRANSCRIPT);
      assert.deepEqual(await codes(server, 'file:///t.txt'), ['dictionary-rule:0:0']);
      fs.writeFileSync(path.join(dir, 'prh.yml'), 'rules:\n  - expected: 生成AI\n    pattern: /生成系(AI)/\n');
      await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: pathToFileURL(path.join(dir, 'prh.yml')).href, type: FileChangeType.Changed }],
      });
      assert.deepEqual(await codes(server, 'file:///t.txt'), ['dictionary-rule:0:14']);
    } finally {
      await server.stop();
    }
  });

  it('reports a malformed dictionary at the right line and column, and keeps checking transcripts', async () => {
    const dictionary = 'rules:\n  - expected: DeepSeek\n    pattern: ディープシーク\n  - pattern: 期待値なし\n';
    const dir = workspaceWith(dictionary);
    const server = await startServer({ workspaceFolder: dir });
    try {
      const dictionaryUri = pathToFileURL(path.join(dir, 'prh.yml')).href;
      await server.open(dictionaryUri, dictionary, 'yaml');
      assert.deepEqual(await codes(server, dictionaryUri), ['dictionary:3:4']);
      await server.open('file:///t.txt', `${TRANSCRIPT}Deepsekも。DeepSeekは強い。`);
      const transcript = await codes(server, 'file:///t.txt');
      assert.ok(transcript.includes('dictionary-rule:0:0'));
      assert.ok(
        transcript.some((code) => code.startsWith('garbled-latin-name')),
        'the built-in checks keep working',
      );
    } finally {
      await server.stop();
    }
  });

  it('reads no dictionary in an untrusted workspace', async () => {
    const dir = workspaceWith('rules:\n  - expected: 生成AI\n    pattern: /生成系(AI)/\n  - expected: DeepSeek\n    pattern: ディープシーク\n');
    const server = await startServer({ workspaceFolder: dir, workspaceTrusted: false });
    try {
      await server.open('file:///t.txt', TRANSCRIPT);
      assert.deepEqual(await codes(server, 'file:///t.txt'), []);
    } finally {
      await server.stop();
    }
  });
});
