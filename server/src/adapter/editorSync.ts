/**
 * Keeps the editor up to date: diagnostics pushed to clients that do not pull them, and, when settings or
 * workspace files change, every analysis dropped and the editor asked to refresh what it shows.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisStore } from '../analysisStore';
import type { ClientFeatures } from './capabilities';
import type { Diagnostics } from './diagnostics';
import type { SettingsSource } from './settingsSource';

export interface EditorConnection {
  sendDiagnostics(params: { uri: string; version?: number; diagnostics: Diagnostic[] }): Promise<void>;
  refreshDiagnostics(): Promise<void>;
  refreshInlayHints(): Promise<void>;
  refreshSemanticTokens(): Promise<void>;
  warn(message: string): void;
}

export interface EditorSyncDependencies {
  readonly editor: EditorConnection;
  readonly documents: { get(uri: string): TextDocument | undefined; all(): TextDocument[] };
  readonly store: AnalysisStore;
  readonly diagnostics: Diagnostics;
  readonly settings: SettingsSource;
}

const NO_FEATURES: ClientFeatures = {
  pullsDiagnostics: false,
  hasConfiguration: false,
  refreshes: { diagnostics: false, inlayHints: false, semanticTokens: false },
};

export class EditorSync {
  private features = NO_FEATURES;

  constructor(private readonly deps: EditorSyncDependencies) {}

  configure(features: ClientFeatures): void {
    this.features = features;
  }

  /** A document changed: clients that do not pull diagnostics are sent them (if the document is still at that version). */
  async changed(document: TextDocument): Promise<void> {
    if (this.features.pullsDiagnostics) return;
    const { uri, version } = document;
    const diagnostics = await this.deps.diagnostics.of(uri);
    if (this.deps.documents.get(uri)?.version === version) await this.deps.editor.sendDiagnostics({ uri, version, diagnostics });
  }

  closed(uri: string): void {
    this.deps.store.forget(uri);
    this.deps.diagnostics.forget(uri);
    this.deps.settings.forget(uri);
    if (!this.features.pullsDiagnostics) void this.deps.editor.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Settings or workspace files changed: everything is analysed again and the editor asked to refresh. */
  refreshAll(): void {
    const { editor, documents, store, diagnostics } = this.deps;
    store.clear();
    if (!this.features.pullsDiagnostics) {
      for (const document of documents.all())
        void diagnostics.of(document.uri).then((items) => editor.sendDiagnostics({ uri: document.uri, diagnostics: items }));
    }
    const failed = (error: unknown): void => editor.warn(`Transcript Lens could not ask the editor to refresh: ${String(error)}`);
    if (this.features.refreshes.diagnostics) void editor.refreshDiagnostics().catch(failed);
    if (this.features.refreshes.inlayHints) void editor.refreshInlayHints().catch(failed);
    if (this.features.refreshes.semanticTokens) void editor.refreshSemanticTokens().catch(failed);
  }
}
