/** Activates Transcript Lens: starts the language server and hands it the transcripts VS Code opens. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
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
}

export async function activate(context: vscode.ExtensionContext): Promise<TranscriptLensApi> {
  const serverModule = serverModulePath(context);
  const restart = async (): Promise<void> => {
    await client?.stop();
    client = createClient(serverModule);
    await client.start();
  };
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
  client = createClient(serverModule);
  await client.start();
  void summary.refresh();
  return { summary, entities };
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

function createClient(serverModule: string): LanguageClient {
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...readConfig().languages.flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
        { scheme: 'vscode-remote', language },
      ]),
      // prh dictionaries: the server reports their problems (the ones the settings name; other YAML is ignored).
      { scheme: 'file', language: 'yaml' },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yml,yaml}') },
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
