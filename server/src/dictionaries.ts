/** The workspace's prh dictionaries as the server uses them: found by the settings, reloaded when they change. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPrhFile, parsePrh, type DictionaryProblem, type DictionaryRule } from './core/dictionary/prh';

export interface LoadedDictionaries {
  readonly rules: readonly DictionaryRule[];
  readonly key: string;
  readonly problems: readonly DictionaryProblem[];
  readonly files: ReadonlySet<string>;
}

const EMPTY: LoadedDictionaries = { rules: [], key: '', problems: [], files: new Set() };

export class DictionaryStore {
  private loaded: LoadedDictionaries = EMPTY;
  private generation = 0;

  constructor(private readonly folders: () => readonly string[]) {}

  get current(): LoadedDictionaries {
    return this.loaded;
  }

  /** Loads the dictionaries the settings name, in every workspace folder; regex rules only when trusted. */
  reload(relativePaths: readonly string[], trusted: boolean): LoadedDictionaries {
    const files = this.folders().flatMap((folder) => relativePaths.map((relative) => path.resolve(folder, relative))).filter((file) => fs.existsSync(file));
    const loaded = files.map((file) => loadPrhFile(file, { literalOnly: !trusted }));
    this.generation++;
    this.loaded = {
      rules: loaded.flatMap((d) => d.rules),
      problems: loaded.flatMap((d) => d.problems),
      key: `${this.generation}:${files.join('|')}:${trusted}`,
      files: new Set(files),
    };
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
    return parsePrh(text, file, { literalOnly: !trusted }).problems.filter((p) => p.file === file);
  }
}

export function filePath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
