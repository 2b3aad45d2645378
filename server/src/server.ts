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
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisStore, type Analysis } from './analysisStore';
import { DictionaryStore, filePath } from './dictionaries';
import { codeActions, FIX_ALL_KIND, fixAllEdits } from './codeActions';
import type { AnalysisServices } from './core/analyze';
import { loadServices } from './core/services';
import { toDiagnostic } from './convert';
import { hoverAt } from './hover';
import { ExportRequest, exportOf, SummaryRequest, summaryOf } from './requests';
import { inlayHints } from './inlayHints';
import { LEGEND, semanticTokens } from './semanticTokens';
import { DEFAULT_SETTINGS, settingsFrom, type Settings } from './settings';

export const APPLY_FIX_ALL_COMMAND = 'transcriptLens.applyFixAll';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let resolveServices: (services: AnalysisServices) => void = () => undefined;
let rejectServices: (error: Error) => void = () => undefined;
const services = new Promise<AnalysisServices>((resolve, reject) => {
  resolveServices = resolve;
  rejectServices = reject;
});
const store = new AnalysisStore(services);

let clientPullsDiagnostics = false;
let clientHasConfiguration = false;
let clientRefreshes = { diagnostics: false, inlayHints: false, semanticTokens: false };
let globalSettings: Settings = DEFAULT_SETTINGS;
const settingsByUri = new Map<string, Promise<Settings>>();
let workspaceFolders: string[] = [];
// In an untrusted workspace (VS Code's restricted mode) the client says so: no /regex/ rules from its files.
let workspaceTrusted = true;
const dictionaries = new DictionaryStore(() => workspaceFolders);
// Analyses wait for the dictionaries being (re)loaded, so that none is computed without them.
let dictionariesLoaded: Promise<void> = Promise.resolve();

connection.onInitialize((params): InitializeResult => {
  const capabilities = params.capabilities;
  clientPullsDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
  clientHasConfiguration = capabilities.workspace?.configuration === true;
  clientRefreshes = {
    diagnostics: capabilities.workspace?.diagnostics?.refreshSupport === true,
    inlayHints: capabilities.workspace?.inlayHint?.refreshSupport === true,
    semanticTokens: capabilities.workspace?.semanticTokens?.refreshSupport === true,
  };
  const init = params.initializationOptions as { settings?: unknown; workspaceTrusted?: unknown } | undefined;
  globalSettings = settingsFrom(init?.settings);
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
      executeCommandProvider: { commands: [APPLY_FIX_ALL_COMMAND] },
    },
    serverInfo: { name: 'transcript-lens' },
  };
});

connection.onInitialized(() => {
  if (clientHasConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'transcriptLens' });
  // The kuromoji dictionary takes about a second to load: answer initialize first, load in the background.
  dictionariesLoaded = reloadDictionaries();
  loadServices().then(resolveServices, (error: Error) => {
    connection.window.showErrorMessage(`Transcript Lens could not start its analysis: ${error.message}`);
    rejectServices(error);
  });
});

function settingsFor(uri: string): Promise<Settings> {
  if (!clientHasConfiguration) return Promise.resolve(globalSettings);
  let settings = settingsByUri.get(uri);
  if (!settings) {
    settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'transcriptLens' }).then(settingsFrom, () => DEFAULT_SETTINGS);
    settingsByUri.set(uri, settings);
  }
  return settings;
}

async function reloadDictionaries(): Promise<void> {
  await dictionariesLoaded.catch(() => undefined);
  const settings = clientHasConfiguration
    ? settingsFrom(await connection.workspace.getConfiguration({ section: 'transcriptLens' }).catch(() => undefined))
    : globalSettings;
  dictionaries.reload(settings.dictionaries, workspaceTrusted);
}

async function analysisOf(uri: string): Promise<Analysis | undefined> {
  await dictionariesLoaded;
  const document = documents.get(uri);
  if (!document || dictionaries.isDictionary(uri)) return undefined;
  try {
    const { rules, key } = dictionaries.current;
    return await store.get(document, await settingsFor(uri), rules.length > 0 ? { rules, key } : undefined);
  } catch (error) {
    connection.console.error(`Transcript Lens failed to analyse ${uri}: ${(error as Error).stack ?? String(error)}`);
    return undefined;
  }
}

async function diagnosticsOf(uri: string): Promise<Diagnostic[]> {
  await dictionariesLoaded;
  const document = documents.get(uri);
  if (document && dictionaries.isDictionary(uri)) {
    // A dictionary open in the editor: its own problems (bad YAML, rules without "expected", failing specs).
    return dictionaries.problemsOf(uri, document.getText(), workspaceTrusted).map((problem) => ({
      range: { start: { line: problem.line, character: problem.character }, end: { line: problem.line, character: problem.character + 1 } },
      severity: DiagnosticSeverity.Warning,
      code: 'dictionary',
      source: 'transcript-lens',
      message: problem.message,
    }));
  }
  const analysis = await analysisOf(uri);
  return analysis ? analysis.result.findings.map((finding) => toDiagnostic(analysis.doc, finding)) : [];
}

// The last report per document: when an edit leaves the diagnostics as they were (most edits do), the
// editor is told "unchanged" instead of being sent hundreds of diagnostics again.
const lastReports = new Map<string, { resultId: string; json: string }>();
let nextResultId = 1;

connection.languages.diagnostics.on(async (params): Promise<DocumentDiagnosticReport> => {
  const uri = params.textDocument.uri;
  const items = await diagnosticsOf(uri);
  const json = JSON.stringify(items);
  const last = lastReports.get(uri);
  if (last && last.json === json && params.previousResultId === last.resultId) {
    return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
  }
  const resultId = String(nextResultId++);
  lastReports.set(uri, { resultId, json });
  return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
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
  dictionariesLoaded = reloadDictionaries();
  await dictionariesLoaded;
  refreshAll();
});

// A dictionary saved or changed on disk is read again, and every transcript re-checked with it.
connection.onDidChangeWatchedFiles(async (params) => {
  const changed = params.changes.map((change) => filePath(change.uri)).filter((file): file is string => file !== undefined);
  const before = dictionaries.current.files;
  dictionariesLoaded = reloadDictionaries();
  await dictionariesLoaded;
  const after = dictionaries.current.files;
  if (changed.some((file) => before.has(file) || after.has(file))) refreshAll();
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
  return analysis ? codeActions(analysis, params) : [];
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
  if (params.command !== APPLY_FIX_ALL_COMMAND) return null;
  const uri = typeof params.arguments?.[0] === 'string' ? params.arguments[0] : undefined;
  const analysis = uri ? await analysisOf(uri) : undefined;
  if (!uri || !analysis) return { applied: false, edits: 0 };
  const edits = fixAllEdits(analysis);
  if (edits.length === 0) return { applied: true, edits: 0 };
  const result = await connection.workspace.applyEdit({ label: 'Transcript Lens: fix all', edit: { changes: { [uri]: edits } } });
  return { applied: result.applied, edits: edits.length };
});

connection.onRequest(SummaryRequest, async ({ uri }) => summaryOf(await analysisOf(uri)));

connection.onRequest(ExportRequest, async ({ uri, kind }) => {
  const analysis = await analysisOf(uri);
  return analysis ? { text: exportOf(analysis, kind) } : null;
});

documents.listen(connection);
connection.listen();
