/** The language server's parts, built from their dependencies and tested without spawning a server. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalysisOf } from '../../server/src/adapter/analyses';
import { createCommandHandler } from '../../server/src/adapter/commands';
import { Diagnostics } from '../../server/src/adapter/diagnostics';
import { SettingsSource } from '../../server/src/adapter/settingsSource';
import { SourceDocuments } from '../../server/src/adapter/sourceDocuments';
import { Workspace } from '../../server/src/adapter/workspace';
import { AnalysisStore } from '../../server/src/analysisStore';
import { AcceptSpellingCommand, FixAllCommand, IgnoreWordCommand } from '../../server/src/shared';
import { testServices } from '../support/analysis';

const TRANSCRIPT = 'Deepsekが新しいモデルを公開しました。\nDeepSeekは中国の企業です。\n';

/** A workspace folder on disk with these files, and the parts of a server over it with one open transcript. */
async function serverParts(files: Record<string, string> = {}, text = TRANSCRIPT, initialSettings: unknown = {}) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-parts-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), content);
  const uri = pathToFileURL(path.join(folder, 'episode.txt')).href;
  const open = new Map([[uri, TextDocument.create(uri, 'plaintext', 1, text)]]);
  const documents = { get: (u: string) => open.get(u), all: () => [...open.values()] };
  const settings = new SettingsSource();
  settings.configure(undefined, initialSettings);
  const services = await testServices();
  let loads = 0;
  const unreadable: string[] = [];
  const workspace = new Workspace({
    settings,
    loadServices: async () => {
      loads++;
      return services;
    },
    reportUnreadable: (message) => unreadable.push(message),
  });
  workspace.configure([folder], true);
  await workspace.start();
  await workspace.ready();
  const errors: string[] = [];
  const sources = new SourceDocuments(
    () => [folder],
    (message) => errors.push(message),
  );
  const analysisOf = createAnalysisOf({ documents, store: new AnalysisStore(), settings, workspace, sources, logError: (message) => errors.push(message) });
  return { folder, uri, open, documents, settings, workspace, analysisOf, errors, loads: () => loads };
}

