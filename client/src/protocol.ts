/** The server's requests beyond LSP, as the client calls them (server/src/requests.ts answers them). */
import { RequestType, type Range } from 'vscode-languageclient/node';

export interface SummaryEntity {
  readonly id: string;
  readonly type: string;
  readonly ja: string;
  readonly en: string;
  readonly mentions: readonly Range[];
}

export interface DocumentSummary {
  readonly analysed: boolean;
  readonly problems: { readonly error: number; readonly warning: number; readonly information: number; readonly hint: number };
  readonly entities: readonly SummaryEntity[];
}

export type ExportKind = 'report-markdown' | 'report-csv' | 'glossary-csv' | 'glossary-tbx';

export const SummaryRequest = new RequestType<{ uri: string }, DocumentSummary, void>('transcriptLens/summary');
export const ExportRequest = new RequestType<{ uri: string; kind: ExportKind }, { text: string } | null, void>('transcriptLens/export');
