/**
 * The Transcript Lens language server: builds its parts (adapter/) from their dependencies and wires them
 * to the connection; it holds no state of its own. Run as `node dist/server.js --stdio` (or over IPC from
 * the VS Code client).
 */
import { setFlagsFromString } from 'node:v8';
import {
  createConnection,
  DidChangeConfigurationNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
} from 'vscode-languageserver/node';
import { createAnalysisOf } from './adapter/analyses';
import { SourceDocuments } from './adapter/sourceDocuments';
import { clientFeatures, INITIALIZE_RESULT } from './adapter/capabilities';
import { createCommandHandler } from './adapter/commands';
import { Diagnostics } from './adapter/diagnostics';
import { EditorSync } from './adapter/editorSync';
import { createFeatureHandlers } from './adapter/features';
import { SettingsSource } from './adapter/settingsSource';
import { Workspace } from './adapter/workspace';
import { AnalysisStore, documentsTellingStore } from './analysisStore';
import { t } from './core/l10n';
import { useLanguage } from './core/l10nBundles';
import { loadServices } from './core/services';
import { filePath } from './dictionaries';
import { MessageFraming } from './framing';
import { requestType } from './requests';
import { AlignedSourceRequest, ExportRequest, SETTINGS_SECTION, SummaryRequest } from './shared';

// The heap grows by 40% past what a full collection leaves, not by V8's own factor (up to 4×): an open 1 MB
// transcript holds ~55 MB live, yet after 200 edits the server held 390–440 MB resident, mostly heap slack;
// with this, 265–272 MB (the bench's edits, measured side by side; 20% made collections so frequent that
// edits took twice as long). A growth factor, not a limit: a larger document still gets the heap it needs.
// Set here, not on the command line, so that every way of starting the server (VS Code's IPC, --stdio for
// other editors and the tests) gets it.
setFlagsFromString('--heap-growing-percent=40');

const connection = createTranscriptConnection();

/** Over stdio, the input goes through MessageFraming first, so that a malformed header does not leave the server deaf. */
function createTranscriptConnection(): ReturnType<typeof createConnection> {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  // As vscode-languageserver does for --stdio itself: nothing but messages may go to stdout.
  console.log = console.info = console.debug = console.warn = console.error;
  const input = process.stdin.pipe(new MessageFraming((message) => process.stderr.write(`${message}\n`)));
  // Streams, not readers: vscode-languageserver then also ends the server when its input ends.
  return createConnection(ProposedFeatures.all, input, process.stdout);
}
const store = new AnalysisStore();
const documents = new TextDocuments(documentsTellingStore(store));
const settings = new SettingsSource();
const workspace = new Workspace({
  settings,
  loadServices,
  reportUnreadable: (message) => {
    connection.console.warn(message);
    // A notification, not a request: nothing to wait for, nothing to fail.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  },
});
const folders: { current: readonly string[] } = { current: [] };
const sources = new SourceDocuments(
  () => folders.current,
  (message) => connection.console.warn(message),
);
const analysisOf = createAnalysisOf({ documents, store, settings, workspace, sources, logError: (message) => connection.console.error(message) });
const diagnostics = new Diagnostics({ documents, workspace, analysisOf });
const editor = new EditorSync({
  editor: {
    sendDiagnostics: (params) => connection.sendDiagnostics(params),
    refreshDiagnostics: () => connection.languages.diagnostics.refresh(),
    refreshInlayHints: () => connection.languages.inlayHint.refresh(),
    refreshSemanticTokens: () => connection.languages.semanticTokens.refresh(),
    warn: (message) => connection.console.warn(message),
  },
  documents,
  store,
  diagnostics,
  settings,
});
const features = createFeatureHandlers({ analysisOf, settings, workspace });
const executeCommand = createCommandHandler({
  analysisOf,
  workspace,
  applyEdit: async (label, edit) => (await connection.workspace.applyEdit({ label, edit })).applied,
  openText: (file) =>
    documents
      .all()
      .find((d) => filePath(d.uri) === file)
      ?.getText(),
  refreshAll: () => editor.refreshAll(),
  showError: (message) => void connection.window.showErrorMessage(message),
});

connection.onInitialize((params) => {
  const client = clientFeatures(params.capabilities);
  const init = params.initializationOptions as { settings?: unknown; workspaceTrusted?: unknown; language?: unknown } | undefined;
  editor.configure(client);
  settings.configure(
    client.hasConfiguration ? (scopeUri) => connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION }) : undefined,
    init?.settings,
  );
  useLanguage(typeof init?.language === 'string' ? init.language : undefined);
  const workspaceFolders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : [])).flatMap((folder) => filePath(folder.uri) ?? []);
  workspace.configure(workspaceFolders, init?.workspaceTrusted !== false);
  folders.current = workspaceFolders;
  return INITIALIZE_RESULT;
});

connection.onInitialized(() => {
  if (settings.canAskClient) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
  // The kuromoji dictionary takes about a second to load: initialize is answered first, this runs in the background.
  workspace.start().catch((error: Error) => void connection.window.showErrorMessage(t('Transcript Lens could not start its analysis: {0}', error.message)));
});

connection.languages.diagnostics.on((params) => diagnostics.pull(params));
documents.onDidChangeContent((change) => editor.changed(change.document));
documents.onDidClose((event) => editor.closed(event.document.uri));

connection.onDidChangeConfiguration(async (change) => {
  settings.changed((change.settings as { transcriptLens?: unknown } | undefined)?.transcriptLens);
  await workspace.reload();
  editor.refreshAll();
});

// A dictionary or knowledge file saved or changed on disk is read again, and every transcript re-checked with it.
connection.onDidChangeWatchedFiles(async (params) => {
  const changed = params.changes.map((change) => filePath(change.uri)).filter((file): file is string => file !== undefined);
  const before = workspace.dictionaries.current.files;
  const knowledgeChanged = params.changes.some((change) => workspace.knowledge.isKnowledgeFile(change.uri));
  await workspace.reload();
  const after = workspace.dictionaries.current.files;
  if (knowledgeChanged || changed.some((file) => before.has(file) || after.has(file))) editor.refreshAll();
});

connection.onHover(features.hover);
connection.onCodeAction(features.codeActions);
connection.languages.inlayHint.on(features.inlayHints);
connection.languages.semanticTokens.on(features.semanticTokens);
connection.onRequest(requestType(SummaryRequest), features.summary);
connection.onRequest(requestType(ExportRequest), features.export);
connection.onRequest(requestType(AlignedSourceRequest), features.alignedSource);
connection.onExecuteCommand(executeCommand);

documents.listen(connection);
connection.listen();
