/**
 * How English words are said, from the CMU Pronouncing Dictionary (Carnegie Mellon University, BSD licence; the npm
 * package cmu-pronouncing-dictionary, ISC): ARPAbet phones with the vowels' stress (Daniel → D AE1 N Y AH0 L). The build
 * writes the words of letters alone, one pronunciation each, sorted, one "word PHONES" a line, to dist/pronunciations.txt
 * (about 3 MB). Read at the first word a source check renders, never at start: a document without a source, or whose
 * source names nobody new, never pays for it. Searched by bisection over the one string, as lexicon.ts searches its list.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../packageRoot';
import { lineWithKey } from '../sortedLines';

let joined: string | undefined;

export const compiledPronunciationsPath = (): string => path.join(packageRoot(), 'dist', 'pronunciations.txt');

/** The dictionary's words of letters alone with their first pronunciation, sorted, one "word PHONES" a line: what the build writes. */
export function sortedPronunciations(): string {
  // The package is an ES module of one object literal that is JSON: read as text, it needs no import (the core is CommonJS).
  const file = require.resolve('cmu-pronouncing-dictionary/index.js');
  const text = fs.readFileSync(file, 'utf8');
  const dictionary = JSON.parse(text.slice(text.indexOf('{', text.indexOf('dictionary =')), text.lastIndexOf('}') + 1)) as Record<string, string>;
  return Object.entries(dictionary)
    .filter(([word]) => /^[a-z]+$/.test(word))
    .map(([word, phones]) => `${word} ${phones}`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .join('\n');
}

function load(): string {
  try {
    return fs.readFileSync(compiledPronunciationsPath(), 'utf8');
  } catch {
    try {
      return sortedPronunciations(); // not built yet
    } catch {
      return ''; // no dictionary: names are spelt by the rules alone
    }
  }
}

/** Whether this process has read the dictionary yet (the translation's own checks never do). */
export const pronouncingDictionaryRead = (): boolean => joined !== undefined;

/** The ARPAbet phones of a word (Talbot → T AE1 L B AH0 T), or undefined when the dictionary lacks it. */
export function pronunciationOf(word: string): readonly string[] | undefined {
  const target = word.toLowerCase();
  if (!/^[a-z]+$/.test(target)) return undefined;
  joined ??= load();
  const line = lineWithKey(joined, target, ' ');
  return line?.slice(target.length + 1).split(' ');
}
