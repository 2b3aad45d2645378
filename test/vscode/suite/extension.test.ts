import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, extensionApi, freshTranscript, hoverText, ourDiagnostics, rangeOf, serverPids, serverRunning, waitFor, workspaceFile } from './helpers';

describe('Transcript Lens in VS Code', () => {
  // Each test opens its own copy of a fixture with the server known to be running: one failure cannot
  // leave the next test a stopped server or an edited document.
  beforeEach(serverRunning);

  afterEach(async () => {
    await vscode.workspace.getConfiguration('transcriptLens').update('disabledChecks', undefined, vscode.ConfigurationTarget.Workspace);
  });

  /** A fresh copy of the podcast fixture, once the server has analysed it. */
  async function analysedPodcast(): Promise<vscode.TextDocument> {
    const document = await freshTranscript('podcast-with-errors.txt');
    await waitFor(() => ourDiagnostics(document.uri).length >= 8 || undefined, 'diagnostics on the podcast transcript');
    return document;
  }

  it('activates on a plain .txt containing Japanese and shows diagnostics with their codes', async () => {
    const podcast = await analysedPodcast();
    const codes = new Set(ourDiagnostics(podcast.uri).map(codeOf));
    for (const code of ['garbled-latin-name', 'garbled-katakana-name', 'implausible-currency', 'line-break-in-word', 'repeated-word'])
      assert.ok(codes.has(code), code);
  });

  it('switches the Japanese plain-text file to the transcript language for the grammar', async () => {
    const podcast = await freshTranscript('podcast-with-errors.txt');
    assert.equal(podcast.languageId, 'transcript');
  });

  it('explains an entity and an error on hover', async () => {
    const document = await analysedPodcast();
    const entity = await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        rangeOf(document, 'ディープシークは').start.translate(0, 2),
      );
      return /DeepSeek/.test(hoverText(hovers)) ? hovers : undefined;
    }, 'the entity hover');
    assert.match(hoverText(entity), /DeepSeek/);
    const error = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      rangeOf(document, 'Deepsek').start.translate(0, 2),
    );
    assert.match(hoverText(error), /→ 「DeepSeek」/);
  });

  it('applies the preferred quick fix exactly, and the diagnostic goes away', async () => {
    const document = await freshTranscript('podcast-with-errors.txt');
    await waitFor(() => ourDiagnostics(document.uri).some((d) => codeOf(d) === 'garbled-latin-name') || undefined, 'the garbled-name diagnostic');
    const range = rangeOf(document, 'Deepsek');
    const preferred = await waitFor(async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        range,
        vscode.CodeActionKind.QuickFix.value,
      );
      return actions.find((a) => a.isPreferred && a.title.includes('DeepSeek'));
    }, 'the preferred quick fix');
    assert.ok(preferred.edit);
    assert.ok(await vscode.workspace.applyEdit(preferred.edit));
    assert.equal(document.getText(new vscode.Range(range.start, range.start.translate(0, 'DeepSeek'.length))), 'DeepSeek');
    await waitFor(() => !ourDiagnostics(document.uri).some((d) => codeOf(d) === 'garbled-latin-name') || undefined, 'the diagnostic to go');
  });

  it('fixes every error and warning with the fix-all command', async () => {
    const document = await analysedPodcast();
    await vscode.commands.executeCommand('transcriptLens.fixAll');
    await waitFor(
      () => !ourDiagnostics(document.uri).some((d) => d.severity <= vscode.DiagnosticSeverity.Warning) || undefined,
      'no errors or warnings after fix-all',
    );
    assert.match(document.getText(), /DeepSeekが先月/);
    assert.match(document.getText(), /600万ドル/);
  });

  it('offers source.fixAll.transcriptLens for codeActionsOnSave', async () => {
    const podcast = await analysedPodcast();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      podcast.uri,
      new vscode.Range(0, 0, 0, 0),
      'source.fixAll.transcriptLens',
    );
    assert.ok(actions.some((a) => a.kind?.value === 'source.fixAll.transcriptLens'));
  });

  it('provides inlay hints with the corrections', async () => {
    const podcast = await analysedPodcast();
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
      'vscode.executeInlayHintProvider',
      podcast.uri,
      new vscode.Range(0, 0, podcast.lineCount, 0),
    );
    const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
    assert.ok(labels.includes('→ DeepSeek'), JSON.stringify(labels));
  });

  it('colours entities with semantic tokens of our types', async () => {
    const podcast = await analysedPodcast();
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', podcast.uri);
    assert.ok(legend.tokenTypes.includes('transcriptCompany'));
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', podcast.uri);
    assert.ok(tokens.data.length >= 5 * 4);
  });

  it('applies a setting change without a reload', async () => {
    const podcast = await analysedPodcast();
    await vscode.workspace.getConfiguration('transcriptLens').update('disabledChecks', ['implausible-currency'], vscode.ConfigurationTarget.Workspace);
    await waitFor(() => !ourDiagnostics(podcast.uri).some((d) => codeOf(d) === 'implausible-currency') || undefined, 'the currency diagnostic to go');
    await vscode.workspace.getConfiguration('transcriptLens').update('disabledChecks', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => ourDiagnostics(podcast.uri).some((d) => codeOf(d) === 'implausible-currency') || undefined, 'the currency diagnostic to return');
  });

  it('leaves a .txt that is not Japanese alone', async () => {
    const english = await freshTranscript('english-notes.txt', false);
    // Open a Japanese file after it: once that one has diagnostics, the English one has been seen too.
    const later = await analysedPodcast();
    assert.ok(ourDiagnostics(later.uri).length > 0);
    assert.deepEqual(ourDiagnostics(english.uri), []);
    assert.equal(english.languageId, 'plaintext');
  });

  it('exports the corrections report and the glossary of the active transcript', async () => {
    await analysedPodcast();
    const report = workspaceFile('podcast.corrections.csv');
    await vscode.commands.executeCommand('transcriptLens.exportReport', 'csv', report);
    const csv = Buffer.from(await vscode.workspace.fs.readFile(report)).toString('utf8');
    assert.match(csv, /"garbled-latin-name","Deepsek","DeepSeek"/);
    const glossary = workspaceFile('podcast.glossary.tbx');
    await vscode.commands.executeCommand('transcriptLens.exportGlossary', 'tbx', glossary);
    assert.match(Buffer.from(await vscode.workspace.fs.readFile(glossary)).toString('utf8'), /<term>DeepSeek<\/term>/);
  });

  it('lists the active transcript’s entities by type in the Entities view, and counts them for the status bar', async () => {
    const api = await extensionApi();
    await analysedPodcast();
    const types = await waitFor(() => {
      const roots = api.entities.getChildren();
      return roots.some((node) => node.type === 'company') ? roots : undefined;
    }, 'entities in the view');
    const companies = api.entities.getChildren(types.find((node) => node.type === 'company'));
    assert.ok(companies.some((node) => node.entity?.id === 'deepseek'));
    assert.ok((api.summary.current?.summary.problems.error ?? 0) > 0);
  });

  it('restarts the language server each time it dies: five kills in a row, one with a request in flight and one while it starts', async () => {
    const api = await extensionApi();
    const document = await freshTranscript('podcast-with-errors.txt');
    // Each round rewrites the first line with a garbled name at a new column, so that only that round's analysis
    // can flag it there. (A garble written three times or more would be taken for a name of its own.)
    let round = 0;
    const analysedAgain = async (after: string): Promise<void> => {
      round++;
      const line = `第${'一'.repeat(round)}回：Twitterの話。Twitteの社員。`;
      const column = line.indexOf('Twitteの');
      const edit = new vscode.WorkspaceEdit();
      if (round === 1) edit.insert(document.uri, new vscode.Position(0, 0), `${line}\n`);
      else edit.replace(document.uri, document.lineAt(0).range, line);
      await waitFor(async () => (await vscode.workspace.applyEdit(edit)) || undefined, `the edit ${after}`);
      const flagged = (): boolean =>
        ourDiagnostics(document.uri).some((d) => d.range.start.line === 0 && d.range.start.character === column && document.getText(d.range) === 'Twitte');
      await waitFor(() => flagged() || undefined, `diagnostics ${after} (round ${round})`);
    };
    const killServer = (): number[] => {
      const pids = serverPids();
      assert.ok(pids.length > 0, 'a server process to kill');
      for (const pid of pids) process.kill(pid, 'SIGKILL');
      return pids;
    };
    await analysedAgain('before the first kill');

    killServer();
    await analysedAgain('after kill 1');

    // A request in flight when the server dies is answered (or refused), not left hanging.
    await waitFor(() => api.server.isRunning() || undefined, 'the server to run before kill 2');
    const hover = vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, rangeOf(document, 'Deepsek').start);
    const exported = vscode.commands.executeCommand('transcriptLens.exportReport', 'csv', workspaceFile('in-flight.corrections.csv'));
    killServer();
    await waitFor(() => Promise.allSettled([hover, exported]).then(() => true), 'the requests in flight to settle');
    await analysedAgain('after kill 2 (requests in flight)');

    // Kill 3, then kill 4 the moment the next server process exists: while it starts.
    const killed = killServer();
    const starting = await waitFor(() => serverPids().filter((pid) => !killed.includes(pid))[0], 'the next server process');
    process.kill(starting, 'SIGKILL');
    await analysedAgain('after kills 3 and 4 (the second while starting)');

    killServer();
    await analysedAgain('after kill 5');
    assert.ok(api.server.isRunning());
  });

  it('says that the server is not running instead of failing, while it restarts', async () => {
    const api = await extensionApi();
    await analysedPodcast();
    for (const pid of serverPids()) process.kill(pid, 'SIGKILL');
    await waitFor(() => !api.server.isRunning() || undefined, 'the client to notice');
    // Each command resolves (after a warning) rather than rejecting with a connection error.
    await vscode.commands.executeCommand('transcriptLens.fixAll');
    assert.equal(await vscode.commands.executeCommand('transcriptLens.exportReport', 'csv', workspaceFile('not-running.corrections.csv')), undefined);
    await waitFor(() => api.server.isRunning() || undefined, 'the server to be back');
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
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      rangeOf(document, 'Deepik').start.translate(0, 1),
    );
    assert.match(hoverText(hover), /DeepSeek/);
  });
});

