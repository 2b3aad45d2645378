/**
 * How a Japanese reader sounds out an English name letter by letter, as if its spelling were romaji: Stargate →
 * sutarugate (スタルガテ, not スターゲート), Mobileye → mobireie (モビレイエ, not モービルアイ), Lambda → ranbuda.
 * Machine translation and speech recognition that meet a name they do not know write it this way. Rules of
 * spelling only, letter by letter: a consonant with the vowel after it is one mora, a consonant with none takes
 * the vowel Japanese adds (u; o after t and d; i after ch and j), l is r, v is b, c is k or s, x is ks, y before a
 * vowel is a consonant and elsewhere i. The result is romaji folded the way `foldedRomaji` folds katakana, so
 * the two compare directly.
 */

/** Consonant letters that combine with h into one sound. */
const WITH_H: Readonly<Record<string, string>> = { s: 'sh', c: 'ch', p: 'f', t: 't', d: 'd', g: 'g', k: 'k', b: 'b', r: 'r', w: 'w' };
const VOWELS = new Set(['a', 'i', 'u', 'e', 'o']);

/** The vowel Japanese adds after a consonant that has none. */
function addedVowel(consonant: string): string {
  if (consonant === 't' || consonant === 'd') return 'o';
  if (consonant === 'ch' || consonant === 'j') return 'i';
  if (consonant === 'n') return '';
  return 'u';
}

/** One consonant letter (or group) as romaji, by the letter after it. */
function consonantOf(letters: string, next: string | undefined): string {
  if (letters === 'c') return next === 'e' || next === 'i' || next === 'y' ? 's' : 'k';
  if (letters === 'l') return 'r';
  if (letters === 'v') return 'b';
  if (letters === 'q') return 'k';
  return letters;
}

/**
 * The romaji a Japanese reader gives an English spelling sounded out letter by letter; undefined for a name that
 * is not one word of Latin letters (hyphens and dots are dropped: d-Matrix is dmatrix).
 */
export function spellingReading(english: string): string | undefined {
  const word = english.toLowerCase().replace(/[-.'’]/g, '');
  if (!/^[a-z]+$/.test(word)) return undefined;
  let out = '';
  let i = 0;
  while (i < word.length) {
    const letter = word[i] ?? '';
    const next = word[i + 1];
    if (VOWELS.has(letter)) {
      out += letter;
      i++;
      continue;
    }
    // y before a vowel is the consonant of ya/yu/yo; elsewhere it is read i.
    if (letter === 'y' && (next === undefined || !VOWELS.has(next))) {
      out += 'i';
      i++;
      continue;
    }
    let consonant: string;
    let length = 1;
    const withH = WITH_H[letter];
    if (next === 'h' && withH !== undefined) {
      consonant = withH;
      length = 2;
    } else if (letter === 'x') {
      // x is k and s: the k takes its added vowel, the s the vowel after it (exa → ekusa).
      out += 'ku';
      consonant = 's';
    } else if (letter === 'q' && next === 'u') {
      consonant = 'kw';
      length = 2;
    } else {
      consonant = consonantOf(letter, next);
    }
    const after = word[i + length];
    // A doubled consonant is written once (ll → r, ss → s), as the fold writes ッ.
    if (after === letter && !VOWELS.has(letter)) length++;
    const vowelNext = word[i + length];
    if (vowelNext !== undefined && (VOWELS.has(vowelNext) || (vowelNext === 'y' && !VOWELS.has(word[i + length + 1] ?? '')))) {
      out += syllable(consonant, vowelNext === 'y' ? 'i' : vowelNext);
      i += length + 1;
      continue;
    }
    // m before b, p or m is ン, like n before any consonant.
    if ((consonant === 'm' && vowelNext !== undefined && 'bpm'.includes(vowelNext)) || consonant === 'n') {
      out += 'n';
      i += length;
      continue;
    }
    out += syllable(consonant, addedVowel(consonant));
    i += length;
  }
  return foldRomaji(out);
}

/** A consonant and a vowel as the mora Japanese has for them (si → shi, ti → ti as ティ, hu → fu, wu → u). */
function syllable(consonant: string, vowel: string): string {
  if (vowel === '') return consonant;
  if (consonant === 'w' && vowel === 'u') return 'u';
  if (consonant === 'y' && (vowel === 'i' || vowel === 'e')) return vowel === 'i' ? 'i' : 'ie';
  return consonant + vowel;
}

/**
 * Romaji folded so that two writings of one sound compare equal: shi/si, chi/ti, tsu/tu, fu/hu, ji/zi, v/b,
 * doubled consonants and doubled vowels written once.
 */
export function foldRomaji(romaji: string): string {
  return romaji
    .replace(/shi/g, 'si')
    .replace(/chi/g, 'ti')
    .replace(/tsu/g, 'tu')
    .replace(/fu/g, 'hu')
    .replace(/ji/g, 'zi')
    .replace(/v/g, 'b')
    .replace(/([bcdfghjklmnpqrstvwxyz])\1+/g, '$1')
    .replace(/([aeiou])\1+/g, '$1');
}
