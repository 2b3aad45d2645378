/**
 * The English source of an open translation: the file the settings name for it (transcriptLens.sourceDocuments,
 * which the command "Set source document…" writes), else NAME.en.txt/.srt/.vtt/.md beside it. Read from disk
 * as a bounded regular file and kept until it changes there (size and time of change); a source that
 * cannot be read is said once in the output and the translation is checked without it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readBoundedText } from '../core/boundedFile';
import { sourceCandidates, type SourceDocument } from '../core/bilingual';
import { subtitleFormatOf } from '../core/formats';
import type { Settings } from '../shared';

export interface FoundSource {
  readonly source: SourceDocument;
  /** Changes whenever the source's file does: analyses are cached on it. */
  readonly key: string;
}

export class SourceDocuments {
  private readonly cache = new Map<string, FoundSource & { readonly stamp: string }>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly folders: () => readonly string[],
    private readonly logError: (message: string) => void,
  ) {}

  /** The source of a translation, or undefined when it has none (or it cannot be read). */
  async sourceFor(uri: string, settings: Settings): Promise<FoundSource | undefined> {
    const file = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    if (!file) return undefined;
    const sourcePath = this.configured(file, settings) ?? (settings.findSourceByName ? sourceCandidates(file).find(isRegularFile) : undefined);
    if (!sourcePath || path.resolve(sourcePath) === path.resolve(file)) return undefined;
    let stamp: string;
    try {
      const stat = await fs.promises.stat(sourcePath);
      stamp = `${stat.size}:${stat.mtimeMs}`;
    } catch (error) {
      this.reportOnce(sourcePath, (error as Error).message);
      return undefined;
    }
    const cached = this.cache.get(sourcePath);
    if (cached?.stamp === stamp) return cached;
    try {
      const text = await readBoundedText(sourcePath, settings.maxFileBytes);
      const format = subtitleFormatOf(sourcePath);
      const found = { source: { text, uri: pathToFileURL(sourcePath).href, ...(format ? { format } : {}) }, key: `${sourcePath}\u0000${stamp}`, stamp };
      this.cache.set(sourcePath, found);
      this.reported.delete(sourcePath);
      return found;
    } catch (error) {
      this.reportOnce(sourcePath, (error as Error).message);
      return undefined;
    }
  }

  /** The source the settings name for this file: keys and values absolute, or relative to a workspace folder. */
  private configured(file: string, settings: Settings): string | undefined {
    for (const [target, source] of Object.entries(settings.sourceDocuments)) {
      if (path.isAbsolute(target)) {
        if (path.resolve(target) === path.resolve(file)) return path.isAbsolute(source) ? source : path.resolve(path.dirname(target), source);
        continue;
      }
      for (const folder of this.folders()) {
        if (path.resolve(folder, target) === path.resolve(file)) return path.resolve(folder, source);
      }
    }
    return undefined;
  }

  private reportOnce(file: string, message: string): void {
    if (this.reported.has(file)) return;
    this.reported.add(file);
    this.logError(`Transcript Lens did not read the source document ${file}: ${message}`);
  }
}

function isRegularFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
