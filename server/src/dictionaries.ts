/** The workspace's prh dictionaries and glossaries as the server uses them: found by the settings, reloaded when they change. */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_FILE_BYTES } from './core/boundedFile';
import { loadGlossaryFile, parseGlossary } from './core/glossary/load';
import type { GlossaryEntry } from './core/glossary/model';
import { loadPrhFile, mergeRules, parsePrh, type DictionaryProblem, type DictionaryRule } from './core/dictionary/prh';

export interface LoadedDictionaries {
  readonly rules: readonly DictionaryRule[];
  /** The entries of the glossaries (transcriptLens.glossaries). */
  readonly glossary: readonly GlossaryEntry[];
  readonly key: string;
  readonly problems: readonly DictionaryProblem[];
  readonly files: ReadonlySet<string>;
}

const EMPTY: LoadedDictionaries = { rules: [], glossary: [], key: '', problems: [], files: new Set() };

export class DictionaryStore {
  private loaded: LoadedDictionaries = EMPTY;
  private generation = 0;
  private glossaryFiles: ReadonlySet<string> = new Set();

  constructor(private readonly folders: () => readonly string[]) {}

  get current(): LoadedDictionaries {
    return this.loaded;
  }

  /**
   * Loads the dictionaries the settings name, in every workspace folder, each read as a regular file of
   * bounded size, asynchronously. In an untrusted workspace no workspace file is read at all.
   */
  async reload(
    relativePaths: readonly string[],
    trusted: boolean,
    maxBytes = DEFAULT_MAX_FILE_BYTES,
    glossaryPaths: readonly string[] = [],
  ): Promise<LoadedDictionaries> {
    const generation = ++this.generation;
    const existing = async (relative: readonly string[]): Promise<string[]> => {
      const candidates = trusted ? this.folders().flatMap((folder) => relative.map((r) => path.resolve(folder, r))) : [];
      return (await Promise.all(candidates.map(async (file) => ((await exists(file)) ? [file] : [])))).flat();
    };
    const files = await existing(relativePaths);
    const glossaryFiles = await existing(glossaryPaths);
    const loaded = await Promise.all(files.map((file) => loadPrhFile(file, { maxBytes })));
    const glossaries = await Promise.all(glossaryFiles.map((file) => loadGlossaryFile(file, maxBytes)));
    // A later reload started meanwhile: its result, not this one, is the current one.
    if (generation !== this.generation) return this.loaded;
    this.loaded = {
      // Several dictionaries merge as prh merges the files given to it: a later rule for an expected text already there is left out.
      rules: loaded.reduce<DictionaryRule[]>((rules, d) => [...rules, ...mergeRules(rules, d.rules)], []),
      glossary: glossaries.flatMap((g) => g.entries),
      problems: [...loaded.flatMap((d) => d.problems), ...glossaries.flatMap((g) => g.problems)],
      key: `${generation}:${[...files, ...glossaryFiles].join('|')}:${trusted}`,
      files: new Set([...files, ...glossaryFiles]),
    };
    this.glossaryFiles = new Set(glossaryFiles);
    return this.loaded;
  }

  isDictionary(uri: string): boolean {
    const file = filePath(uri);
    return file !== undefined && this.loaded.files.has(file);
  }

  /** Problems of a dictionary as it is being edited (unsaved text), for diagnostics in its editor. */
  problemsOf(uri: string, text: string, trusted: boolean): DictionaryProblem[] {
    const file = filePath(uri);
    if (!file) return [];
    const unreadable = this.loaded.problems.filter((p) => p.file === file && p.unreadable === true);
    if (this.glossaryFiles.has(file)) return [...parseGlossary(text, file).problems, ...unreadable];
    // Imports are read only when the dictionaries load: the files they could not read are reported from then.
    return [...parsePrh(text, file, { literalOnly: !trusted }).problems, ...this.loaded.problems.filter((p) => p.file === file && p.unreadable === true)];
  }
}

export function filePath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether something exists at this path (a link to nothing does not); nothing is read. */
export async function exists(file: string): Promise<boolean> {
  try {
    await fsp.lstat(file);
    return true;
  } catch {
    return false;
  }
}
