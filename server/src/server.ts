/**
 * The Transcript Lens language server: wiring from LSP requests to the analysis core, nothing more.
 * Run as `node server/out/server.js --stdio` (or over IPC from the VS Code client).
 */
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { MessageFraming } from './framing';
import { AnalysisStore, documentsTellingStore, type Analysis, type WorkspaceInputs } from './analysisStore';
import { DictionaryStore, filePath } from './dictionaries';
import { codeActions, fixAllEdits } from './codeActions';
import type { AnalysisServices } from './core/analyze';
import { loadServices } from './core/services';
import { sameDiagnostics, sameDiagnosticsOf, toDiagnostic } from './convert';
import { hoverAt } from './hover';
import { exportOf, requestType, summaryOf } from './requests';
import { inlayHints } from './inlayHints';
import { LEGEND, semanticTokens } from './semanticTokens';
import {
  AcceptSpellingCommand,
  DEFAULT_SETTINGS,
  ExportRequest,
  FIX_ALL_KIND,
  FixAllCommand,
  IgnoreWordCommand,
  SERVER_COMMANDS,
  SETTINGS_SECTION,
  settingsFrom,
  SummaryRequest,
  type AcceptSpellingArgs,
  type FixAllResult,
  type IgnoreWordArgs,
  type KnowledgeWriteResult,
  type Settings,
} from './shared';
import { WorkspaceKnowledgeStore } from './workspaceKnowledge';
import { t } from './core/l10n';
import { useLanguage } from './core/l10nBundles';

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

let resolveServices: (services: AnalysisServices) => void = () => undefined;
let rejectServices: (error: Error) => void = () => undefined;
const services = new Promise<AnalysisServices>((resolve, reject) => {
  resolveServices = resolve;
  rejectServices = reject;
});

let clientPullsDiagnostics = false;
let clientHasConfiguration = false;
let clientRefreshes = { diagnostics: false, inlayHints: false, semanticTokens: false };
let globalSettings: Settings = DEFAULT_SETTINGS;
const settingsByUri = new Map<string, Promise<Settings>>();
let workspaceFolders: string[] = [];
// In an untrusted workspace (VS Code's restricted mode) the client says so: no /regex/ rules from its files.
let workspaceTrusted = true;
const dictionaries = new DictionaryStore(() => workspaceFolders);
const knowledge = new WorkspaceKnowledgeStore(() => workspaceFolders);
// Analyses wait for the workspace's dictionaries and knowledge files being (re)loaded, so that none is computed without them.
let workspaceLoaded: Promise<void> = Promise.resolve();

connection.onInitialize((params): InitializeResult => {
  const capabilities = params.capabilities;
  clientPullsDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
  clientHasConfiguration = capabilities.workspace?.configuration === true;
  clientRefreshes = {
    diagnostics: capabilities.workspace?.diagnostics?.refreshSupport === true,
    inlayHints: capabilities.workspace?.inlayHint?.refreshSupport === true,
    semanticTokens: capabilities.workspace?.semanticTokens?.refreshSupport === true,
  };
  const init = params.initializationOptions as { settings?: unknown; workspaceTrusted?: unknown; language?: unknown } | undefined;
  globalSettings = settingsFrom(init?.settings);
  useLanguage(typeof init?.language === 'string' ? init.language : undefined);
  workspaceTrusted = init?.workspaceTrusted !== false;
  workspaceFolders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : [])).flatMap((folder) => filePath(folder.uri) ?? []);
  return {
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
});

