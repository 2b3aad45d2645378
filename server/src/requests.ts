/** Requests the Transcript Lens client sends beyond LSP: a document summary (entities view, status bar) and exports. */
import { RequestType, type Range } from 'vscode-languageserver';
import type { Analysis } from './analysisStore';
import { correctionsReport, glossary } from './core/exports';
import type { Severity } from './core/types';
import { toRange } from './convert';

export interface SummaryEntity {
  readonly id: string;
  readonly type: string;
  readonly ja: string;
  readonly en: string;
  readonly mentions: readonly Range[];
}

export interface DocumentSummary {
  readonly analysed: boolean;
  readonly problems: Record<Severity, number>;
  readonly entities: readonly SummaryEntity[];
}

export type ExportKind = 'report-markdown' | 'report-csv' | 'glossary-csv' | 'glossary-tbx';

export const SummaryRequest = new RequestType<{ uri: string }, DocumentSummary, void>('transcriptLens/summary');
export const ExportRequest = new RequestType<{ uri: string; kind: ExportKind }, { text: string } | null, void>('transcriptLens/export');

export function summaryOf(analysis: Analysis | undefined): DocumentSummary {
  const problems: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  if (!analysis) return { analysed: false, problems, entities: [] };
  for (const finding of analysis.result.findings) problems[finding.severity]++;
  const byEntity = new Map<string, Range[]>();
  for (const mention of analysis.result.mentions) {
    const ranges = byEntity.get(mention.entityId) ?? [];
    ranges.push(toRange(analysis.doc, mention.range));
    byEntity.set(mention.entityId, ranges);
  }
  const entities = [...byEntity].flatMap(([id, mentions]) => {
    const entity = analysis.result.context.kb.get(id);
    return entity ? [{ id, type: entity.type, ja: entity.ja, en: entity.en, mentions }] : [];
  });
  return { analysed: true, problems, entities };
}

export function exportOf(analysis: Analysis, kind: ExportKind): string {
  switch (kind) {
    case 'report-markdown':
      return correctionsReport(analysis.doc, analysis.result, 'markdown');
    case 'report-csv':
      return correctionsReport(analysis.doc, analysis.result, 'csv');
    case 'glossary-csv':
      return glossary(analysis.result, 'csv');
    case 'glossary-tbx':
      return glossary(analysis.result, 'tbx');
  }
}
