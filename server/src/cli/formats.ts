/** The command line's output formats: compiler-style text, the documented JSON, and SARIF 2.1.0. */
import type { AnalysisResult } from '../core/analyze';
import { ALL_DETECTORS } from '../core/detectors';
import { SOURCE_CHECKS } from '../core/bilingual';
import type { Position, TranscriptDocument } from '../core/document';
import type { OffsetRange, Severity } from '../core/types';
import { t } from '../core/l10n';

export interface FileReport {
  readonly path: string;
  readonly doc: TranscriptDocument;
  readonly result: AnalysisResult;
  /** The English original the file was checked against, when there was one. */
  readonly sourceDoc?: TranscriptDocument;
}

function lspRange(doc: TranscriptDocument, range: OffsetRange): { start: Position; end: Position } {
  return { start: doc.positionAt(range.start), end: doc.positionAt(range.end) };
}

export function toText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const { path, doc, result, sourceDoc } of reports) {
    for (const finding of result.findings) {
      const start = doc.positionAt(finding.range.start);
      const edit = finding.fixes.find((f) => f.preferred)?.edits[0];
      const fix = edit === undefined ? '' : ` (${describeEdit(doc.text, edit)})`;
      const source = finding.source && sourceDoc ? ` [${t('source')} ${sourceLocation(sourceDoc, finding.source.range)}]` : '';
      lines.push(`${path}:${start.line + 1}:${start.character + 1} ${finding.severity} ${finding.code} ${oneLine(finding.message)}${fix}${source}`);
    }
  }
  return lines.join('\n');
}

const WORD_CHARACTER = /[A-Za-z0-9-]/;

/**
 * A fix as a reader understands it on one line: what is removed ("remove 「オープン」"), or the word as it
 * reads after the fix ("→ breakingpoints.com", not "→ .com" for an edit of part of the word).
 */
export function describeEdit(text: string, edit: { readonly range: OffsetRange; readonly newText: string }): string {
  if (edit.newText === '') return t('remove 「{0}」', oneLine(text.slice(edit.range.start, edit.range.end)));
  let start = edit.range.start;
  let end = edit.range.end;
  while (start > 0 && WORD_CHARACTER.test(text[start - 1] ?? '')) start--;
  while (end < text.length && WORD_CHARACTER.test(text[end] ?? '')) end++;
  return `→ ${oneLine(text.slice(start, edit.range.start) + edit.newText + text.slice(edit.range.end, end))}`;
}

/** A source span as path:line:col-line:col (1-based). */
function sourceLocation(sourceDoc: TranscriptDocument, range: OffsetRange): string {
  const start = sourceDoc.positionAt(range.start);
  const end = sourceDoc.positionAt(range.end);
  return `${sourceDoc.uri}:${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
}

function oneLine(text: string): string {
  return text.replace(/\r?\n/g, '⏎');
}

export function toJson(reports: readonly FileReport[]): unknown {
  return {
    files: reports.map(({ path, doc, result, sourceDoc }) => ({
      path,
      ...(sourceDoc ? { source: sourceDoc.uri } : {}),
      diagnostics: result.findings.map((finding) => ({
        range: lspRange(doc, finding.range),
        severity: finding.severity,
        code: finding.code,
        message: finding.message,
        fixes: finding.fixes.map((fix) => ({
          title: fix.title,
          edits: fix.edits.map((edit) => ({ range: lspRange(doc, edit.range), newText: edit.newText })),
        })),
        ...(finding.source && sourceDoc
          ? { source: { path: sourceDoc.uri, range: lspRange(sourceDoc, finding.source.range), text: finding.source.text } }
          : {}),
      })),
      entities: result.mentions.map((mention) => {
        const entity = result.context.kb.get(mention.entityId);
        return { range: lspRange(doc, mention.range), id: mention.entityId, type: entity?.type ?? 'unknown', label: entity?.en ?? mention.surface };
      }),
    })),
  };
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF regions count 1-based lines and columns in UTF-16 code units, as declared in the run. */
function sarifRegion(doc: TranscriptDocument, range: OffsetRange): Record<string, number> {
  const start = doc.positionAt(range.start);
  const end = doc.positionAt(range.end);
  return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

export function toSarif(reports: readonly FileReport[], version: string): unknown {
  return sarifLog(sarifResults(reports), version);
}

/** The SARIF log around results (those of sarifResults, possibly of files checked apart). */
export function sarifLog(results: readonly unknown[], version: string): unknown {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Transcript Lens',
            version,
            rules: [...ALL_DETECTORS, ...SOURCE_CHECKS].map((detector) => ({ id: detector.code, shortDescription: { text: detector.description } })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function sarifResults(reports: readonly FileReport[]): unknown[] {
  return reports.flatMap(({ path, doc, result, sourceDoc }) =>
    result.findings.map((finding) => ({
      ruleId: finding.code,
      level: SARIF_LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: path }, region: sarifRegion(doc, finding.range) } }],
      ...(finding.source && sourceDoc
        ? {
            relatedLocations: [
              {
                id: 0,
                message: { text: t('Source: {0}', finding.source.text) },
                physicalLocation: { artifactLocation: { uri: sourceDoc.uri }, region: sarifRegion(sourceDoc, finding.source.range) },
              },
            ],
          }
        : {}),
      fixes: finding.fixes.map((fix) => ({
        description: { text: fix.title },
        artifactChanges: [
          {
            artifactLocation: { uri: path },
            replacements: fix.edits.map((edit) => ({ deletedRegion: sarifRegion(doc, edit.range), insertedContent: { text: edit.newText } })),
          },
        ],
      })),
      properties: { confidence: finding.confidence },
    })),
  );
}
