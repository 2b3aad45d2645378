/** Core offsets and findings to LSP ranges, diagnostics and edits. */
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TranscriptDocument } from './core/document';
import type { Finding, OffsetRange, Severity, TextEdit as CoreEdit } from './core/types';
import { t } from './core/l10n';

export const SOURCE = 'transcript-lens';

export function toRange(doc: TranscriptDocument, range: OffsetRange): Range {
  return { start: doc.positionAt(range.start), end: doc.positionAt(range.end) };
}

export function toSeverity(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
  }
}

export function toDiagnostic(doc: TranscriptDocument, finding: Finding): Diagnostic {
  return {
    range: toRange(doc, finding.range),
    severity: toSeverity(finding.severity),
    code: finding.code,
    source: SOURCE,
    message: finding.message,
    ...(finding.source
      ? {
          relatedInformation: [
            {
              location: { uri: finding.source.uri, range: { start: finding.source.start, end: finding.source.end } },
              message: t('Source: {0}', finding.source.text),
            },
          ],
        }
      : {}),
  };
}

export function toTextEdit(doc: TranscriptDocument, edit: CoreEdit): TextEdit {
  return { range: toRange(doc, edit.range), newText: edit.newText };
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Whether two lists of diagnostics, as toDiagnostic makes them, say the same. */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i];
    return y !== undefined && sameRange(x.range, y.range) && x.severity === y.severity && x.code === y.code && x.source === y.source && x.message === y.message;
  });
}

/**
 * Whether two analyses' findings make the same diagnostics (toDiagnostic), decided without making them:
 * most edits of a long document change none, and then nothing is built for the editor.
 */
export function sameDiagnosticsOf(
  a: { doc: TranscriptDocument; result: { findings: readonly Finding[] } },
  b: { doc: TranscriptDocument; result: { findings: readonly Finding[] } },
): boolean {
  const before = a.result.findings;
  const after = b.result.findings;
  if (before.length !== after.length) return false;
  const same = samePositionIn(a.doc, b.doc);
  return before.every((x, i) => {
    const y = after[i];
    // The findings an edit left where they were are the very objects of the last analysis (placedRuns): only their place is compared.
    if (x === y) return same(x.range.start, y.range.start) && same(x.range.end, y.range.end);
    return (
      y !== undefined &&
      x.code === y.code &&
      x.severity === y.severity &&
      x.message === y.message &&
      x.source?.range.start === y.source?.range.start &&
      x.source?.range.end === y.source?.range.end &&
      same(x.range.start, y.range.start) &&
      same(x.range.end, y.range.end)
    );
  });
}

/**
 * Whether an offset of one document and one of the other are the same LSP position (as positionAt gives
 * it). When the second was revised from the first, offsets on lines the edit left alone are compared
 * without looking their lines up: before the edit they are the same offset, and after it, with as many lines
 * as before, the same line moved by the change in length.
 */
function samePositionIn(a: TranscriptDocument, b: TranscriptDocument): (offsetA: number, offsetB: number) => boolean {
  const edit = b.revisedFrom?.serial === a.serial && b.revisedFrom.length === a.text.length ? b.revisedFrom.unchanged : undefined;
  // Offsets below this are on lines whose start and characters before them the edit left alone.
  const samePrefix = edit ? edit.prefix - 1 : -1;
  const delta = b.text.length - a.text.length;
  let sameFrom = Infinity;
  if (edit && a.lineStarts.length === b.lineStarts.length) {
    // The first line of the second document that starts after a line break the edit left alone.
    const line = b.lineIndexAt(b.text.length - edit.suffix) + 1;
    sameFrom = b.lineStarts[line] ?? Infinity;
  }
  return (offsetA, offsetB) => {
    if (offsetA === offsetB && offsetB < samePrefix) return true;
    if (offsetB >= sameFrom && offsetB <= b.text.length && offsetB - offsetA === delta) return true;
    return samePosition(a, offsetA, b, offsetB);
  };
}

/** Whether two offsets, each in its document, are the same LSP position (as positionAt gives it). */
function samePosition(a: TranscriptDocument, offsetA: number, b: TranscriptDocument, offsetB: number): boolean {
  const atA = Math.max(0, Math.min(offsetA, a.text.length));
  const atB = Math.max(0, Math.min(offsetB, b.text.length));
  const lineA = a.lineIndexAt(atA);
  const lineB = b.lineIndexAt(atB);
  return lineA === lineB && atA - (a.lineStarts[lineA] ?? 0) === atB - (b.lineStarts[lineB] ?? 0);
}
