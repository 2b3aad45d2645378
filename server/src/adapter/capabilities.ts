/** What the client can do (read once at initialize), and what the server offers in return. */
import { CodeActionKind, TextDocumentSyncKind, type ClientCapabilities, type InitializeResult } from 'vscode-languageserver';
import { LEGEND } from '../semanticTokens';
import { FIX_ALL_KIND, SERVER_COMMANDS } from '../shared';

export interface ClientFeatures {
  readonly pullsDiagnostics: boolean;
  readonly hasConfiguration: boolean;
  readonly refreshes: { readonly diagnostics: boolean; readonly inlayHints: boolean; readonly semanticTokens: boolean };
}

export function clientFeatures(capabilities: ClientCapabilities): ClientFeatures {
  return {
    pullsDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    hasConfiguration: capabilities.workspace?.configuration === true,
    refreshes: {
      diagnostics: capabilities.workspace?.diagnostics?.refreshSupport === true,
      inlayHints: capabilities.workspace?.inlayHint?.refreshSupport === true,
      semanticTokens: capabilities.workspace?.semanticTokens?.refreshSupport === true,
    },
  };
}

export const INITIALIZE_RESULT: InitializeResult = {
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    inlayHintProvider: true,
    semanticTokensProvider: { legend: LEGEND, full: true },
    executeCommandProvider: { commands: [...SERVER_COMMANDS] },
  },
  serverInfo: { name: 'transcript-lens' },
};
