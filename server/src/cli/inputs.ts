/** Turns the command line's inputs (files, directories, globs, "-") into the files to check. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import { t } from '../core/l10n';

const TRANSCRIPT_FILES = ['**/*.txt', '**/*.md', '**/*.transcript', '**/*.srt', '**/*.vtt', '**/*.xlf', '**/*.xliff'];

export interface ResolvedInputs {
  readonly files: readonly string[];
  /** Inputs that name nothing to check, with the reason. */
  readonly problems: readonly string[];
}

export function resolveInputs(inputs: readonly string[], recursive: boolean): ResolvedInputs {
  const files: string[] = [];
  const problems: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push(input);
    } else if (/[*?[\]{}]/.test(input) && !fs.existsSync(input)) {
      const matches = globSync(input, { onlyFiles: true }).sort();
      if (matches.length === 0) problems.push(t('{0}: no file matches this pattern', input));
      files.push(...matches);
    } else if (isDirectory(input)) {
      if (!recursive) {
        problems.push(t('{0}: it is a directory (use --recursive to check the transcripts in it)', input));
        continue;
      }
      files.push(
        ...globSync(TRANSCRIPT_FILES, { cwd: input, onlyFiles: true })
          .sort()
          .map((file) => path.join(input, file)),
      );
    } else {
      files.push(input);
    }
  }
  return { files, problems };
}

function isDirectory(input: string): boolean {
  try {
    return fs.statSync(input).isDirectory();
  } catch {
    return false;
  }
}