describe('the server’s parts', () => {
  it('reloads the workspace one reload at a time, in the order asked, and analyses wait for the latest', async () => {
    const parts = await serverParts({ 'prh.yml': 'rules:\n  - expected: ディープシーク\n    pattern: ディープシーカー\n' });
    // The client answers the first reload's settings request last: a reload that did not wait would overtake it.
    let running = 0;
    let mostAtOnce = 0;
    let requests = 0;
    parts.settings.configure(async (scopeUri) => {
      if (scopeUri !== undefined) return {};
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      await new Promise((resolve) => setTimeout(resolve, requests++ === 0 ? 100 : 1));
      running--;
      return {};
    }, {});
    const order: string[] = [];
    const reloads = [1, 2, 3].map((n) => parts.workspace.reload().then(() => order.push(`reload ${n}`)));
    const analysis = parts.analysisOf(parts.uri).then(() => order.push('analysis'));
    await Promise.all([...reloads, analysis]);
    assert.deepEqual(order, ['reload 1', 'reload 2', 'reload 3', 'analysis']);
    assert.equal(mostAtOnce, 1, 'never two reloads at once');
    assert.equal(parts.loads(), 1, 'the built-in services are loaded once');
    assert.equal(parts.workspace.dictionaries.current.rules.length, 1);
    assert.deepEqual(parts.errors, []);
  });

  it('answers a diagnostics pull in full, then "unchanged" while nothing moved, then in full after an edit that moves a diagnostic', async () => {
    const parts = await serverParts();
    const diagnostics = new Diagnostics({ documents: parts.documents, workspace: parts.workspace, analysisOf: parts.analysisOf });
    const first = await diagnostics.pull({ textDocument: { uri: parts.uri } });
    assert.equal(first.kind, 'full');
    assert.ok(first.kind === 'full' && first.items.some((d) => d.code === 'garbled-latin-name'));
    const again = await diagnostics.pull({ textDocument: { uri: parts.uri }, previousResultId: first.resultId });
    assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });
    const document = parts.open.get(parts.uri);
    assert.ok(document);
    parts.open.set(
      parts.uri,
      TextDocument.update(document, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '速報：' }], 2),
    );
    const moved = await diagnostics.pull({ textDocument: { uri: parts.uri }, previousResultId: first.resultId });
    assert.equal(moved.kind, 'full');
    assert.notEqual(moved.resultId, first.resultId);
  });

  it('reports a workspace dictionary’s own problems instead of analysing it', async () => {
    const parts = await serverParts({ 'prh.yml': 'rules:\n  - pattern: 期待値なし\n' });
    const dictionaryUri = pathToFileURL(path.join(parts.folder, 'prh.yml')).href;
    parts.open.set(dictionaryUri, TextDocument.create(dictionaryUri, 'yaml', 1, fs.readFileSync(path.join(parts.folder, 'prh.yml'), 'utf8')));
    const diagnostics = new Diagnostics({ documents: parts.documents, workspace: parts.workspace, analysisOf: parts.analysisOf });
    const report = await diagnostics.pull({ textDocument: { uri: dictionaryUri } });
    assert.ok(report.kind === 'full' && report.items.length === 1 && report.items[0]?.code === 'dictionary');
    assert.equal(await parts.analysisOf(dictionaryUri), undefined);
  });

  it('runs each command with its typed arguments, and answers null to an unknown command or arguments that do not fit', async () => {
    const parts = await serverParts();
    const applied: unknown[] = [];
    let refreshed = 0;
    const shown: string[] = [];
    const execute = createCommandHandler({
      analysisOf: parts.analysisOf,
      workspace: parts.workspace,
      applyEdit: async (_label, edit) => {
        applied.push(edit);
        return true;
      },
      openText: () => undefined,
      refreshAll: () => refreshed++,
      showError: (message) => shown.push(message),
    });
    const fixed = await execute({ command: FixAllCommand.id, arguments: [parts.uri] });
    assert.deepEqual(fixed, { applied: true, edits: 1 });
    assert.equal(applied.length, 1);
    assert.equal(await execute({ command: FixAllCommand.id, arguments: [42] }), null);
    assert.equal(await execute({ command: 'transcriptLens.noSuchCommand', arguments: [] }), null);
    assert.equal(await execute({ command: IgnoreWordCommand.id, arguments: [parts.uri, 'Deepsek', 'everywhere'] }), null, 'an unknown scope');

    const ignored = await execute({ command: IgnoreWordCommand.id, arguments: [parts.uri, 'Deepsek', 'workspace'] });
    const knowledgeFile = path.join(parts.folder, 'transcript-lens.yaml');
    assert.deepEqual(ignored, { file: knowledgeFile });
    assert.match(fs.readFileSync(knowledgeFile, 'utf8'), /Deepsek/);
    assert.equal(refreshed, 1, 'every transcript is analysed again');
    assert.ok(parts.workspace.knowledge.ignoredIn(parts.uri).has('Deepsek'), 'the workspace was reloaded before the command answered');

    assert.equal(await execute({ command: AcceptSpellingCommand.id, arguments: [parts.uri, 'no-such-entity', 'Fooble'] }), null);
    assert.equal(shown.length, 1);
    assert.match(shown[0] ?? '', /no entity "no-such-entity"/);
  });

  it('reads the English source beside a translation (NAME.en.txt) or the one the settings name, and none when told not to look or in an untrusted workspace', async () => {
    const english = 'Deepsek released a new model.\nDeepSeek is a Chinese company.\n';
    const beside = await serverParts({ 'episode.en.txt': english });
    const paired = await beside.analysisOf(beside.uri);
    assert.equal(paired?.result.alignment?.pairs.length, 2);
    assert.equal(paired?.result.alignment?.pairAt(30)?.source[0]?.text, 'DeepSeek is a Chinese company.');
    const named = await serverParts({ 'original.txt': english }, TRANSCRIPT, { sourceDocuments: { 'episode.txt': 'original.txt' } });
    assert.match((await named.analysisOf(named.uri))?.result.alignment?.sourceUri ?? '', /original\.txt$/);
    const off = await serverParts({ 'episode.en.txt': english }, TRANSCRIPT, { findSourceByName: false });
    assert.equal((await off.analysisOf(off.uri))?.result.alignment, undefined);
    const untrusted = await serverParts({ 'episode.en.txt': english });
    untrusted.workspace.configure([untrusted.folder], false);
    assert.equal((await untrusted.analysisOf(untrusted.uri))?.result.alignment, undefined, 'an untrusted workspace’s files are not read');
    const missing = await serverParts({}, TRANSCRIPT, { sourceDocuments: { 'episode.txt': 'gone.txt' } });
    assert.ok((await missing.analysisOf(missing.uri))?.result.findings.length, 'a source that cannot be read leaves the analysis as it was');
    assert.match(missing.errors.join('\n'), /did not read the source document .*gone\.txt/);
  });

  it('asks the client for a document’s settings once, until they change', async () => {
    const settings = new SettingsSource();
    const asked: (string | undefined)[] = [];
    settings.configure(async (scopeUri) => {
      asked.push(scopeUri);
      return { minimumJapaneseRatio: 0.5 };
    }, undefined);
    assert.equal((await settings.forDocument('file:///a.txt')).minimumJapaneseRatio, 0.5);
    await settings.forDocument('file:///a.txt');
    assert.deepEqual(asked, ['file:///a.txt']);
    settings.changed(undefined);
    await settings.forDocument('file:///a.txt');
    assert.deepEqual(asked, ['file:///a.txt', 'file:///a.txt']);
    const withoutConfiguration = new SettingsSource();
    withoutConfiguration.configure(undefined, { enable: false });
    assert.equal((await withoutConfiguration.forDocument('file:///a.txt')).enable, false, 'a client that cannot be asked sends its settings');
  });
});
