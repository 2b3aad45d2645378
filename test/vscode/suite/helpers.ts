/** Helpers for the extension-host tests: open workspace files, wait for conditions (never fixed sleeps). */
import * as vscode from 'vscode';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The extension-host tests need a workspace folder (the driver opens one).');
  return vscode.Uri.joinPath(folder.uri, name);
}

/**
 * Opens a workspace file in an editor. A Japanese .txt is switched to the transcript language on opening
 * (which closes and reopens it for the language server): wait for that, so later requests meet the
 * reopened document.
 */
export async function openTranscript(name: string, japanese = true): Promise<vscode.TextDocument> {
  const opened = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(opened);
  if (!japanese) return opened;
  return waitFor(
    () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === opened.uri.toString() && d.languageId === 'transcript'),
    `${name} in the transcript language`,
  );
}

export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'transcript-lens');
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** The range of the first occurrence of a text in a document. */
export function rangeOf(document: vscode.TextDocument, text: string): vscode.Range {
  const offset = document.getText().indexOf(text);
  if (offset < 0) throw new Error(`「${text}」 is not in ${document.uri.fsPath}`);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + text.length));
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}
