import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, hoverText, openTranscript, ourDiagnostics, rangeOf, serverRunning, waitFor, workspaceFile } from './helpers';

// Our own sentences; the glossaries are test/fixtures/glossary-terms.{tbx,csv}, copied into the workspace (the CLI test reads them too).
const TRANSCRIPT = '新しいモデルはインファレンスが速い。ファインチューンも一晩で終わるという。\n';

describe('Glossaries in VS Code (transcriptLens.glossaries)', () => {
  const files = ['glossary-terms.tbx', 'glossary-terms.csv'];

  before(async () => {
    await vscode.workspace.getConfiguration('transcriptLens').update('glossaries', files, vscode.ConfigurationTarget.Workspace);
  });

  beforeEach(serverRunning);

  after(async () => {
    await vscode.workspace.getConfiguration('transcriptLens').update('glossaries', undefined, vscode.ConfigurationTarget.Workspace);
    for (const name of ['transcript-lens.yaml']) await vscode.workspace.fs.delete(workspaceFile(name)).then(undefined, () => undefined);
  });

  async function glossaryTranscript(name: string): Promise<vscode.TextDocument> {
    await vscode.workspace.fs.writeFile(workspaceFile(name), Buffer.from(TRANSCRIPT, 'utf8'));
    return openTranscript(name);
  }

  const glossaryFindings = (document: vscode.TextDocument): string[] =>
    ourDiagnostics(document.uri)
      .filter((d) => codeOf(d) === 'glossary-term')
      .map((d) => document.getText(d.range))
      .sort();

  it('reports a TBX and a CSV glossary’s forbidden terms, fixes one to the preferred term, and hovers an approved term', async () => {
    const document = await glossaryTranscript('glossary-check.txt');
    await waitFor(
      () => (glossaryFindings(document).join(',') === ['インファレンス', 'ファインチューン'].sort().join(',') ? true : undefined),
      'the glossary-term diagnostics of both glossaries',
    );
    const fix = await waitFor(async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        rangeOf(document, 'インファレンス'),
        vscode.CodeActionKind.QuickFix.value,
      );
      return actions.find((a) => a.isPreferred && a.edit);
    }, 'the preferred quick fix');
    assert.ok(fix.edit && (await vscode.workspace.applyEdit(fix.edit)));
    assert.ok(document.getText().includes('モデルは推論が速い'), document.getText());
    await waitFor(() => (glossaryFindings(document).join(',') === 'ファインチューン' ? true : undefined), 'the fixed diagnostic to go');
    const hover = await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        rangeOf(document, '推論').start.translate(0, 1),
      );
      return /inference/.test(hoverText(hovers)) ? hoverText(hovers) : undefined;
    }, 'a hover on the approved term');
    assert.match(hover, /glossary\\?-terms\\?\.tbx/, 'where the entry is written');
  });

  it('ignores a glossary finding from the quick-fix menu', async () => {
    const document = await glossaryTranscript('glossary-ignore.txt');
    await waitFor(() => glossaryFindings(document).includes('ファインチューン') || undefined, 'the CSV glossary diagnostic');
    const ignore = await waitFor(async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        rangeOf(document, 'ファインチューン'),
        vscode.CodeActionKind.QuickFix.value,
      );
      return actions.find((a) => a.title === 'Ignore 「ファインチューン」 in this workspace');
    }, 'the ignore action');
    assert.ok(ignore.command);
    await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
    await waitFor(() => !glossaryFindings(document).includes('ファインチューン') || undefined, 'the ignored diagnostic to go');
    assert.deepEqual(glossaryFindings(document), ['インファレンス']);
  });
});
