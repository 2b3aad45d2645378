import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { codeOf, hoverText, openTranscript, ourDiagnostics, rangeOf, waitFor, workspaceFile } from './helpers';

describe('Transcript Lens in VS Code', () => {
  let podcast: vscode.TextDocument;

  before(async () => {
    podcast = await openTranscript('podcast-with-errors.txt');
    await waitFor(() => ourDiagnostics(podcast.uri).length >= 8 || undefined, 'diagnostics on the podcast transcript');
  });

  afterEach(async () => {
    await vscode.workspace.getConfiguration('transcriptLens').update('disabledChecks', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('activates on a plain .txt containing Japanese and shows diagnostics with their codes', () => {
    const codes = new Set(ourDiagnostics(podcast.uri).map(codeOf));
    for (const code of ['garbled-latin-name', 'garbled-katakana-name', 'implausible-currency', 'line-break-in-word', 'repeated-word']) assert.ok(codes.has(code), code);
  });

  it('switches the Japanese plain-text file to the transcript language for the grammar', async () => {
    const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === podcast.uri.toString());
    await waitFor(() => current?.languageId === 'transcript' || undefined, 'the transcript language');
  });

  it('explains an entity and an error on hover', async () => {
    const document = await openTranscript('podcast-with-errors.txt');
    const entity = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, rangeOf(document, 'ディープシークは').start.translate(0, 2));
    assert.match(hoverText(entity), /DeepSeek/);
    const error = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, rangeOf(document, 'Deepsek').start.translate(0, 2));
    assert.match(hoverText(error), /→ 「DeepSeek」/);
  });

  it('applies the preferred quick fix exactly, and the diagnostic goes away', async () => {
    const document = await openTranscript('quick-fix.txt');
    await waitFor(() => ourDiagnostics(document.uri).some((d) => codeOf(d) === 'garbled-latin-name') || undefined, 'the garbled-name diagnostic');
    const range = rangeOf(document, 'Deepsek');
    const preferred = await waitFor(async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, vscode.CodeActionKind.QuickFix.value);
      return actions.find((a) => a.isPreferred && a.title.includes('DeepSeek'));
    }, 'the preferred quick fix');
    assert.ok(preferred.edit);
    assert.ok(await vscode.workspace.applyEdit(preferred.edit));
    assert.equal(document.getText(new vscode.Range(range.start, range.start.translate(0, 'DeepSeek'.length))), 'DeepSeek');
    await waitFor(() => !ourDiagnostics(document.uri).some((d) => codeOf(d) === 'garbled-latin-name') || undefined, 'the diagnostic to go');
  });

  it('fixes every error and warning with the fix-all command', async () => {
    const document = await openTranscript('fix-all.txt');
    await waitFor(() => ourDiagnostics(document.uri).length >= 8 || undefined, 'diagnostics on fix-all.txt');
    await vscode.commands.executeCommand('transcriptLens.fixAll');
    await waitFor(
      () => !ourDiagnostics(document.uri).some((d) => d.severity <= vscode.DiagnosticSeverity.Warning) || undefined,
      'no errors or warnings after fix-all',
    );
    assert.match(document.getText(), /DeepSeekが先月/);
    assert.match(document.getText(), /600万ドル/);
  });

  it('offers source.fixAll.transcriptLens for codeActionsOnSave', async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      podcast.uri,
      new vscode.Range(0, 0, 0, 0),
      'source.fixAll.transcriptLens',
    );
    assert.ok(actions.some((a) => a.kind?.value === 'source.fixAll.transcriptLens'));
  });

  it('provides inlay hints with the corrections', async () => {
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', podcast.uri, new vscode.Range(0, 0, podcast.lineCount, 0));
    const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
    assert.ok(labels.includes('→ DeepSeek'), JSON.stringify(labels));
  });

  it('colours entities with semantic tokens of our types', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', podcast.uri);
    assert.ok(legend.tokenTypes.includes('transcriptCompany'));
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', podcast.uri);
    assert.ok(tokens.data.length >= 5 * 4);
  });

  it('applies a setting change without a reload', async () => {
    await vscode.window.showTextDocument(podcast);
    await vscode.workspace.getConfiguration('transcriptLens').update('disabledChecks', ['implausible-currency'], vscode.ConfigurationTarget.Workspace);
    await waitFor(() => !ourDiagnostics(podcast.uri).some((d) => codeOf(d) === 'implausible-currency') || undefined, 'the currency diagnostic to go');
    await vscode.workspace.getConfiguration('transcriptLens').update('disabledChecks', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => ourDiagnostics(podcast.uri).some((d) => codeOf(d) === 'implausible-currency') || undefined, 'the currency diagnostic to return');
  });

  it('leaves a .txt that is not Japanese alone', async () => {
    const english = await openTranscript('english-notes.txt', false);
    // Open a Japanese file after it: once that one has diagnostics, the English one has been seen too.
    const later = await openTranscript('clean-article.txt');
    await waitFor(() => vscode.languages.getDiagnostics(later.uri) !== undefined || undefined, 'the later document to be analysed');
    const quickFix = await openTranscript('quick-fix-2.txt');
    await waitFor(() => ourDiagnostics(quickFix.uri).length > 0 || undefined, 'diagnostics on a later Japanese document');
    assert.deepEqual(ourDiagnostics(english.uri), []);
    assert.equal(english.languageId, 'plaintext');
  });

  it('exports the corrections report and the glossary of the active transcript', async () => {
    await vscode.window.showTextDocument(podcast);
    const report = workspaceFile('podcast.corrections.csv');
    await vscode.commands.executeCommand('transcriptLens.exportReport', 'csv', report);
    const csv = Buffer.from(await vscode.workspace.fs.readFile(report)).toString('utf8');
    assert.match(csv, /"garbled-latin-name","Deepsek","DeepSeek"/);
    const glossary = workspaceFile('podcast.glossary.tbx');
    await vscode.commands.executeCommand('transcriptLens.exportGlossary', 'tbx', glossary);
    assert.match(Buffer.from(await vscode.workspace.fs.readFile(glossary)).toString('utf8'), /<term>DeepSeek<\/term>/);
  });

  it('lists the active transcript’s entities by type in the Entities view, and counts them for the status bar', async () => {
    const api = vscode.extensions.all.find((e) => e.packageJSON.name === 'transcript-lens')?.exports as
      | { summary: { current?: { summary: { problems: { error: number } } } }; entities: { getChildren(node?: unknown): { kind: string; type?: string; entity?: { id: string } }[] } }
      | undefined;
    assert.ok(api, 'the extension returns its API');
    await vscode.window.showTextDocument(podcast);
    const types = await waitFor(() => {
      const roots = api.entities.getChildren();
      return roots.some((node) => node.type === 'company') ? roots : undefined;
    }, 'entities in the view');
    const companies = api.entities.getChildren(types.find((node) => node.type === 'company'));
    assert.ok(companies.some((node) => node.entity?.id === 'deepseek'));
    assert.ok((api.summary.current?.summary.problems.error ?? 0) > 0);
  });

  it('restarts the language server after it dies, and diagnostics come back', async () => {
    const document = await openTranscript('quick-fix-2.txt');
    await waitFor(() => ourDiagnostics(document.uri).length > 0 || undefined, 'diagnostics before the crash');
    const extensionRoot = vscode.extensions.all.find((e) => e.packageJSON.name === 'transcript-lens')?.extensionPath;
    assert.ok(extensionRoot, 'the extension is installed');
    // pgrep without a shell, so the only processes found are the server's.
    const pids = execFileSync('pgrep', ['-f', `${extensionRoot}/dist/server.js`]).toString().split('\n').filter(Boolean).map(Number);
    assert.ok(pids.length > 0, 'the server process is running');
    for (const pid of pids) process.kill(pid, 'SIGKILL');
    // After the restart the document is analysed again: an edit with a new garble is flagged.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), 'Twitterの話。Twitteの社員。\n');
    await waitFor(async () => (await vscode.workspace.applyEdit(edit)) || undefined, 'the edit');
    await waitFor(() => ourDiagnostics(document.uri).some((d) => document.getText(d.range) === 'Twitte') || undefined, 'diagnostics from the restarted server', 90_000);
  });

  it('finds the seed 003 garbles when the seed transcripts are in the workspace', async function () {
    const seed = (await vscode.workspace.findFiles('003_*.txt'))[0];
    if (!seed) {
      console.warn('!!! seed 003 is not in the workspace: this test needs the seeds (CI copies them in).');
      this.skip();
    }
    const document = await vscode.workspace.openTextDocument(seed ?? workspaceFile('missing'));
    await vscode.window.showTextDocument(document);
    await waitFor(() => ourDiagnostics(document.uri).some((d) => document.getText(d.range) === 'Deepik') || undefined, 'the Deepik diagnostic');
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, rangeOf(document, 'Deepik').start.translate(0, 1));
    assert.match(hoverText(hover), /DeepSeek/);
  });
});

