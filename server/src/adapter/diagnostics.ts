/**
 * Diagnostics: pulled by the editor (with "unchanged" answers when an edit moved none, decided without
 * building them), or pushed after each change to clients that do not pull.
 */
import { DocumentDiagnosticReportKind, type Diagnostic, type DocumentDiagnosticParams, type DocumentDiagnosticReport } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../analysisStore';
import { sameDiagnostics, sameDiagnosticsOf, toDiagnostic } from '../convert';
import type { AnalysisOf } from './analyses';
import type { Workspace } from './workspace';

/** What a document's diagnostics are made from: its analysis for a transcript, its problems for a workspace file. */
type DiagnosticsSource = { readonly analysis: Analysis } | { readonly items: Diagnostic[] };

export interface DiagnosticsDependencies {
  readonly documents: { get(uri: string): TextDocument | undefined };
  readonly workspace: Workspace;
  readonly analysisOf: AnalysisOf;
}

export class Diagnostics {
  // The last report per document: when an edit leaves the diagnostics as they were (most edits do), the
  // editor is told "unchanged" instead of being sent hundreds of diagnostics again.
  private readonly lastReports = new Map<string, { resultId: string; source: DiagnosticsSource }>();
  private nextResultId = 1;

  constructor(private readonly deps: DiagnosticsDependencies) {}

  /** The answer to a diagnostics pull. */
  async pull(params: DocumentDiagnosticParams): Promise<DocumentDiagnosticReport> {
    const uri = params.textDocument.uri;
    const source = await this.sourceOf(uri);
    const last = this.lastReports.get(uri);
    if (last && params.previousResultId === last.resultId && sameSource(last.source, source)) {
      // The same diagnostics, from the newest analysis: the next edit is compared with the version it was made to.
      this.lastReports.set(uri, { resultId: last.resultId, source });
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
    }
    const resultId = String(this.nextResultId++);
    this.lastReports.set(uri, { resultId, source });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: itemsOf(source) };
  }

  /** A document's diagnostics, for clients that are sent them. */
  async of(uri: string): Promise<Diagnostic[]> {
    return itemsOf(await this.sourceOf(uri));
  }

  forget(uri: string): void {
    this.lastReports.delete(uri);
  }

  private async sourceOf(uri: string): Promise<DiagnosticsSource> {
    const document = this.deps.documents.get(uri);
    // A dictionary or knowledge file open in the editor: its own problems (bad YAML, invalid records, failing specs).
    const problems = document ? await this.deps.workspace.problemsOf(uri, document.getText()) : undefined;
    if (problems) return { items: problems };
    const analysis = await this.deps.analysisOf(uri);
    return analysis ? { analysis } : { items: [] };
  }
}

function itemsOf(source: DiagnosticsSource): Diagnostic[] {
  if ('items' in source) return source.items;
  const { doc, result } = source.analysis;
  return result.findings.map((finding) => toDiagnostic(doc, finding));
}

/** Whether two sources make the same diagnostics; for analyses, decided without making them. */
function sameSource(a: DiagnosticsSource, b: DiagnosticsSource): boolean {
  if ('analysis' in a && 'analysis' in b) return sameDiagnosticsOf(a.analysis, b.analysis);
  return 'items' in a && 'items' in b && sameDiagnostics(a.items, b.items);
}
