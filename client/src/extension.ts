/** Activates Transcript Lens: starts the language server and hands it the transcripts VS Code opens. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { CrashRecovery } from './crashRecovery';
import { needsRestart, readConfig, SECTION } from './config';
import { ActiveSummary } from './activeSummary';
import { EntitiesView } from './entitiesView';
import { createStatusBar } from './statusBar';
import { detectTranscripts } from './transcriptLanguage';

let client: LanguageClient | undefined;

/** What the extension offers other extensions (and its tests). */
export interface TranscriptLensApi {
  readonly summary: ActiveSummary;
  readonly entities: EntitiesView;
  readonly server: ServerStatus;
}

/** Whether the language server is running now, and an event when that may have changed (a crash, a restart). */
export interface ServerStatus {
  isRunning(): boolean;
  readonly onDidChangeState: vscode.Event<void>;
}

export async function activate(context: vscode.ExtensionContext): Promise<TranscriptLensApi> {
  const serverModule = serverModulePath(context);
  const stateChanged = new vscode.EventEmitter<void>();
  context.subscriptions.push(stateChanged);
  const start = async (): Promise<void> => {
    const started = createClient(
      serverModule,
      recovery.handlerFor(() => client === started),
    );
    client = started;
    context.subscriptions.push(started.onDidChangeState(() => stateChanged.fire()));
    stateChanged.fire();
    // A server that dies while starting is restarted by the crash recovery; the failed start is only logged.
    await started
      .start()
      .catch((error: Error) => started.outputChannel.appendLine(vscode.l10n.t('Transcript Lens: the language server did not start: {0}', error.message)));
  };
  const restart = async (): Promise<void> => {
    const previous = client;
    client = undefined;
    stateChanged.fire();
    // A server that crashed or hangs must not keep the user from a fresh one.
    await previous?.stop(2000).catch(() => undefined);
    await start();
  };
  const recovery = new CrashRecovery(restart);
  registerCommands(context, () => client, restart);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (needsRestart(event)) void restart();
    }),
    // Trust granted: start again, now loading the dictionaries' /regex/ rules too.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void restart()),
    { dispose: () => void client?.stop() },
  );
  detectTranscripts(context);
  const summary = new ActiveSummary(() => client);
  const entities = new EntitiesView(summary);
  context.subscriptions.push(summary, entities, createStatusBar(summary), vscode.window.registerTreeDataProvider('transcriptLens.entities', entities));
  await start();
  void summary.refresh();
  return { summary, entities, server: { isRunning: () => client?.isRunning() === true, onDidChangeState: stateChanged.event } };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** The bundled server beside the bundled client (dist/), else the compiled one (when run from client/out). */
function serverModulePath(context: vscode.ExtensionContext): string {
  const bundled = path.join(__dirname, 'server.js');
  return fs.existsSync(bundled) ? bundled : context.asAbsolutePath(path.join('server', 'out', 'server.js'));
}

function createClient(serverModule: string, errorHandler: ErrorHandler): LanguageClient {
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    errorHandler,
    documentSelector: [
      ...readConfig().languages.flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
        { scheme: 'vscode-remote', language },
      ]),
      // prh dictionaries: the server reports their problems (the ones the settings name; other YAML is ignored).
      { scheme: 'file', language: 'yaml' },
      // Glossaries (TBX, CSV): likewise, the ones transcriptLens.glossaries names.
      { scheme: 'file', pattern: '**/*.{tbx,csv}' },
      // XLIFF files, whatever language the editor gives them (XML); the server analyses them when "xliff" is in transcriptLens.languages.
      { scheme: 'file', pattern: '**/*.{xlf,xliff}' },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yml,yaml,tbx,csv}') },
    // A plain copy of the settings, for servers started before the client answers configuration requests.
    initializationOptions: {
      settings: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration(SECTION))) as unknown,
      workspaceTrusted: vscode.workspace.isTrusted,
      // The server writes its messages in VS Code's display language, from the same l10n bundles.
      language: vscode.env.language,
    },
  };
  return new LanguageClient('transcriptLens', 'Transcript Lens', serverOptions, clientOptions);
}
