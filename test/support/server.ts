/** Starts the real language server over stdio and speaks LSP to it, as an editor would. */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  InlayHintRefreshRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  SemanticTokensRefreshRequest,
  ShutdownRequest,
  ExitNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ApplyWorkspaceEditParams,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

// The bundled server, as the extension ships it (npm run build makes it).
export const SERVER = path.resolve(__dirname, '..', '..', 'dist', 'server.js');

export interface TestServer {
  readonly connection: ProtocolConnection;
  readonly initializeResult: InitializeResult;
  readonly process: ChildProcess;
  readonly appliedEdits: ApplyWorkspaceEditParams[];
  readonly published: PublishDiagnosticsParams[];
  open(uri: string, text: string, languageId?: string): Promise<void>;
  changeSettings(settings: Record<string, unknown>): Promise<void>;
  stop(): Promise<void>;
}

export interface ServerOptions {
  readonly pullDiagnostics?: boolean;
  /** Absolute path of a workspace folder. */
  readonly workspaceFolder?: string;
  readonly workspaceTrusted?: boolean;
  /** VS Code's display language, as the client sends it ("en" when not given). */
  readonly language?: string;
}

export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  const nodeArgs = process.env.TRANSCRIPT_LENS_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  if (!child.stdout || !child.stdin) throw new Error('The server process has no stdio pipes.');
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const state = { settings: {} as Record<string, unknown> };
  const appliedEdits: ApplyWorkspaceEditParams[] = [];
  const published: PublishDiagnosticsParams[] = [];
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => state.settings));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest(DiagnosticRefreshRequest.type, () => undefined);
  connection.onRequest(InlayHintRefreshRequest.type, () => undefined);
  connection.onRequest(SemanticTokensRefreshRequest.type, () => undefined);
  connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
    appliedEdits.push(params);
    return { applied: true };
  });
  connection.onNotification(PublishDiagnosticsNotification.method, (params: PublishDiagnosticsParams) => {
    published.push(params);
  });
  connection.listen();
  const initializeResult = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: options.workspaceFolder ? [{ uri: pathToFileURL(options.workspaceFolder).href, name: 'workspace' }] : null,
    initializationOptions: { workspaceTrusted: options.workspaceTrusted !== false, language: options.language ?? 'en' },
    capabilities: {
      workspace: {
        configuration: true,
        diagnostics: { refreshSupport: true },
        inlayHint: { refreshSupport: true },
        semanticTokens: { refreshSupport: true },
        applyEdit: true,
      },
      textDocument: options.pullDiagnostics === false ? {} : { diagnostic: { dynamicRegistration: false } },
    },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    initializeResult,
    process: child,
    appliedEdits,
    published,
    open: (uri, text, languageId = 'plaintext') =>
      connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } }),
    changeSettings: async (settings) => {
      state.settings = settings;
      await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { transcriptLens: settings } });
    },
    stop: async () => {
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      connection.dispose();
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

/** Polls until a condition holds: waits for the server, never sleeps a fixed time. */
export async function eventually<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
