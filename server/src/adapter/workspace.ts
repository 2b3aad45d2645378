/**
 * The workspace as the analysis sees it: its folders and trust, the built-in knowledge (loaded once, in
 * the background), and the prh dictionaries and knowledge files its settings name, read again by
 * reload() — one reload at a time, each after the one before, and every analysis waiting for the latest.
 */
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { WorkspaceInputs } from '../analysisStore';
import type { AnalysisServices } from '../core/analyze';
import type { Entity } from '../core/knowledge/model';
import { DictionaryStore } from '../dictionaries';
import { withGlossaryEntities } from '../core/glossary/entities';
import type { GlossaryEntry } from '../core/glossary/model';
import { WorkspaceKnowledgeStore } from '../workspaceKnowledge';
import type { IgnoreScope } from '../shared';
import type { SettingsSource } from './settingsSource';
import { t } from '../core/l10n';

export interface WorkspaceDependencies {
  readonly settings: SettingsSource;
  /** Loads the built-in knowledge base, lexicon and tokenizer (about a second). */
  readonly loadServices: () => Promise<AnalysisServices>;
  /** Tells the user of a workspace file that was refused (not a regular file, too large) or could not be read. */
  readonly reportUnreadable: (message: string) => void;
}

export class Workspace {
  private folders: readonly string[] = [];
  // In an untrusted workspace (VS Code's restricted mode) the client says so: no /regex/ rules from its files.
  private trusted = true;
  private services: Promise<AnalysisServices> | undefined;
  private loading: Promise<void> = Promise.resolve();
  readonly dictionaries = new DictionaryStore(() => this.folders);
  readonly knowledge = new WorkspaceKnowledgeStore(() => this.folders);
  private glossaryServices: { base: AnalysisServices; entries: readonly GlossaryEntry[]; services: AnalysisServices } | undefined;

  constructor(private readonly deps: WorkspaceDependencies) {}

  configure(folders: readonly string[], trusted: boolean): void {
    this.folders = folders;
    this.trusted = trusted;
  }

  get isTrusted(): boolean {
    return this.trusted;
  }

  /** Starts loading the built-in services and the workspace's files; analyses wait for both. */
  start(): Promise<AnalysisServices> {
    this.services ??= this.deps.loadServices();
    // A failure is the services' (reported by the caller) and shows again in every analysis that waits for it.
    this.reload().catch(() => undefined);
    return this.services;
  }

  /** The built-in services (the knowledge base before the workspace's files are merged in). */
  builtIn(): Promise<AnalysisServices> {
    return this.services ?? Promise.reject(new Error('Transcript Lens: the analysis services were asked for before the server was initialised.'));
  }

  /** Reads the dictionaries and knowledge files again, after any reload still running. */
  reload(): Promise<void> {
    const run = this.loading.catch(() => undefined).then(() => this.load());
    this.loading = run;
    return run;
  }

  /** Resolves when the latest reload has finished (rejects if it failed). */
  ready(): Promise<void> {
    return this.loading;
  }

  private async load(): Promise<void> {
    const settings = await this.deps.settings.forWorkspace();
    const loaded = await this.dictionaries.reload(settings.dictionaries, this.trusted, settings.maxFileBytes, settings.glossaries);
    await this.knowledge.reload(settings.knowledgeFiles, await this.builtIn(), this.trusted, settings.maxFileBytes);
    // Files that were refused or unreadable: said once, since they may never be opened.
    for (const problem of [...loaded.problems, ...this.knowledge.unreadableProblems()].filter((p) => p.unreadable === true)) {
      this.deps.reportUnreadable(t('Transcript Lens did not read {0}: {1}', problem.file, problem.message));
    }
  }

  /** What the workspace adds to the analysis of one document, once its files are loaded. */
  async inputsFor(uri: string): Promise<WorkspaceInputs> {
    await this.ready();
    const loaded = this.knowledge.current ?? { services: await this.builtIn(), key: '' };
    const { rules, glossary, key } = this.dictionaries.current;
    const ignored = this.knowledge.ignoredIn(uri);
    return {
      services: this.withGlossary(loaded.services, glossary),
      options: { ...(rules.length > 0 || glossary.length > 0 ? { dictionary: { rules, glossary, key } } : {}), ignored },
      key: `${key}\u0000${loaded.key}\u0000${[...ignored].join('\u0000')}`,
    };
  }

  /** The services with the glossaries' approved terms as entities: the same object while neither changes. */
  private withGlossary(services: AnalysisServices, entries: readonly GlossaryEntry[]): AnalysisServices {
    const memo = this.glossaryServices;
    if (memo && memo.base === services && memo.entries === entries) return memo.services;
    const kb = withGlossaryEntities(services.kb, entries);
    const result = kb === services.kb ? services : { ...services, kb };
    this.glossaryServices = { base: services, entries, services: result };
    return result;
  }

  /** A workspace file the server reads (a prh dictionary or a knowledge file) rather than a transcript. */
  isWorkspaceFile(uri: string): boolean {
    return this.dictionaries.isDictionary(uri) || this.knowledge.isKnowledgeFile(uri);
  }

  /** The problems of a dictionary or knowledge file open in the editor; undefined for any other document. */
  async problemsOf(uri: string, text: string): Promise<Diagnostic[] | undefined> {
    await this.ready().catch(() => undefined);
    if (this.dictionaries.isDictionary(uri)) return fileProblems(this.dictionaries.problemsOf(uri, text, this.trusted), 'dictionary');
    if (!this.knowledge.isKnowledgeFile(uri)) return undefined;
    // Merge problems need the built-in knowledge base; if it failed to load, the user was already told why.
    const base = await this.builtIn().catch(() => undefined);
    return base ? fileProblems(this.knowledge.problemsOf(uri, text, base), 'knowledge-file') : [];
  }

  /** The entity of an id, in the knowledge the workspace's analyses use. */
  async entity(id: string): Promise<Entity | undefined> {
    return (this.knowledge.current?.services ?? (await this.builtIn())).kb.get(id);
  }

  /** Writes a spelling of an entity to the knowledge file for this document, then reloads; returns the file. */
  async acceptSpelling(documentUri: string, entity: Entity, spelling: string, openText: (file: string) => string | undefined): Promise<string> {
    const file = await this.knowledge.acceptSpelling(documentUri, entity, spelling, openText);
    await this.reload();
    return file;
  }

  /** Writes a word to ignore to the knowledge file for this document, then reloads; returns the file. */
  async ignoreWord(documentUri: string, word: string, scope: IgnoreScope, openText: (file: string) => string | undefined): Promise<string> {
    const file = await this.knowledge.ignoreWord(documentUri, word, scope, openText);
    await this.reload();
    return file;
  }
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
