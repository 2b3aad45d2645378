/** Ordinary English words: a Latin word that is one of them is not a garbled name. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from './packageRoot';
import { lineWithKey } from './sortedLines';

export interface EnglishLexicon {
  has(word: string): boolean;
}

let shared: EnglishLexicon | undefined;

export const compiledWordListPath = (): string => path.join(packageRoot(), 'dist', 'english-words.txt');

/** The word list lower-cased and sorted, one word a line: what the build writes to dist/english-words.txt. */
export function sortedWordList(): string {
  const file = require.resolve('an-array-of-english-words/index.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as string[])
    .map((w) => w.toLowerCase())
    .sort()
    .join('\n');
}

function readWordList(): string {
  try {
    return fs.readFileSync(compiledWordListPath(), 'utf8');
  } catch {
    return sortedWordList(); // not built yet
  }
}

/**
 * The word list of an-array-of-english-words (about 275,000 words), read once per process and kept as one
 * sorted string searched by bisection (sortedLines.ts): a tenth of the memory of a Set of strings. The build
 * writes it sorted, one word a line.
 */
export function loadEnglishLexicon(): EnglishLexicon {
  if (!shared) {
    const joined = readWordList();
    shared = {
      has: (word) => lineWithKey(joined, word.toLowerCase()) !== undefined,
    };
  }
  return shared;
}
