/** The extension's commands; each says what is wrong instead of failing silently. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FixAllCommand, type CommandResult, type ExportKind, type FixAllArgs } from '../../server/src/shared';
import { ExportRequestType } from './requests';

export function registerCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, restart: () => Promise<void>): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('transcriptLens.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Transcript Lens: open a transcript first.'));
        return;
      }
      if (!client()?.isRunning()) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Transcript Lens: the language server is not running. Run "Transcript Lens: Restart the language server".'));
        return;
      }
      // Provided by the server (registered by the language client from the server's capabilities).
      const result = await vscode.commands.executeCommand<CommandResult<typeof FixAllCommand> | null | undefined>(FixAllCommand.id, ...[editor.document.uri.toString()] satisfies FixAllArgs);
      if (result && result.edits === 0) void vscode.window.showInformationMessage(vscode.l10n.t('Transcript Lens: nothing to fix in this document.'));
    }),
    vscode.commands.registerCommand('transcriptLens.exportReport', (format?: 'markdown' | 'csv', target?: vscode.Uri) =>
      exportActive(client(), 'report', format, target),
    ),
    vscode.commands.registerCommand('transcriptLens.exportGlossary', (format?: 'csv' | 'tbx', target?: vscode.Uri) =>
      exportActive(client(), 'glossary', format, target),
    ),
    vscode.commands.registerCommand('transcriptLens.restartServer', restart),
    vscode.commands.registerCommand('transcriptLens.showOutput', () => client()?.outputChannel.show()),
  );
}

interface ExportChoice extends vscode.QuickPickItem {
  readonly format: string;
  readonly exportKind: ExportKind;
  readonly extension: string;
}

const EXPORT_CHOICES: Record<'report' | 'glossary', readonly ExportChoice[]> = {
  report: [
    { label: 'Markdown', format: 'markdown', exportKind: 'report-markdown', extension: 'md' },
    { label: 'CSV', format: 'csv', exportKind: 'report-csv', extension: 'csv' },
  ],
  glossary: [
    { label: 'CSV', format: 'csv', exportKind: 'glossary-csv', extension: 'csv' },
    { label: 'TBX', format: 'tbx', exportKind: 'glossary-tbx', extension: 'tbx' },
  ],
};

/** Exports the active transcript's corrections report or glossary; format and file are asked for unless given. */
async function exportActive(client: LanguageClient | undefined, what: 'report' | 'glossary', format?: string, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !client?.isRunning()) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Transcript Lens: open a transcript first (and make sure the server is running).'));
    return undefined;
  }
  const choices = EXPORT_CHOICES[what];
  const choice = format ? choices.find((c) => c.format === format) : await vscode.window.showQuickPick([...choices], { placeHolder: what === 'report' ? vscode.l10n.t('Export the corrections report as…') : vscode.l10n.t('Export the glossary as…') });
  if (!choice) return undefined;
  const result = await client.sendRequest(ExportRequestType, { uri: document.uri.toString(), kind: choice.exportKind });
  if (!result) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Transcript Lens: this document is not analysed (see the transcriptLens.languages setting).'));
    return undefined;
  }
  const suggested = document.uri.with({ path: document.uri.path.replace(/(\.[^./]+)?$/, `.${what === 'report' ? 'corrections' : 'glossary'}.${choice.extension}`) });
  const uri = target ?? (await vscode.window.showSaveDialog({ defaultUri: suggested }));
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, Buffer.from(result.text, 'utf8'));
  return uri;
}
