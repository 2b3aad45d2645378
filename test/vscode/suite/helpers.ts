/**
 * Helpers for the extension-host tests: fresh copies of the fixtures, the extension's API, and waits on
 * conditions that are checked again whenever VS Code reports a change (diagnostics, documents, the server's
 * state), with generous limits: on a loaded machine a slow start must not read as a failure.
 */
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';

/** How long a condition may take to come true: minutes, since the machine may be busy with other work. */
export const PATIENCE_MS = 3 * 60_000;

export interface ExtensionApi {
  readonly summary: { current?: { summary: { problems: { error: number } } } };
  readonly entities: { getChildren(node?: unknown): { kind: string; type?: string; entity?: { id: string; mentions: readonly unknown[] } }[] };
  readonly server: { isRunning(): boolean; readonly onDidChangeState: vscode.Event<void> };
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The extension-host tests need a workspace folder (the driver opens one).');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function extensionApi(): Promise<ExtensionApi> {
  const extension = vscode.extensions.all.find((e) => e.packageJSON.name === 'transcript-lens');
  if (!extension) throw new Error('Transcript Lens is not installed in this VS Code.');
  return (extension.isActive ? extension.exports : await extension.activate()) as ExtensionApi;
}

/** The root folder of the extension under test, where its bundled server lives. */
export function extensionRoot(): string {
  const root = vscode.extensions.all.find((e) => e.packageJSON.name === 'transcript-lens')?.extensionPath;
  if (!root) throw new Error('Transcript Lens is not installed in this VS Code.');
  return root;
}

/** Process ids of the running language servers of this extension (pgrep without a shell: only the servers match). */
export function serverPids(): number[] {
  try {
    return execFileSync('pgrep', ['-f', `${extensionRoot()}/dist/server.js`])
      .toString()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches.
  }
}

let copies = 0;

/**
 * Opens a copy of a fixture under a name no other test uses, so that what one test does to its document
 * (edits, ignored words, a failure half-way) cannot change what the next one sees. A Japanese .txt is
 * switched to the transcript language on opening (closed and reopened for the language server): the
 * promise resolves with the reopened document.
 */
export async function freshTranscript(fixture: string, japanese = true): Promise<vscode.TextDocument> {
  const name = `t${++copies}-${fixture}`;
  await vscode.workspace.fs.copy(workspaceFile(fixture), workspaceFile(name), { overwrite: true });
  return openTranscript(name, japanese);
}

/** Opens a workspace file in an editor (see freshTranscript for the switch to the transcript language). */
export async function openTranscript(name: string, japanese = true): Promise<vscode.TextDocument> {
  const opened = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(opened);
  if (!japanese) return opened;
  return waitFor(
    () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === opened.uri.toString() && d.languageId === 'transcript'),
    `${name} in the transcript language`,
  );
}

/** Before each test: the server runs (restarted if a previous test left it stopped), and no editor is left open. */
export async function serverRunning(): Promise<void> {
  const api = await extensionApi();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const up = (): true | undefined => api.server.isRunning() || undefined;
  try {
    await waitFor(up, 'the language server to run', PATIENCE_MS / 2);
  } catch {
    await vscode.commands.executeCommand('transcriptLens.restartServer');
    await waitFor(up, 'the language server to run after a restart');
  }
}

/**
 * Resolves with the probe's first answer other than undefined or false. The probe runs again on every
 * change VS Code reports (diagnostics, documents, editors, the server's state), and every half second for
 * answers that come without an event (hovers, code actions).
 */
export async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, limitMs = PATIENCE_MS): Promise<T> {
  const api = await extensionApi();
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let probing = false;
    let again = false;
    const subscriptions: vscode.Disposable[] = [];
    const finish = (done: () => void): void => {
      settled = true;
      clearTimeout(limit);
      clearInterval(tick);
      subscriptions.forEach((s) => s.dispose());
      done();
    };
    const check = async (): Promise<void> => {
      if (settled) return;
      if (probing) {
        again = true;
        return;
      }
      probing = true;
      try {
        const value = await probe();
        if (value !== undefined && value !== false && !settled) finish(() => resolve(value));
      } catch (error) {
        if (!settled) finish(() => reject(error));
      } finally {
        probing = false;
      }
      if (again && !settled) {
        again = false;
        void check();
      }
    };
    const limit = setTimeout(() => finish(() => reject(new Error(`Timed out after ${limitMs / 1000} s waiting for ${what}.`))), limitMs);
    const tick = setInterval(() => void check(), 500);
    subscriptions.push(
      vscode.languages.onDidChangeDiagnostics(() => void check()),
      vscode.workspace.onDidOpenTextDocument(() => void check()),
      vscode.workspace.onDidChangeTextDocument(() => void check()),
      vscode.window.onDidChangeActiveTextEditor(() => void check()),
      api.server.onDidChangeState(() => void check()),
    );
    void check();
  });
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
