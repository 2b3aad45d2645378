/** The summary (problem counts, entities) of the transcript in the active editor, kept up to date for the views. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { DocumentSummary } from '../../server/src/shared';
import { SummaryRequestType } from './requests';

export class ActiveSummary implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  current: { uri: vscode.Uri; summary: DocumentSummary } | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private pending: NodeJS.Timeout | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      // Diagnostics follow every analysis, so their change is the signal that the summary changed too.
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) this.schedule();
      }),
    );
  }

  private schedule(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.refresh(), 200);
  }

  async refresh(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const client = this.client();
    if (!document || !client?.isRunning()) {
      this.current = undefined;
    } else {
      try {
        const summary = await client.sendRequest(SummaryRequestType, { uri: document.uri.toString() });
        this.current = summary.analysed ? { uri: document.uri, summary } : undefined;
      } catch {
        this.current = undefined;
      }
    }
    this.changed.fire();
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    this.changed.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
