/** Answers to the requests Transcript Lens adds to LSP (see protocol.ts). */
import { RequestType, type Range } from 'vscode-languageserver';
import type { Analysis } from './analysisStore';
import { correctionsReport, glossary } from './core/exports';
import type { OffsetRange, Severity } from './core/types';
import { EXPORT_METHOD, SUMMARY_METHOD, type DocumentSummary, type ExportKind, type ExportParams, type ExportResult, type SummaryParams } from './protocol';

export const SummaryRequest = new RequestType<SummaryParams, DocumentSummary, void>(SUMMARY_METHOD);
export const ExportRequest = new RequestType<ExportParams, ExportResult, void>(EXPORT_METHOD);
import { toRange } from './convert';

export function summaryOf(analysis: Analysis | undefined): DocumentSummary {
  const problems: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  if (!analysis) return { analysed: false, problems, entities: [] };
  for (const finding of analysis.result.findings) problems[finding.severity]++;
  const offsets = new Map<string, OffsetRange[]>();
  for (const mention of analysis.result.mentions) {
    const ranges = offsets.get(mention.entityId) ?? [];
    ranges.push(mention.range);
    offsets.set(mention.entityId, ranges);
  }
  // A garbled name ("Deepsek", "サム・アルマン") is still a mention of its entity, for the user counting who is in the story.
  for (const finding of analysis.result.findings) {
    if (!finding.entityId) continue;
    const ranges = offsets.get(finding.entityId) ?? [];
    if (ranges.some((range) => range.start < finding.range.end && finding.range.start < range.end)) continue;
    ranges.push(finding.range);
    offsets.set(finding.entityId, ranges);
  }
  const byEntity = new Map<string, Range[]>();
  for (const [id, ranges] of offsets) byEntity.set(id, [...ranges].sort((a, b) => a.start - b.start).map((range) => toRange(analysis.doc, range)));
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
