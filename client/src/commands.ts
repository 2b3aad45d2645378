/** The extension's commands; each says what is wrong instead of failing silently. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** Provided by the server (registered by the language client from the server's capabilities). */
const APPLY_FIX_ALL = 'transcriptLens.applyFixAll';

export function registerCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, restart: () => Promise<void>): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('transcriptLens.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage('Transcript Lens: open a transcript first.');
        return;
      }
      if (!client()?.isRunning()) {
        void vscode.window.showWarningMessage('Transcript Lens: the language server is not running. Run "Transcript Lens: Restart the language server".');
        return;
      }
      const result = (await vscode.commands.executeCommand(APPLY_FIX_ALL, editor.document.uri.toString())) as { applied: boolean; edits: number } | undefined;
      if (result && result.edits === 0) void vscode.window.showInformationMessage('Transcript Lens: nothing to fix in this document.');
    }),
    vscode.commands.registerCommand('transcriptLens.restartServer', restart),
    vscode.commands.registerCommand('transcriptLens.showOutput', () => client()?.outputChannel.show()),
  );
}
