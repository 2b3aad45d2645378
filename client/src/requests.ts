/** The server's requests beyond LSP (types and names in server/src/protocol.ts), built with the client's library. */
import { RequestType } from 'vscode-languageclient/node';
import { EXPORT_METHOD, SUMMARY_METHOD, type DocumentSummary, type ExportParams, type ExportResult, type SummaryParams } from '../../server/out/protocol';

export const SummaryRequest = new RequestType<SummaryParams, DocumentSummary, void>(SUMMARY_METHOD);
export const ExportRequest = new RequestType<ExportParams, ExportResult, void>(EXPORT_METHOD);
