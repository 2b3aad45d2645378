/** Core offsets and findings to LSP ranges, diagnostics and edits. */
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TranscriptDocument } from './core/document';
import type { Finding, OffsetRange, Severity, TextEdit as CoreEdit } from './core/types';

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
