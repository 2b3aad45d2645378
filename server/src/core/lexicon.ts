/** Ordinary English words: a Latin word that is one of them is not a garbled name. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from './packageRoot';

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
 * sorted string searched by bisection: a tenth of the memory of a Set of strings. The build writes it
 * sorted, one word a line. The bisection is over the string's offsets, each probe widened to its line, so
 * that nothing is built at start (an index of the 275,000 line starts cost ~30 ms of every cold start) and
 * the string is never split.
 */
export function loadEnglishLexicon(): EnglishLexicon {
  if (!shared) {
    const joined = readWordList();
    shared = {
      has: (word) => {
        const target = word.toLowerCase();
        // Lines starting in [low, high) are still candidates; low is always a line's start.
        let low = 0;
        let high = joined.length + 1;
        while (low < high) {
          const middle = (low + high) >> 1;
          const start = middle === 0 ? 0 : joined.lastIndexOf('\n', middle - 1) + 1;
          const newline = joined.indexOf('\n', start);
          const end = newline === -1 ? joined.length : newline;
          const candidate = joined.slice(start, end);
          if (candidate === target) return true;
          if (candidate < target) low = end + 1;
          else high = start;
        }
        return false;
      },
    };
  }
  return shared;
}
