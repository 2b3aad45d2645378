/**
 * The workspace's knowledge files as the server uses them: their entities merged into the built-in
 * knowledge base, their ignored words, and where "accept this spelling" and "ignore" write.
 */
import * as fs from 'node:fs';
import { promises as fsp } from 'node:fs';
import { DEFAULT_MAX_FILE_BYTES, readBoundedFile, RefusedFileError } from './core/boundedFile';
import { rewriteFaithfully } from './core/encoding';
import * as path from 'node:path';
import type { AnalysisServices } from './core/analyze';
import type { Entity } from './core/knowledge/model';
import { withAcceptedSpelling, withIgnoredWord } from './core/knowledge/workspaceEdits';
import {
  loadWorkspaceKnowledge,
  mergeProblems,
  mergeWorkspaceEntities,
  parseWorkspaceKnowledge,
  type WorkspaceFileProblem,
} from './core/knowledge/workspaceKnowledge';
import { exists, filePath } from './dictionaries';
import { t } from './core/l10n';

export interface LoadedKnowledge {
  /** The analysis services with the workspace's entities in the knowledge base (the same object until a reload). */
  readonly services: AnalysisServices;
  readonly ignoredWords: ReadonlySet<string>;
  readonly ignoredInDocuments: ReadonlyMap<string, readonly string[]>;
  readonly key: string;
}

export class WorkspaceKnowledgeStore {
  private loaded: LoadedKnowledge | undefined;
  private relativePaths: readonly string[] = [];
  private generation = 0;
  private maxBytes = DEFAULT_MAX_FILE_BYTES;
  /** Per knowledge file, what made its last reading fail (refused, unreadable), to show in the file. */
  private problems = new Map<string, readonly WorkspaceFileProblem[]>();

  constructor(private readonly folders: () => readonly string[]) {}

