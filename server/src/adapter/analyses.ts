/** The analysis of an open transcript, with its settings and what the workspace adds; undefined for any other document. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, AnalysisStore } from '../analysisStore';
import { isXliffFile } from '../core/formats';
import type { SettingsSource } from './settingsSource';
import type { SourceDocuments } from './sourceDocuments';
import type { Workspace } from './workspace';

export interface AnalysesDependencies {
  readonly documents: { get(uri: string): TextDocument | undefined };
  readonly store: AnalysisStore;
  readonly settings: SettingsSource;
  readonly workspace: Workspace;
  readonly logError: (message: string) => void;
  readonly sources: SourceDocuments;
}

export type AnalysisOf = (uri: string) => Promise<Analysis | undefined>;

export function createAnalysisOf({ documents, store, settings, workspace, logError, sources }: AnalysesDependencies): AnalysisOf {
  return async (uri) => {
    const document = documents.get(uri);
    if (!document || workspace.isWorkspaceFile(uri)) return undefined;
    try {
      const documentSettings = await settings.forDocument(uri);
      const inputs = await workspace.inputsFor(uri);
      // With an English source, the translation is also checked against it (and the hover shows it). An untrusted
      // workspace's files are not read, the source beside a transcript included: only open transcripts are.
      // An XLIFF file is its own source (the open document itself, so read in any workspace).
      const own = isXliffFile(uri, document.languageId)
        ? { source: { text: document.getText(), uri, format: 'xliff' as const }, key: 'own-source' }
        : undefined;
      const found = own ?? (workspace.isTrusted ? await sources.sourceFor(uri, documentSettings) : undefined);
      const withSource = found ? { ...inputs, options: { ...inputs.options, source: found.source }, key: `${inputs.key}\u0000${found.key}` } : inputs;
      return store.get(document, documentSettings, withSource);
    } catch (error) {
      logError(`Transcript Lens failed to analyse ${uri}: ${(error as Error).stack ?? String(error)}`);
      return undefined;
    }
  };
}
