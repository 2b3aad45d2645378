/**
 * The words whose first vowel letter is long, said as the letter is named (David, Peter, Nigel), from
 * server/data/pronunciation/long-first-vowels.txt (derived from the CMU Pronouncing Dictionary by
 * scripts/build-long-vowels.mjs). Spelling alone cannot tell David (デイビッド) from Daniel (ダニエル). Read once per
 * process, at the first rendering that asks; a missing file leaves the spelling rules alone.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../packageRoot';

let words: ReadonlySet<string> | undefined;

export const longFirstVowelsPath = (): string => path.join(packageRoot(), 'server', 'data', 'pronunciation', 'long-first-vowels.txt');

function load(): ReadonlySet<string> {
  try {
    return new Set(
      fs
        .readFileSync(longFirstVowelsPath(), 'utf8')
        .split('\n')
        .filter((line) => line !== '' && !line.startsWith('#')),
    );
  } catch {
    return new Set();
  }
}

/** Whether a word's first vowel letter is said long (David: yes; Daniel: no). */
export function hasLongFirstVowel(word: string): boolean {
  words ??= load();
  return words.has(word.toLowerCase());
}
