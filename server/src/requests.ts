/** Answers to the requests Transcript Lens adds to LSP (see protocol.ts). */
import { RequestType, type Range } from 'vscode-languageserver';
import type { Analysis } from './analysisStore';
import { correctionsReport, glossary } from './core/exports';
import type { OffsetRange, Severity } from './core/types';
import type { AlignedSource, AlignedSourceParams, DocumentSummary, ExportKind, RequestDescription } from './shared';
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

/**
 * The source sentence aligned with a place in the translation: the pair holding it, else the nearest pair
 * before it that has a source (a cursor between sentences, or on one the translation added, still shows where
 * the translation is in the source).
 */
export function alignedSourceOf(analysis: Analysis, position: AlignedSourceParams['position']): AlignedSource | null {
  const alignment = analysis.result.alignment;
  if (!alignment) return null;
  const offset = analysis.doc.offsetAt(position);
  const holding = alignment.pairAt(offset);
  const pair =
    holding && holding.source.length > 0
      ? holding
      : ([...alignment.pairs].reverse().find((p) => p.source.length > 0 && (p.target[0]?.range.start ?? Infinity) <= offset) ??
        alignment.pairs.find((p) => p.source.length > 0));
  if (!pair) return { sourceUri: alignment.sourceUri, confidence: 0 };
  const span = alignment.sourceSpan(pair);
  return { sourceUri: alignment.sourceUri, range: { start: span.start, end: span.end }, confidence: pair.confidence };
}
