/**
 * How a foreign name sounds, as a key two transliterations of it share: katakana read as romaji with long
 * vowels, doubled consonants (small ッ) and diphthongs that Japanese writes several ways folded to one form
 * (ダウデ and ドゥデ → "dode"/"dude"; ゴードメット → "godometo"), and the bare consonants of that key.
 */
import { katakanaToRomaji } from './text';

// Vowel pairs that transliterations of one sound disagree on: "au" of French "Gaudemet" is ゴー or ガウ.
const VOWEL_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/au|ou|oo|ow/g, 'o'],
  [/ei|ee/g, 'e'],
  [/ii/g, 'i'],
  [/uu/g, 'u'],
  [/aa/g, 'a'],
];

// Keys by word: the name detectors ask for the keys of the same names and spellings in every chunk.
const MEMO_LIMIT = 50_000;
const soundKeys = new Map<string, string>();
const skeletons = new Map<string, string>();

function remembered(memo: Map<string, string>, word: string, compute: (word: string) => string): string {
  let value = memo.get(word);
  if (value === undefined) {
    value = compute(word);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, value);
  }
  return value;
}

/** The folded romaji of a katakana word: long vowels dropped, double consonants single, diphthongs folded. */
export function soundKey(katakana: string): string {
  return remembered(soundKeys, katakana, (word) => {
    let key = katakanaToRomaji(word).replace(/([bcdfghjklmnpqrstvwxyz])\1+/g, '$1');
    for (const [pattern, to] of VOWEL_FOLDS) key = key.replace(pattern, to);
    return key;
  });
}

/**
 * Every sound key worked out so far: the build (derivedData.ts) reads it after working out what the knowledge
 * base's names derive (their facts, heard sounds and keys), which is then the keys of the knowledge base's katakana only.
 */
export function soundKeysWorkedOut(): [string, string][] {
  return [...soundKeys];
}

/** Takes sound keys computed at build time (derivedData.ts) for the known names' katakana: what soundKey computes for them. */
export function useSoundKeys(entries: Iterable<readonly [string, string]>): void {
  for (const [katakana, key] of entries) if (!soundKeys.has(katakana) && soundKeys.size < MEMO_LIMIT) soundKeys.set(katakana, key);
}

/** The key of a Latin name: lower case, letters only, doubled letters single. */
export function latinSoundKey(latin: string): string {
  return latin
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/([a-z])\1+/g, '$1');
}

/** The consonants of a sound key, in order ("godometo" → "gdmt"): vowels are where transliterations differ most. */
export function consonantSkeleton(key: string): string {
  return remembered(skeletons, key, (word) => word.replace(/[aeiou]/g, ''));
}

// What speech recognition and ear transliteration change at the end of a name part and in its consonants,
// beyond soundKey: English -ng heard as ング (フアング for フアン), a final -er/-l as ール or ー (ベイカール,
// ケンダー), a final n as ヌ (モハーヌ), ヴ as ブ, シュ as ス, ウォ as ウ.
const LOOSE_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/ngu$/, 'n'],
  [/([aeiou])ru$/, '$1'],
  [/([aeiou])nu$/, '$1n'],
  [/v/g, 'b'],
  [/sh/g, 's'],
  [/wo/g, 'o'],
];

/**
 * A looser key of one name part, for matching a whole name garbled in every part: soundKey with the ending
 * and consonant changes ear transliteration makes folded too. Too loose for a single word on its own.
 */
export function looseSoundKey(katakana: string): string {
  let key = soundKey(katakana);
  for (const [pattern, to] of LOOSE_FOLDS) key = key.replace(pattern, to);
  return key;
}
