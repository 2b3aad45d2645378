/** The analysis of an open transcript, with its settings and what the workspace adds; undefined for any other document. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, AnalysisStore } from '../analysisStore';
import type { SettingsSource } from './settingsSource';
import type { Workspace } from './workspace';

export interface AnalysesDependencies {
  readonly documents: { get(uri: string): TextDocument | undefined };
  readonly store: AnalysisStore;
  readonly settings: SettingsSource;
  readonly workspace: Workspace;
  readonly logError: (message: string) => void;
}

export type AnalysisOf = (uri: string) => Promise<Analysis | undefined>;

export function createAnalysisOf({ documents, store, settings, workspace, logError }: AnalysesDependencies): AnalysisOf {
  return async (uri) => {
    const document = documents.get(uri);
    if (!document || workspace.isWorkspaceFile(uri)) return undefined;
    try {
      const documentSettings = await settings.forDocument(uri);
      const inputs = await workspace.inputsFor(uri);
      return store.get(document, documentSettings, inputs);
    } catch (error) {
      logError(`Transcript Lens failed to analyse ${uri}: ${(error as Error).stack ?? String(error)}`);
      return undefined;
    }
  };
}
