/** The server's requests beyond LSP (server/src/shared), as the client's library types them. */
import { RequestType } from 'vscode-languageclient/node';
import { AlignedSourceRequest, ExportRequest, SummaryRequest, type RequestDescription } from '../../server/src/shared';

function requestType<Params, Result>(request: RequestDescription<Params, Result>): RequestType<Params, Result, void> {
  return new RequestType<Params, Result, void>(request.method);
}

export const SummaryRequestType = requestType(SummaryRequest);
export const ExportRequestType = requestType(ExportRequest);
export const AlignedSourceRequestType = requestType(AlignedSourceRequest);
