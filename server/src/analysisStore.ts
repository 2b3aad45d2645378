/** Keeps the latest analysis of each open document, recomputed only when its text version changes. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type AnalysisOptions, type AnalysisResult, type AnalysisServices } from './core/analyze';
import { TranscriptDocument } from './core/document';
import { japaneseRatio } from './core/text';
import type { Settings } from './settings';

export interface Analysis {
  readonly doc: TranscriptDocument;
  readonly result: AnalysisResult;
  readonly version: number;
}

/** What the workspace adds to an analysis (its knowledge, dictionaries, ignored words), and a key that changes with it. */
export interface WorkspaceInputs {
  readonly services: AnalysisServices;
  readonly options: Omit<AnalysisOptions, 'disabled'>;
  readonly key: string;
}

export class AnalysisStore {
  private readonly cache = new Map<string, { analysis: Analysis; settings: Settings; workspaceKey: string }>();

  /** The analysis of a document, or undefined when the settings say it is not a transcript to analyse. */
  get(document: TextDocument, settings: Settings, workspace: WorkspaceInputs): Analysis | undefined {
    const cached = this.cache.get(document.uri);
    if (cached && cached.analysis.version === document.version && cached.settings === settings && cached.workspaceKey === workspace.key) return cached.analysis;
    if (!isAnalysed(document, settings)) return undefined;
    const doc = new TranscriptDocument(document.getText(), document.uri);
    const result = analyze(doc, workspace.services, { ...workspace.options, disabled: new Set(settings.disabledChecks) });
    const analysis = { doc, result, version: document.version };
    this.cache.set(document.uri, { analysis, settings, workspaceKey: workspace.key });
    return analysis;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}

export function isAnalysed(document: TextDocument, settings: Settings): boolean {
  return settings.enable && settings.languages.includes(document.languageId) && japaneseRatio(document.getText()) >= settings.minimumJapaneseRatio;
}