describe('Transcript Lens keeping what the editor decides (transcript-lens.yaml)', () => {
  const knowledgeFile = (): vscode.Uri => workspaceFile('transcript-lens.yaml');

  beforeEach(serverRunning);

  after(async () => {
    await vscode.workspace.fs.delete(knowledgeFile()).then(undefined, () => undefined);
  });

  async function runQuickFix(document: vscode.TextDocument, text: string, title: string): Promise<void> {
    const action = await waitFor(async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        rangeOf(document, text),
        vscode.CodeActionKind.QuickFix.value,
      );
      return actions.find((a) => a.title === title);
    }, `the quick fix "${title}"`);
    assert.ok(action.command, 'the action runs a command');
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  }

  it('ignores a word in one document from the quick-fix menu', async () => {
    const document = await freshTranscript('podcast-with-errors.txt');
    await waitFor(() => ourDiagnostics(document.uri).some((d) => document.getText(d.range) === 'Deepsek') || undefined, 'the Deepsek diagnostic');
    await runQuickFix(document, 'Deepsek', 'Ignore 「Deepsek」 in this document');
    await waitFor(() => !ourDiagnostics(document.uri).some((d) => document.getText(d.range) === 'Deepsek') || undefined, 'the diagnostic to go');
    const written = Buffer.from(await vscode.workspace.fs.readFile(knowledgeFile())).toString('utf8');
    const name = document.uri.path.split('/').pop() ?? '';
    assert.match(written, new RegExp(`ignoredInDocuments:\\n\\s+${name.replace(/[.\\-]/g, '\\$&')}:\\n\\s+- Deepsek`));
    const other = await freshTranscript('podcast-with-errors.txt');
    await waitFor(() => ourDiagnostics(other.uri).some((d) => other.getText(d.range) === 'Deepsek') || undefined, 'other documents to still report it');
  });

  it('accepts a spelling as a name of its entity, and the name is then recognised', async () => {
    const document = await freshTranscript('podcast-with-errors.txt');
    const splitBrand = (d: vscode.Diagnostic): boolean => codeOf(d) === 'split-brand-name' && document.getText(d.range) === 'Open AI';
    await waitFor(() => ourDiagnostics(document.uri).some(splitBrand) || undefined, 'the Open AI diagnostic');
    await runQuickFix(document, 'Open AI', 'Accept 「Open AI」 as a spelling of OpenAI (workspace knowledge file)');
    // Still two spellings in one document (an information note), but no longer a misspelt name.
    await waitFor(() => !ourDiagnostics(document.uri).some(splitBrand) || undefined, 'the diagnostic to go');
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      rangeOf(document, 'Open AI').start.translate(0, 1),
    );
    assert.match(hoverText(hover), /OpenAI/);
    assert.match(Buffer.from(await vscode.workspace.fs.readFile(knowledgeFile())).toString('utf8'), /- id: openai[\s\S]*- Open AI/);
  });
});
