/**
 * The requests Transcript Lens adds to LSP, shared by the server (which answers them) and the client
 * (which sends them): a document summary for the Entities view and status bar, and exports. Each side
 * makes a RequestType of its own LSP library from these (the client's and the server's libraries are
 * different versions, whose RequestType classes do not mix).
 */

/** A request: its method, and (as types only) its parameters and result. */
export interface RequestDescription<Params, Result> {
  readonly method: string;
  /** Never set: carry the types. */
  readonly params?: Params;
  readonly result?: Result;
}

function request<Params, Result>(method: string): RequestDescription<Params, Result> {
  return { method };
}

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

export const SummaryRequest = request<SummaryParams, DocumentSummary>('transcriptLens/summary');
export const ExportRequest = request<ExportParams, ExportResult>('transcriptLens/export');

export interface AlignedSourceParams {
  readonly uri: string;
  readonly position: { readonly line: number; readonly character: number };
}

/** The source a translation is checked against, and the source sentence aligned with a place in the translation. */
export interface AlignedSource {
  readonly sourceUri: string;
  /** Absent when no source sentence is aligned near that place (a sentence the translation added). */
  readonly range?: ProtocolRange;
  /** 0..1: how sure the aligner is of that pair. */
  readonly confidence: number;
}

/** null: the translation has no source (none found beside it or set for it), or it is not analysed. */
export const AlignedSourceRequest = request<AlignedSourceParams, AlignedSource | null>('transcriptLens/alignedSource');
