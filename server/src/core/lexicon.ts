/** Ordinary English words: a Latin word that is one of them is not a garbled name. */
import * as fs from 'node:fs';

export interface EnglishLexicon {
  has(word: string): boolean;
}

let shared: EnglishLexicon | undefined;

/** The word list of an-array-of-english-words (about 275,000 words), read once per process. */
export function loadEnglishLexicon(): EnglishLexicon {
  if (!shared) {
    const file = require.resolve('an-array-of-english-words/index.json');
    const words = new Set<string>(JSON.parse(fs.readFileSync(file, 'utf8')) as string[]);
    shared = { has: (word) => words.has(word.toLowerCase()) };
  }
  return shared;
}