connection.onInitialized(() => {
  if (clientHasConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
  // The kuromoji dictionary takes about a second to load: answer initialize first, load in the background.
  workspaceLoaded = reloadWorkspaceFiles();
  loadServices().then(resolveServices, (error: Error) => {
    void connection.window.showErrorMessage(t('Transcript Lens could not start its analysis: {0}', error.message));
    rejectServices(error);
  });
});

function settingsFor(uri: string): Promise<Settings> {
  if (!clientHasConfiguration) return Promise.resolve(globalSettings);
  let settings = settingsByUri.get(uri);
  if (!settings) {
    settings = connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(settingsFrom, () => DEFAULT_SETTINGS);
    settingsByUri.set(uri, settings);
  }
  return settings;
}

async function reloadWorkspaceFiles(): Promise<void> {
  await workspaceLoaded.catch(() => undefined);
  const settings = clientHasConfiguration
    ? settingsFrom(await connection.workspace.getConfiguration({ section: SETTINGS_SECTION }).catch(() => undefined))
    : globalSettings;
  const loaded = await dictionaries.reload(settings.dictionaries, workspaceTrusted, settings.maxFileBytes);
  await knowledge.reload(settings.knowledgeFiles, await services, workspaceTrusted, settings.maxFileBytes);
  // Files that were refused (not regular, too large) or unreadable: said once, since they may never be opened.
  for (const problem of [...loaded.problems, ...knowledge.unreadableProblems()].filter((p) => p.unreadable === true)) {
    const message = t('Transcript Lens did not read {0}: {1}', problem.file, problem.message);
    connection.console.warn(message);
    // A notification, not a request: nothing to wait for, nothing to fail.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  }
}

/** What the workspace adds to the analysis of one document. */
async function workspaceInputsFor(uri: string): Promise<WorkspaceInputs> {
  await workspaceLoaded;
  const loaded = knowledge.current ?? { services: await services, key: '' };
  const { rules, key } = dictionaries.current;
  const ignored = knowledge.ignoredIn(uri);
  return {
    services: loaded.services,
    options: { ...(rules.length > 0 ? { dictionary: { rules, key } } : {}), ignored },
    key: `${key}\u0000${loaded.key}\u0000${[...ignored].join('\u0000')}`,
  };
}

/** A workspace file the server reads (a prh dictionary or a knowledge file) rather than a transcript. */
function isWorkspaceFile(uri: string): boolean {
  return dictionaries.isDictionary(uri) || knowledge.isKnowledgeFile(uri);
}

async function analysisOf(uri: string): Promise<Analysis | undefined> {
  const document = documents.get(uri);
  if (!document || isWorkspaceFile(uri)) return undefined;
  try {
    const settings = await settingsFor(uri);
    const inputs = await workspaceInputsFor(uri);
    return store.get(document, settings, inputs);
  } catch (error) {
    connection.console.error(`Transcript Lens failed to analyse ${uri}: ${(error as Error).stack ?? String(error)}`);
    return undefined;
  }
}

/** What a document's diagnostics are made from: its analysis for a transcript, its problems for a workspace file. */
type DiagnosticsSource = { readonly analysis: Analysis } | { readonly items: Diagnostic[] };

async function diagnosticsSourceOf(uri: string): Promise<DiagnosticsSource> {
  await workspaceLoaded.catch(() => undefined);
  const document = documents.get(uri);
  // A dictionary or knowledge file open in the editor: its own problems (bad YAML, invalid records, failing specs).
  if (document && dictionaries.isDictionary(uri)) return { items: fileProblems(dictionaries.problemsOf(uri, document.getText(), workspaceTrusted), 'dictionary') };
  if (document && knowledge.isKnowledgeFile(uri)) {
    // Merge problems need the built-in knowledge base; if it failed to load, the user was already told why.
    const base = await services.catch(() => undefined);
    return { items: base ? fileProblems(knowledge.problemsOf(uri, document.getText(), base), 'knowledge-file') : [] };
  }
  const analysis = await analysisOf(uri);
  return analysis ? { analysis } : { items: [] };
}

function itemsOf(source: DiagnosticsSource): Diagnostic[] {
  if ('items' in source) return source.items;
  const { doc, result } = source.analysis;
  return result.findings.map((finding) => toDiagnostic(doc, finding));
}

/** Whether two sources make the same diagnostics; for analyses, decided without making them. */
function sameSource(a: DiagnosticsSource, b: DiagnosticsSource): boolean {
  if ('analysis' in a && 'analysis' in b) return sameDiagnosticsOf(a.analysis, b.analysis);
  return 'items' in a && 'items' in b && sameDiagnostics(a.items, b.items);
}

async function diagnosticsOf(uri: string): Promise<Diagnostic[]> {
  return itemsOf(await diagnosticsSourceOf(uri));
}

function fileProblems(problems: readonly { line: number; character: number; message: string }[], code: string): Diagnostic[] {
  return problems.map((problem) => ({
    range: { start: { line: problem.line, character: problem.character }, end: { line: problem.line, character: problem.character + 1 } },
    severity: DiagnosticSeverity.Warning,
    code,
    source: 'transcript-lens',
    message: problem.message,
  }));
}

// The last report per document: when an edit leaves the diagnostics as they were (most edits do), the
// editor is told "unchanged" instead of being sent hundreds of diagnostics again.
const lastReports = new Map<string, { resultId: string; source: DiagnosticsSource }>();
let nextResultId = 1;

connection.languages.diagnostics.on(async (params): Promise<DocumentDiagnosticReport> => {
  const uri = params.textDocument.uri;
  const source = await diagnosticsSourceOf(uri);
  const last = lastReports.get(uri);
  if (last && params.previousResultId === last.resultId && sameSource(last.source, source)) {
    return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
  }
  const resultId = String(nextResultId++);
  lastReports.set(uri, { resultId, source });
  return { kind: DocumentDiagnosticReportKind.Full, resultId, items: itemsOf(source) };
});

// Clients that do not pull diagnostics get them pushed after each change.
documents.onDidChangeContent(async (change) => {
  if (clientPullsDiagnostics) return;
  const { uri, version } = change.document;
  const diagnostics = await diagnosticsOf(uri);
  if (documents.get(uri)?.version === version) void connection.sendDiagnostics({ uri, version, diagnostics });
});

documents.onDidClose((event) => {
  store.forget(event.document.uri);
  lastReports.delete(event.document.uri);
  settingsByUri.delete(event.document.uri);
  if (!clientPullsDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

/** Dictionaries or settings changed: everything is analysed again and the editor asked to refresh. */
function refreshAll(): void {
  store.clear();
  if (!clientPullsDiagnostics) {
    for (const document of documents.all()) void diagnosticsOf(document.uri).then((diagnostics) => connection.sendDiagnostics({ uri: document.uri, diagnostics }));
  }
  if (clientRefreshes.diagnostics) void connection.languages.diagnostics.refresh().catch(logRefreshFailure);
  if (clientRefreshes.inlayHints) void connection.languages.inlayHint.refresh().catch(logRefreshFailure);
  if (clientRefreshes.semanticTokens) void connection.languages.semanticTokens.refresh().catch(logRefreshFailure);
}

connection.onDidChangeConfiguration(async (change) => {
  settingsByUri.clear();
  if (!clientHasConfiguration) globalSettings = settingsFrom((change.settings as { transcriptLens?: unknown } | undefined)?.transcriptLens);
  workspaceLoaded = reloadWorkspaceFiles();
  await workspaceLoaded;
  refreshAll();
});

// A dictionary or knowledge file saved or changed on disk is read again, and every transcript re-checked with it.
connection.onDidChangeWatchedFiles(async (params) => {
  const changed = params.changes.map((change) => filePath(change.uri)).filter((file): file is string => file !== undefined);
  const before = dictionaries.current.files;
  const knowledgeChanged = params.changes.some((change) => knowledge.isKnowledgeFile(change.uri));
  workspaceLoaded = reloadWorkspaceFiles();
  await workspaceLoaded;
  const after = dictionaries.current.files;
  if (knowledgeChanged || changed.some((file) => before.has(file) || after.has(file))) refreshAll();
});

function logRefreshFailure(error: unknown): void {
  connection.console.warn(`Transcript Lens could not ask the editor to refresh: ${String(error)}`);
}

connection.onHover(async (params) => {
  const analysis = await analysisOf(params.textDocument.uri);
  return analysis ? hoverAt(analysis, params.position) : null;
});

connection.onCodeAction(async (params) => {
  const analysis = await analysisOf(params.textDocument.uri);
  // An untrusted workspace's knowledge file is neither read nor written: no "accept" or "ignore" there.
  return analysis ? codeActions(analysis, params, { knowledgeFile: workspaceTrusted ? knowledge.targetFor(params.textDocument.uri)?.file : undefined }) : [];
});

connection.languages.inlayHint.on(async (params) => {
  const analysis = await analysisOf(params.textDocument.uri);
  return analysis ? inlayHints(analysis, params.range, await settingsFor(params.textDocument.uri)) : [];
});

connection.languages.semanticTokens.on(async (params) => {
  const analysis = await analysisOf(params.textDocument.uri);
  return analysis ? semanticTokens(analysis) : { data: [] };
});

connection.onExecuteCommand(async (params) => {
  const args = params.arguments ?? [];
  if (params.command === FixAllCommand.id) {
    const parsed = FixAllCommand.parse(args);
    return parsed ? applyFixAll(...parsed) : null;
  }
  const accept = params.command === AcceptSpellingCommand.id ? AcceptSpellingCommand.parse(args) : undefined;
  if (accept) return writeKnowledge({ accept });
  const ignore = params.command === IgnoreWordCommand.id ? IgnoreWordCommand.parse(args) : undefined;
  if (ignore) return writeKnowledge({ ignore });
  return null;
});

async function applyFixAll(uri: string): Promise<FixAllResult> {
  const analysis = await analysisOf(uri);
  if (!analysis) return { applied: false, edits: 0 };
  const edits = fixAllEdits(analysis);
  if (edits.length === 0) return { applied: true, edits: 0 };
  const result = await connection.workspace.applyEdit({ label: t('Transcript Lens: fix all'), edit: { changes: { [uri]: edits } } });
  return { applied: result.applied, edits: edits.length };
}

/** "Accept this spelling" and "ignore": written to the workspace's knowledge file, then every transcript re-checked. */
async function writeKnowledge(request: { accept: AcceptSpellingArgs } | { ignore: IgnoreWordArgs }): Promise<KnowledgeWriteResult> {
  // An untrusted workspace's knowledge file is neither read nor written.
  if (!workspaceTrusted) return null;
  const openText = (file: string): string | undefined => documents.all().find((d) => filePath(d.uri) === file)?.getText();
  try {
    let file: string;
    if ('accept' in request) {
      const [uri, entityId, spelling] = request.accept;
      const entity = (knowledge.current?.services ?? (await services)).kb.get(entityId);
      if (!entity) throw new Error(t('there is no entity "{0}" in the knowledge base', entityId));
      file = await knowledge.acceptSpelling(uri, entity, spelling, openText);
    } else {
      const [uri, word, scope] = request.ignore;
      file = await knowledge.ignoreWord(uri, word, scope, openText);
    }
    workspaceLoaded = reloadWorkspaceFiles();
    await workspaceLoaded;
    refreshAll();
    return { file };
  } catch (error) {
    void connection.window.showErrorMessage(t('Transcript Lens could not write the workspace knowledge file: {0}', (error as Error).message));
    return null;
  }
}

connection.onRequest(requestType(SummaryRequest), async ({ uri }) => summaryOf(await analysisOf(uri)));

connection.onRequest(requestType(ExportRequest), async ({ uri, kind }) => {
  const analysis = await analysisOf(uri);
  return analysis ? { text: exportOf(analysis, kind) } : null;
});

documents.listen(connection);
connection.listen();