describe('Transcript Lens keeping what the editor decides (transcript-lens.yaml)', () => {
  const knowledgeFile = (): vscode.Uri => workspaceFile('transcript-lens.yaml');

  after(async () => {
    await vscode.workspace.fs.delete(knowledgeFile()).then(undefined, () => undefined);
  });

  async function runQuickFix(document: vscode.TextDocument, text: string, title: string): Promise<void> {
    const action = await waitFor(async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, rangeOf(document, text), vscode.CodeActionKind.QuickFix.value);
      return actions.find((a) => a.title === title);
    }, `the quick fix "${title}"`);
    assert.ok(action.command, 'the action runs a command');
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  }

  it('ignores a word in one document from the quick-fix menu', async () => {
    const document = await openTranscript('ignore.txt');
    await waitFor(() => ourDiagnostics(document.uri).some((d) => document.getText(d.range) === 'Deepsek') || undefined, 'the Deepsek diagnostic');
    await runQuickFix(document, 'Deepsek', 'Ignore 「Deepsek」 in this document');
    await waitFor(() => !ourDiagnostics(document.uri).some((d) => document.getText(d.range) === 'Deepsek') || undefined, 'the diagnostic to go');
    const written = Buffer.from(await vscode.workspace.fs.readFile(knowledgeFile())).toString('utf8');
    assert.match(written, /ignoredInDocuments:\n\s+ignore\.txt:\n\s+- Deepsek/);
    const other = await openTranscript('podcast-with-errors.txt');
    await waitFor(() => ourDiagnostics(other.uri).some((d) => other.getText(d.range) === 'Deepsek') || undefined, 'other documents to still report it');
  });

  it('accepts a spelling as a name of its entity, and the name is then recognised', async () => {
    const document = await openTranscript('accept.txt');
    const splitBrand = (d: vscode.Diagnostic): boolean => codeOf(d) === 'split-brand-name' && document.getText(d.range) === 'Open AI';
    await waitFor(() => ourDiagnostics(document.uri).some(splitBrand) || undefined, 'the Open AI diagnostic');
    await runQuickFix(document, 'Open AI', 'Accept 「Open AI」 as a spelling of OpenAI (workspace knowledge file)');
    // Still two spellings in one document (an information note), but no longer a misspelt name.
    await waitFor(() => !ourDiagnostics(document.uri).some(splitBrand) || undefined, 'the diagnostic to go');
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, rangeOf(document, 'Open AI').start.translate(0, 1));
    assert.match(hoverText(hover), /OpenAI/);
    assert.match(Buffer.from(await vscode.workspace.fs.readFile(knowledgeFile())).toString('utf8'), /- id: openai[\s\S]*- Open AI/);
  });
});
