import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import {
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  FileChangeType,
  type CodeAction,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { parse } from 'yaml';
import { startServer, type TestServer } from '../support/server';
import { tempDir } from '../support/tempDir';

const TRANSCRIPT = 'Deepsekが新しいモデルを公開した。DeepSeekは中国の企業だ。';

function workspace(files: Record<string, string> = {}): { dir: string; transcript: string } {
  const dir = tempDir('tl-knowledge-');
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return { dir, transcript: pathToFileURL(path.join(dir, 'episode.txt')).href };
}

async function diagnostics(server: TestServer, uri: string): Promise<FullDocumentDiagnosticReport['items']> {
  return ((await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;
}

async function actionsAt(server: TestServer, uri: string, code: string): Promise<CodeAction[]> {
  const diagnostic = (await diagnostics(server, uri)).find((d) => d.code === code);
  assert.ok(diagnostic, `a ${code} diagnostic`);
  return (await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  })) as CodeAction[];
}

async function run(server: TestServer, action: CodeAction | undefined): Promise<unknown> {
  assert.ok(action?.command, 'the action runs a server command');
  return server.connection.sendRequest(ExecuteCommandRequest.type, { command: action.command.command, arguments: action.command.arguments ?? [] });
}

describe('the server with a workspace knowledge file', () => {
  it('accepts a spelling: writes it to the knowledge file as a name of the entity, and stops reporting it', async () => {
    const { dir, transcript } = workspace();
    const server = await startServer({ workspaceFolder: dir });
    try {
      await server.open(transcript, TRANSCRIPT);
      const actions = await actionsAt(server, transcript, 'garbled-latin-name');
      const accept = actions.find((a) => a.title.startsWith('Accept 「Deepsek」 as a spelling of DeepSeek'));
      assert.deepEqual(await run(server, accept), { file: path.join(dir, 'transcript-lens.yaml') });
      const written = parse(fs.readFileSync(path.join(dir, 'transcript-lens.yaml'), 'utf8')) as { entities: { id: string; aliases: string[] }[] };
      assert.equal(written.entities[0]?.id, 'deepseek');
      assert.ok(written.entities[0]?.aliases.includes('Deepsek'));
      assert.deepEqual(
        (await diagnostics(server, transcript)).map((d) => d.code),
        [],
      );
    } finally {
      await server.stop();
    }
  });

  it('ignores a word in one document only, and in the whole workspace', async () => {
    const { dir, transcript } = workspace();
    const other = pathToFileURL(path.join(dir, 'other.txt')).href;
    const server = await startServer({ workspaceFolder: dir });
    try {
      await server.open(transcript, TRANSCRIPT);
      await server.open(other, TRANSCRIPT);
      const inDocument = (await actionsAt(server, transcript, 'garbled-latin-name')).find((a) => a.title === 'Ignore 「Deepsek」 in this document');
      await run(server, inDocument);
      assert.deepEqual(
        (await diagnostics(server, transcript)).map((d) => d.code),
        [],
      );
      assert.deepEqual(
        (await diagnostics(server, other)).map((d) => d.code),
        ['garbled-latin-name'],
        'the other document still reports it',
      );
      const inWorkspace = (await actionsAt(server, other, 'garbled-latin-name')).find((a) => a.title === 'Ignore 「Deepsek」 in this workspace');
      await run(server, inWorkspace);
      assert.deepEqual(
        (await diagnostics(server, other)).map((d) => d.code),
        [],
      );
      assert.deepEqual(parse(fs.readFileSync(path.join(dir, 'transcript-lens.yaml'), 'utf8')), {
        ignoredInDocuments: { 'episode.txt': ['Deepsek'] },
        ignoredWords: ['Deepsek'],
      });
    } finally {
      await server.stop();
    }
  });

  it('reads entities from the file, and reads it again when it is saved', async () => {
    const { dir, transcript } = workspace({ 'transcript-lens.yaml': 'ignoredWords: []\n' });
    const server = await startServer({ workspaceFolder: dir });
    try {
      await server.open(transcript, TRANSCRIPT);
      assert.deepEqual(
        (await diagnostics(server, transcript)).map((d) => d.code),
        ['garbled-latin-name'],
      );
      fs.writeFileSync(path.join(dir, 'transcript-lens.yaml'), 'ignoredWords: [Deepsek]\n');
      await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: pathToFileURL(path.join(dir, 'transcript-lens.yaml')).href, type: FileChangeType.Changed }],
      });
      assert.deepEqual(
        (await diagnostics(server, transcript)).map((d) => d.code),
        [],
      );
    } finally {
      await server.stop();
    }
  });

  it('shows the problems of the knowledge file open in the editor, and keeps checking transcripts', async () => {
    const text = 'entities:\n  - { id: fake-openai, type: company, ja: 偽物, en: OpenAI, description: 重複。 }\n  - { id: rinna, type: startup }\n';
    const { dir, transcript } = workspace({ 'transcript-lens.yaml': text });
    const server = await startServer({ workspaceFolder: dir });
    try {
      const fileUri = pathToFileURL(path.join(dir, 'transcript-lens.yaml')).href;
      await server.open(fileUri, text, 'yaml');
      const problems = await diagnostics(server, fileUri);
      assert.deepEqual(problems.map((d) => `${String(d.code)}:${d.range.start.line}`).sort(), [
        'knowledge-file:1',
        'knowledge-file:2',
        'knowledge-file:2',
        'knowledge-file:2',
        'knowledge-file:2',
      ]);
      assert.ok(problems.some((p) => String(p.message).includes('"OpenAI" belongs to both "openai" and "fake-openai"')));
      await server.open(transcript, TRANSCRIPT);
      assert.deepEqual(
        (await diagnostics(server, transcript)).map((d) => d.code),
        ['garbled-latin-name'],
      );
    } finally {
      await server.stop();
    }
  });

  it('offers no accept or ignore actions for a document outside any workspace folder', async () => {
    const server = await startServer();
    try {
      await server.open('untitled:Untitled-1', TRANSCRIPT);
      const titles = (await actionsAt(server, 'untitled:Untitled-1', 'garbled-latin-name')).map((a) => a.title);
      assert.ok(titles.some((t) => t.startsWith('Replace with')));
      assert.ok(!titles.some((t) => t.startsWith('Accept') || t.startsWith('Ignore')));
    } finally {
      await server.stop();
    }
  });
});

describe('the server with a knowledge file setting that leads out of the workspace', () => {
  it('neither reads nor offers to write a knowledge file outside the workspace folder', async () => {
    const { dir, transcript } = workspace();
    const outside = path.join(path.dirname(dir), `${path.basename(dir)}-outside.yaml`);
    fs.writeFileSync(outside, 'ignoredWords: [Deepsek]\n');
    const server = await startServer({ workspaceFolder: dir });
    try {
      await server.changeSettings({ knowledgeFiles: [`../${path.basename(outside)}`] });
      await server.open(transcript, TRANSCRIPT);
      assert.deepEqual(
        (await diagnostics(server, transcript)).map((d) => d.code),
        ['garbled-latin-name'],
        'the outside file is not read',
      );
      const titles = (await actionsAt(server, transcript, 'garbled-latin-name')).map((a) => a.title);
      assert.ok(!titles.some((t) => t.startsWith('Accept') || t.startsWith('Ignore')), 'nothing offers to write it');
      assert.equal(fs.readFileSync(outside, 'utf8'), 'ignoredWords: [Deepsek]\n');
    } finally {
      await server.stop();
    }
  });
});
