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

export class AnalysisStore {
  private readonly cache = new Map<string, { analysis: Analysis; settings: Settings; dictionaryKey: string }>();

  constructor(private readonly services: Promise<AnalysisServices>) {}

  /** The analysis of a document, or undefined when the settings say it is not a transcript to analyse. */
  async get(document: TextDocument, settings: Settings, dictionary: AnalysisOptions['dictionary'] = undefined): Promise<Analysis | undefined> {
    if (!isAnalysed(document, settings)) return undefined;
    const dictionaryKey = dictionary?.key ?? '';
    const cached = this.cache.get(document.uri);
    if (cached && cached.analysis.version === document.version && cached.settings === settings && cached.dictionaryKey === dictionaryKey) return cached.analysis;
    const services = await this.services;
    const doc = new TranscriptDocument(document.getText(), document.uri);
    const result = analyze(doc, services, { disabled: new Set(settings.disabledChecks), ...(dictionary ? { dictionary } : {}) });
    const analysis = { doc, result, version: document.version };
    this.cache.set(document.uri, { analysis, settings, dictionaryKey });
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
