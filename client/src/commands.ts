/** The extension's commands; each says what is wrong instead of failing silently. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FixAllCommand, SETTINGS_SECTION, type CommandResult, type ExportKind, type FixAllArgs } from '../../server/src/shared';
import { ExportRequestType } from './requests';
import { SourceBeside } from './sourceBeside';

export function registerCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, restart: () => Promise<void>): void {
  /** The running client, or undefined after telling the user that the server is not running (and offering a restart). */
  const running = (): LanguageClient | undefined => {
    const current = client();
    if (current?.isRunning()) return current;
    return notRunning(restart);
  };
  const sourceBeside = new SourceBeside(running, client);
  context.subscriptions.push(
    sourceBeside,
    vscode.commands.registerCommand('transcriptLens.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Transcript Lens: open a transcript first.'));
        return;
      }
      if (!running()) return;
      // Provided by the server (registered by the language client from the server's capabilities): gone for
      // the moment when the server stopped just now.
      const result = await vscode.commands
        .executeCommand<CommandResult<typeof FixAllCommand> | null | undefined>(FixAllCommand.id, ...([editor.document.uri.toString()] satisfies FixAllArgs))
        .then(undefined, () => notRunning(restart));
      if (result && result.edits === 0) void vscode.window.showInformationMessage(vscode.l10n.t('Transcript Lens: nothing to fix in this document.'));
    }),
    vscode.commands.registerCommand('transcriptLens.exportReport', (format?: 'markdown' | 'csv', target?: vscode.Uri) =>
      exportActive(running, restart, 'report', format, target),
    ),
    vscode.commands.registerCommand('transcriptLens.exportGlossary', (format?: 'csv' | 'tbx', target?: vscode.Uri) =>
      exportActive(running, restart, 'glossary', format, target),
    ),
    vscode.commands.registerCommand('transcriptLens.setSourceDocument', (source?: vscode.Uri, target?: vscode.Uri) => setSourceDocument(source, target)),
    vscode.commands.registerCommand('transcriptLens.openSourceBeside', () => sourceBeside.open()),
    vscode.commands.registerCommand('transcriptLens.restartServer', restart),
    vscode.commands.registerCommand('transcriptLens.showOutput', () => {
      const current = client();
      if (current) current.outputChannel.show();
      else notRunning(restart);
    }),
  );
}

/**
 * Sets the English source of the active translation (or of `target`): asked for with a file dialog unless
 * given, written to transcriptLens.sourceDocuments (in the workspace folder's settings when the translation
 * is in one, paths relative to it), which the server reads.
 */
async function setSourceDocument(given?: vscode.Uri, target?: vscode.Uri): Promise<void> {
  const translation = target ?? vscode.window.activeTextEditor?.document.uri;
  if (!translation || translation.scheme !== 'file') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Transcript Lens: open a transcript first.'));
    return;
  }
  const source =
    given ??
    (
      await vscode.window.showOpenDialog({
        canSelectMany: false,
        defaultUri: vscode.Uri.joinPath(translation, '..'),
        openLabel: vscode.l10n.t('Use as source'),
        filters: { [vscode.l10n.t('Text and subtitles')]: ['txt', 'md', 'srt', 'vtt'] },
      })
    )?.[0];
  if (!source) return;
  const folder = vscode.workspace.getWorkspaceFolder(translation);
  const relative = (uri: vscode.Uri): string => (folder && uri.fsPath.startsWith(folder.uri.fsPath) ? vscode.workspace.asRelativePath(uri, false) : uri.fsPath);
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, translation);
  const current = config.get<Record<string, string>>('sourceDocuments', {});
  const scope = folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
  await config.update('sourceDocuments', { ...current, [relative(translation)]: relative(source) }, scope);
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Transcript Lens: {0} is checked against {1}', relative(translation), relative(source)), 5000);
}

/** Says that the server is not running (rather than failing), with a button to restart it; the command does not wait for an answer. */
function notRunning(restart: () => Promise<void>): undefined {
  const action = vscode.l10n.t('Restart server');
  void vscode.window
    .showWarningMessage(
      vscode.l10n.t(
        'Transcript Lens: the language server is not running (after a crash it restarts by itself in a moment). Try again shortly, or restart it now.',
      ),
      action,
    )
    .then((choice) => (choice === action ? restart() : undefined));
  return undefined;
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
async function exportActive(
  running: () => LanguageClient | undefined,
  restart: () => Promise<void>,
  what: 'report' | 'glossary',
  format?: string,
  target?: vscode.Uri,
): Promise<vscode.Uri | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Transcript Lens: open a transcript first.'));
    return undefined;
  }
  const client = running();
  if (!client) return undefined;
  const choices = EXPORT_CHOICES[what];
  const choice = format
    ? choices.find((c) => c.format === format)
    : await vscode.window.showQuickPick([...choices], {
        placeHolder: what === 'report' ? vscode.l10n.t('Export the corrections report as…') : vscode.l10n.t('Export the glossary as…'),
      });
  if (!choice) return undefined;
  let result;
  try {
    result = await client.sendRequest(ExportRequestType, { uri: document.uri.toString(), kind: choice.exportKind });
  } catch {
    // The server stopped while answering: say so rather than fail with a connection error.
    return notRunning(restart);
  }
  if (!result) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Transcript Lens: this document is not analysed (see the transcriptLens.languages setting).'));
    return undefined;
  }
  const suggested = document.uri.with({
    path: document.uri.path.replace(/(\.[^./]+)?$/, `.${what === 'report' ? 'corrections' : 'glossary'}.${choice.extension}`),
  });
  const uri = target ?? (await vscode.window.showSaveDialog({ defaultUri: suggested }));
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, Buffer.from(result.text, 'utf8'));
  return uri;
}
