#!/usr/bin/env node
// Writes server/data/pronunciation/long-first-vowels.txt from the CMU Pronouncing Dictionary (the npm package
// cmu-pronouncing-dictionary, a development dependency): the words whose first vowel letter, an a, e, i or y
// before one consonant other than r, is said as its letter's name (David, Peter, Nigel: EY, IY, AY). Spelling
// rules cannot tell David (デイビッド) from Daniel (ダニエル); katakanaRendering reads this list for it.
// Run it again after updating the package: `node scripts/build-long-vowels.mjs`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { dictionary } from 'cmu-pronouncing-dictionary';

const LONG = { a: 'EY', e: 'IY', i: 'AY', y: 'AY' };
const words = [];
for (const [word, pronunciation] of Object.entries(dictionary)) {
  if (!/^[a-z]+$/.test(word)) continue;
  const first = /^[^aeiouy]*([aeiouy])([^aeiouyr])/.exec(word);
  if (!first) continue;
  const vowel = pronunciation
    .split(' ')
    .find((phone) => /\d/.test(phone))
    ?.replace(/\d/, '');
  if (vowel && LONG[first[1]] === vowel) words.push(word);
}
words.sort();
const header = [
  '# Words whose first vowel letter (a, e, i or y before one consonant other than r) is long, said as the letter is named:',
  '# David, Peter, Nigel. Derived by scripts/build-long-vowels.mjs from the CMU Pronouncing Dictionary (Carnegie Mellon',
  '# University, BSD licence; npm package cmu-pronouncing-dictionary). One lower-case word a line.',
];
const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'server', 'data', 'pronunciation', 'long-first-vowels.txt');
fs.writeFileSync(file, `${[...header, ...words].join('\n')}\n`);
process.stdout.write(`Wrote ${words.length} words to ${path.relative(process.cwd(), file)}.\n`);
