/** The command line's output formats: compiler-style text, the documented JSON, and SARIF 2.1.0. */
import type { AnalysisResult } from '../core/analyze';
import { ALL_DETECTORS } from '../core/detectors';
import type { Position, TranscriptDocument } from '../core/document';
import type { OffsetRange, Severity } from '../core/types';
import { t } from '../core/l10n';

export interface FileReport {
  readonly path: string;
  readonly doc: TranscriptDocument;
  readonly result: AnalysisResult;
}

function lspRange(doc: TranscriptDocument, range: OffsetRange): { start: Position; end: Position } {
  return { start: doc.positionAt(range.start), end: doc.positionAt(range.end) };
}

export function toText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const { path, doc, result } of reports) {
    for (const finding of result.findings) {
      const start = doc.positionAt(finding.range.start);
      const fix = finding.fixes.find((f) => f.preferred)?.edits[0]?.newText;
      const arrow = fix === undefined ? '' : ` (→ ${fix === '' ? t('(remove)') : fix})`;
      lines.push(`${path}:${start.line + 1}:${start.character + 1} ${finding.severity} ${finding.code} ${finding.message.replace(/\r?\n/g, '⏎')}${arrow}`);
    }
  }
  return lines.join('\n');
}

export function toJson(reports: readonly FileReport[]): unknown {
  return {
    files: reports.map(({ path, doc, result }) => ({
      path,
      diagnostics: result.findings.map((finding) => ({
        range: lspRange(doc, finding.range),
        severity: finding.severity,
        code: finding.code,
        message: finding.message,
        fixes: finding.fixes.map((fix) => ({ title: fix.title, edits: fix.edits.map((edit) => ({ range: lspRange(doc, edit.range), newText: edit.newText })) })),
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
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Transcript Lens',
            version,
            rules: ALL_DETECTORS.map((detector) => ({ id: detector.code, shortDescription: { text: detector.description } })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap(({ path, doc, result }) =>
          result.findings.map((finding) => ({
            ruleId: finding.code,
            level: SARIF_LEVEL[finding.severity],
            message: { text: finding.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: path }, region: sarifRegion(doc, finding.range) } }],
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
        ),
      },
    ],
  };
}
