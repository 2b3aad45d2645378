/** Answers to the requests Transcript Lens adds to LSP (see protocol.ts). */
import { RequestType, type Range } from 'vscode-languageserver';
import type { Analysis } from './analysisStore';
import { correctionsReport, glossary } from './core/exports';
import type { OffsetRange, Severity } from './core/types';
import type { DocumentSummary, ExportKind, RequestDescription } from './shared';
import { toRange } from './convert';

/** The server library's RequestType for one of the shared requests. */
export function requestType<Params, Result>(request: RequestDescription<Params, Result>): RequestType<Params, Result, void> {
  return new RequestType<Params, Result, void>(request.method);
}

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
  for (const [id, ranges] of offsets)
    byEntity.set(
      id,
      [...ranges].sort((a, b) => a.start - b.start).map((range) => toRange(analysis.doc, range)),
    );
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
