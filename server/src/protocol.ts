/**
 * The requests Transcript Lens adds to LSP, shared by the server (which answers them) and the client
 * (which sends them): a document summary for the Entities view and status bar, and exports. Types and
 * method names only: each side builds its RequestType with its own LSP library.
 */

export interface ProtocolRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

export interface SummaryEntity {
  readonly id: string;
  readonly type: string;
  readonly ja: string;
  readonly en: string;
  readonly mentions: readonly ProtocolRange[];
}

export interface DocumentSummary {
  readonly analysed: boolean;
  readonly problems: { error: number; warning: number; information: number; hint: number };
  readonly entities: readonly SummaryEntity[];
}

export type ExportKind = 'report-markdown' | 'report-csv' | 'glossary-csv' | 'glossary-tbx';

export interface SummaryParams {
  readonly uri: string;
}

export interface ExportParams {
  readonly uri: string;
  readonly kind: ExportKind;
}

export type ExportResult = { readonly text: string } | null;

export const SUMMARY_METHOD = 'transcriptLens/summary';
export const EXPORT_METHOD = 'transcriptLens/export';