  /**
   * Reads every configured knowledge file of every workspace folder (regular files of bounded size,
   * asynchronously) and merges their entities into the base. An untrusted workspace's files are not read.
   */
  async reload(relativePaths: readonly string[], base: AnalysisServices, trusted = true, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<LoadedKnowledge> {
    this.relativePaths = relativePaths;
    const generation = ++this.generation;
    const files = trusted ? (await Promise.all(this.configuredFiles().map(async (file) => ((await exists(file)) ? [file] : [])))).flat() : [];
    const knowledge = await Promise.all(files.map((file) => loadWorkspaceKnowledge(file, maxBytes)));
    if (generation !== this.generation && this.loaded) return this.loaded;
    this.maxBytes = maxBytes;
    this.problems = new Map(files.map((file, i) => [file, knowledge[i]?.problems.filter((p) => p.unreadable === true) ?? []]));
    const { kb } = mergeWorkspaceEntities(
      base.kb,
      knowledge.flatMap((k) => k.entities),
    );
    const ignoredInDocuments = new Map<string, string[]>();
    for (const [document, words] of knowledge.flatMap((k) => [...k.ignoredInDocuments])) {
      ignoredInDocuments.set(document, [...(ignoredInDocuments.get(document) ?? []), ...words]);
    }
    this.loaded = {
      services: kb === base.kb ? base : { ...base, kb },
      ignoredWords: new Set(knowledge.flatMap((k) => k.ignoredWords)),
      ignoredInDocuments,
      key: `knowledge ${generation}`,
    };
    return this.loaded;
  }

  /** The problems of knowledge files that could not be read at the last reload. */
  unreadableProblems(): WorkspaceFileProblem[] {
    return [...this.problems.values()].flat();
  }

  get current(): LoadedKnowledge | undefined {
    return this.loaded;
  }

  /** Words not reported in a document: the workspace's and the document's own. */
  ignoredIn(documentUri: string): ReadonlySet<string> {
    const loaded = this.loaded;
    if (!loaded) return new Set();
    const file = filePath(documentUri);
    const own = file ? loaded.ignoredInDocuments.get(file) : undefined;
    return own && own.length > 0 ? new Set([...loaded.ignoredWords, ...own]) : loaded.ignoredWords;
  }

  isKnowledgeFile(uri: string): boolean {
    const file = filePath(uri);
    return file !== undefined && this.configuredFiles().includes(file);
  }

  /** Problems of a knowledge file as it is being edited: schema errors, and entities that cannot be merged. */
  problemsOf(uri: string, text: string, base: AnalysisServices): WorkspaceFileProblem[] {
    const file = filePath(uri);
    if (!file) return [];
    const knowledge = parseWorkspaceKnowledge(text, file);
    return [
      ...(this.problems.get(file) ?? []),
      ...knowledge.problems,
      ...mergeProblems(text, file, mergeWorkspaceEntities(base.kb, knowledge.entities).rejected),
    ];
  }

  /**
   * The knowledge file that "accept" and "ignore" write for a document: the first configured file that
   * exists in the document's workspace folder, else the first configured name there.
   */
  targetFor(documentUri: string): { file: string; folder: string } | undefined {
    const document = filePath(documentUri);
    const folder = document ? this.folders().find((f) => isInside(document, f)) : undefined;
    if (!folder || this.relativePaths.length === 0) return undefined;
    const candidates = this.relativePaths.map((relative) => path.resolve(folder, relative)).filter((file) => isInside(file, folder));
    const file = candidates.find((candidate) => fs.existsSync(candidate)) ?? candidates[0];
    return file ? { file, folder } : undefined;
  }

  /** Writes a spelling into the document's knowledge file as one of the entity's names; returns the file. */
  acceptSpelling(documentUri: string, entity: Entity, spelling: string, currentText: (file: string) => string | undefined): Promise<string> {
    return this.edit(documentUri, currentText, (text) => withAcceptedSpelling(text, entity, spelling));
  }

  /** Writes a word into the document's knowledge file as ignored in the workspace, or in this document only. */
  ignoreWord(documentUri: string, word: string, scope: 'workspace' | 'document', currentText: (file: string) => string | undefined): Promise<string> {
    return this.edit(documentUri, currentText, (text, target) => {
      const document = filePath(documentUri);
      const relative = scope === 'document' && document ? path.relative(path.dirname(target), document).split(path.sep).join('/') : undefined;
      return withIgnoredWord(text, word, relative);
    });
  }

  private async edit(documentUri: string, currentText: (file: string) => string | undefined, change: (text: string, file: string) => string): Promise<string> {
    const target = this.targetFor(documentUri);
    if (!target) throw new Error(t('the document is not in a workspace folder, so there is no knowledge file to write; open its folder as a workspace'));
    const existing = await readExisting(target.file, this.maxBytes);
    const unsaved = currentText(target.file);
    // The file comes back in its own encoding, byte order mark and line endings, with only the new entry written;
    // an unsaved editor's text is what the change applies to.
    const bytes =
      existing === undefined
        ? Buffer.from(change(unsaved ?? HEADER, target.file), 'utf8')
        : rewriteFaithfully(existing, (onDisk) => change(unsaved?.replace(/\r\n|\r/g, '\n') ?? onDisk, target.file));
    await fsp.mkdir(path.dirname(target.file), { recursive: true });
    await fsp.writeFile(target.file, bytes);
    return target.file;
  }

  /** The configured files of every folder; a path that leads out of its folder is not used (nothing is read or written there). */
  private configuredFiles(): string[] {
    return this.folders().flatMap((folder) => this.relativePaths.map((relative) => path.resolve(folder, relative)).filter((file) => isInside(file, folder)));
  }
}

const HEADER = "# Transcript Lens: this workspace's own entities (same fields as the built-in knowledge base) and ignored words.\n";

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The text of a knowledge file about to be edited; undefined when there is none yet. A refused file is not overwritten. */
async function readExisting(file: string, maxBytes: number): Promise<Buffer | undefined> {
  try {
    return await readBoundedFile(file, maxBytes);
  } catch (error) {
    if (error instanceof RefusedFileError && error.missing) return undefined;
    throw error;
  }
}
