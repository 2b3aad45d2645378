/**
 * "Open source beside": the English source in the column beside the translation, with the source sentence
 * aligned to the cursor selected, following the cursor as it moves in the translation.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { AlignedSource } from '../../server/src/shared';
import { AlignedSourceRequestType } from './requests';

/** Enough for a held arrow key to ask once per pause, not once per line. */
const FOLLOW_DELAY_MS = 80;

export class SourceBeside implements vscode.Disposable {
  /** One translation is followed at a time: opening another source beside stops following the last. */
  private following: vscode.Disposable | undefined;

  constructor(
    /** The running client, or undefined after telling the user it is not running. */
    private readonly running: () => LanguageClient | undefined,
    /** The client as it is, said nothing about: moving the cursor must not nag. */
    private readonly current: () => LanguageClient | undefined,
  ) {}

  async open(): Promise<void> {
    const translation = vscode.window.activeTextEditor;
    if (!translation) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Transcript Lens: open a transcript first.'));
      return;
    }
    const client = this.running();
    if (!client) return;
    const aligned = await this.ask(client, translation.document.uri, translation.selection.active);
    if (aligned === undefined) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Transcript Lens: the language server did not answer (it may be restarting). Try again shortly.'));
      return;
    }
    if (!aligned) {
      const set = vscode.l10n.t('Set source document…');
      const choice = await vscode.window.showInformationMessage(
        vscode.l10n.t('Transcript Lens: this translation has no English source yet. Put NAME.en.txt (or .srt, .vtt, .md) beside it, or set one.'),
        set,
      );
      if (choice === set) await vscode.commands.executeCommand('transcriptLens.setSourceDocument');
      return;
    }
    const source = await vscode.window.showTextDocument(vscode.Uri.parse(aligned.sourceUri), {
      viewColumn: vscode.ViewColumn.Beside,
      preserveFocus: true,
      preview: false,
    });
    select(source, aligned);
    this.follow(translation.document.uri, source.document.uri);
  }

  dispose(): void {
    this.following?.dispose();
    this.following = undefined;
  }

  private follow(translation: vscode.Uri, source: vscode.Uri): void {
    this.dispose();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = async (position: vscode.Position): Promise<void> => {
      const client = this.current();
      if (!client?.isRunning()) return;
      const aligned = await this.ask(client, translation, position);
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === source.toString());
      if (aligned && editor && vscode.Uri.parse(aligned.sourceUri).toString() === source.toString()) select(editor, aligned);
    };
    const subscriptions = [
      vscode.window.onDidChangeTextEditorSelection((event) => {
        const active = event.selections[0]?.active;
        if (event.textEditor.document.uri.toString() !== translation.toString() || !active) return;
        clearTimeout(timer);
        timer = setTimeout(() => void update(active), FOLLOW_DELAY_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.toString() === translation.toString() || document.uri.toString() === source.toString()) this.dispose();
      }),
    ];
    this.following = { dispose: () => (clearTimeout(timer), subscriptions.forEach((s) => s.dispose())) };
  }

  /** The aligned source; null when the translation has none; undefined when the server could not answer (it is restarting). */
  private async ask(client: LanguageClient, uri: vscode.Uri, position: vscode.Position): Promise<AlignedSource | null | undefined> {
    return client.sendRequest(AlignedSourceRequestType, { uri: uri.toString(), position: { line: position.line, character: position.character } }).then(
      (answer) => answer,
      () => undefined,
    );
  }
}

/** Selects the aligned sentence in the source editor (shown as its selection while the translation has focus) and scrolls to it. */
function select(editor: vscode.TextEditor, aligned: AlignedSource): void {
  if (!aligned.range) return;
  const range = new vscode.Range(aligned.range.start.line, aligned.range.start.character, aligned.range.end.line, aligned.range.end.character);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
