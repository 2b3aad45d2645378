import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, hoverText, openTranscript, ourDiagnostics, rangeOf, serverRunning, waitFor, workspaceFile } from './helpers';

let pairs = 0;

/** Copies the bilingual fixture pair under fresh names: the translation as NAME.txt, the source under `sourceName(NAME)`. */
async function freshPair(sourceName: (name: string) => string): Promise<{ translation: string; source: string }> {
  const name = `pair${++pairs}-talk`;
  await vscode.workspace.fs.copy(workspaceFile('bilingual-talk.en.txt'), workspaceFile(sourceName(name)), { overwrite: true });
  await vscode.workspace.fs.copy(workspaceFile('bilingual-talk.txt'), workspaceFile(`${name}.txt`), { overwrite: true });
  return { translation: `${name}.txt`, source: sourceName(name) };
}

async function sourceHover(document: vscode.TextDocument, sentence: string): Promise<string> {
  return waitFor(async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      rangeOf(document, sentence).start.translate(0, 2),
    );
    const text = hoverText(hovers);
    return /That figure covers only the final training run/.test(text) ? text : undefined;
  }, 'the hover with the aligned source sentence');
}

describe('A translation with its English source', () => {
  beforeEach(serverRunning);

  it('finds NAME.en.txt beside NAME.txt: checks the amount against it, and the hover shows the aligned source sentence', async () => {
    const pair = await freshPair((name) => `${name}.en.txt`);
    const document = await openTranscript(pair.translation);
    const currency = await waitFor(
      () => ourDiagnostics(document.uri).find((d) => codeOf(d) === 'currency-mismatch'),
      'the currency checked against the source',
    );
    assert.equal(document.getText(currency.range), 'ルピー');
    assert.equal(currency.relatedInformation?.[0]?.location.uri.toString(), workspaceFile(pair.source).toString());
    const hover = await sourceHover(document, 'この数字は最後の訓練だけのものだ。');
    assert.match(hover, /That figure covers only the final training run\./);
    assert.doesNotMatch(hover, /DeepSeek trained/, 'only the aligned sentence, not its neighbours');
  });

  it('takes the source set with "Set source document…"', async () => {
    const pair = await freshPair((name) => `${name}-original.txt`);
    const document = await openTranscript(pair.translation);
    await waitFor(() => ourDiagnostics(document.uri).length > 0 || undefined, 'the translation’s own analysis');
    assert.ok(!ourDiagnostics(document.uri).some((d) => codeOf(d) === 'currency-mismatch'), 'no source yet');
    await vscode.commands.executeCommand('transcriptLens.setSourceDocument', workspaceFile(pair.source), document.uri);
    const hover = await sourceHover(document, 'この数字は最後の訓練だけのものだ。');
    assert.match(hover, new RegExp(pair.source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });

  it('opens the source beside the translation with the aligned sentence selected, and follows the cursor', async () => {
    const pair = await freshPair((name) => `${name}.en.txt`);
    const document = await openTranscript(pair.translation);
    const translation = await vscode.window.showTextDocument(document);
    await waitFor(() => ourDiagnostics(document.uri).some((d) => codeOf(d) === 'currency-mismatch') || undefined, 'the pair analysed');
    const at = (sentence: string): vscode.Position => rangeOf(document, sentence).start.translate(0, 2);
    translation.selection = new vscode.Selection(at('この数字は'), at('この数字は'));
    await vscode.commands.executeCommand('transcriptLens.openSourceBeside');
    const selectedInSource = (): string | undefined => {
      const source = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === workspaceFile(pair.source).toString());
      return source ? source.document.getText(source.selection) : undefined;
    };
    await waitFor(
      () => selectedInSource() === 'That figure covers only the final training run.' || undefined,
      'the aligned sentence selected in the source beside',
    );
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), document.uri.toString(), 'the translation keeps the focus');
    translation.selection = new vscode.Selection(at('欧州の研究者'), at('欧州の研究者'));
    await waitFor(
      () => selectedInSource() === 'Researchers in Europe were surprised by the low cost.' || undefined,
      'the source selection following the cursor',
    );
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
  });
});
