/**
 * How alike two katakana words sound to a speech recogniser or a translator writing a name by ear: an edit
 * distance over the sounds of their sound keys (soundKey.ts) in which the slips ears make cost little —
 * voiced for voiceless (ク/グ, ソ/ゾ), v/b/f/h, m/n, a vowel for its neighbour (e/i, o/u), a vowel added
 * after a consonant (グロッコ for グロック) or dropped, a last sound or two lost — and any other change costs
 * a whole sound. ネビアース/ネビウス and クルーゾウ/クルーソー come out close; クルーソー/クローム do not.
 */
import { soundKey } from './soundKey';

const VOWELS = new Set(['a', 'i', 'u', 'e', 'o']);

/** Consonant pairs ears confuse in foreign names (voicing, v/b/f/h, m/n, the affricates), as one cheap change. */
const NEAR_CONSONANTS: readonly (readonly [string, string])[] = [
  ['k', 'g'],
  ['t', 'd'],
  ['s', 'z'],
  ['S', 'j'],
  ['C', 'j'],
  ['C', 'S'],
  ['T', 's'],
  ['T', 'z'],
  ['T', 'C'],
  ['h', 'b'],
  ['p', 'b'],
  ['f', 'h'],
  ['f', 'b'],
  ['f', 'p'],
  ['v', 'b'],
  ['v', 'f'],
  ['m', 'n'],
  ['r', 'd'],
  ['s', 'S'],
  ['z', 'j'],
];
const NEAR_VOWELS: readonly (readonly [string, string])[] = [
  ['e', 'i'],
  ['o', 'u'],
  ['a', 'o'],
  ['a', 'e'],
];

const pairKey = (a: string, b: string): string => (a < b ? `${a}${b}` : `${b}${a}`);
const NEAR = new Set([...NEAR_CONSONANTS, ...NEAR_VOWELS].map(([a, b]) => pairKey(a, b)));

/** What each change costs, a whole sound being 1. */
const COST = { near: 0.35, vowel: 0.6, other: 1, addedVowel: 0.35, addedConsonant: 0.85, moraicN: 0.5, lostEnd: 0.45 } as const;
/** The least any sound added, dropped or lost at the end costs. */
const LEAST_INDEL = Math.min(COST.addedVowel, COST.moraicN, COST.addedConsonant, COST.lostEnd);
/** The least a consonant costs to add, drop, lose at the end, or change into another kind (half a whole sound: one on each side). */
const LEAST_CONSONANT = Math.min(COST.moraicN, COST.addedConsonant, COST.lostEnd, COST.other / 2);

/** The sounds of a katakana word: its sound key with ch, sh and ts as one sound each (C, S, T). */
export function soundsOf(katakana: string): string[] {
  return [...soundKey(katakana).replace(/ch/g, 'C').replace(/sh/g, 'S').replace(/ts/g, 'T')];
}

function substitution(a: string, b: string): number {
  if (a === b) return 0;
  if (NEAR.has(pairKey(a, b))) return COST.near;
  if (VOWELS.has(a) && VOWELS.has(b)) return COST.vowel;
  return COST.other;
}

/** Adding or dropping one sound: a vowel is cheap (ears add one after a final consonant), n a little less so. */
function indel(sound: string): number {
  if (VOWELS.has(sound)) return COST.addedVowel;
  if (sound === 'n' || sound === 'y' || sound === 'w') return COST.moraicN;
  return COST.addedConsonant;
}

// Each sound gets a small number the first time it is seen, and the costs between sounds are looked up by number
// rather than worked out per cell of the table: a word is compared with every known name's sounds.
const soundNumbers = new Map<string, number>();
const numberedSounds: string[] = [];
let tableWidth = 0;
let substitutions = new Float64Array(0);
let indels = new Float64Array(0);

function numberOf(sound: string): number {
  let n = soundNumbers.get(sound);
  if (n === undefined) {
    n = numberedSounds.length;
    soundNumbers.set(sound, n);
    numberedSounds.push(sound);
    if (n >= tableWidth) growTables(Math.max(64, 2 * tableWidth));
    else fillTables(n);
  }
  return n;
}

function growTables(width: number): void {
  tableWidth = width;
  substitutions = new Float64Array(width * width);
  indels = new Float64Array(width);
  for (let n = 0; n < numberedSounds.length; n++) fillTables(n);
}

/** The costs between sound n and every sound numbered so far (n included). */
function fillTables(n: number): void {
  const sound = numberedSounds[n] as string;
  indels[n] = indel(sound);
  for (let m = 0; m <= n; m++) {
    const other = numberedSounds[m] as string;
    substitutions[n * tableWidth + m] = substitution(sound, other);
    substitutions[m * tableWidth + n] = substitution(other, sound);
  }
}

/** The sounds by number, for heardNumbersWithin: work it out once for a word compared many times. */
export function soundNumbersOf(sounds: readonly string[]): Int32Array {
  // A loop, not Int32Array.from with a mapping function: V8 runs that through the iterator protocol unoptimised,
  // and the first analysis numbers every known name's sounds (~5% of a cold start's first analysis).
  const numbers = new Int32Array(sounds.length);
  for (let i = 0; i < sounds.length; i++) numbers[i] = numberOf(sounds[i] as string);
  return numbers;
}

/**
 * Sounds ears confuse as one kind: each group of near consonants joined (k/g, t/d/r, s/z/sh/j/ch/ts, h/b/p/f/v,
 * m/n), the vowels, and every other sound. Two words' counts of each kind bound their distance from below.
 */
const KINDS = 7;
const VOWEL_KIND = KINDS - 2;
const OTHER_KIND = KINDS - 1;
const kindBySound = ((): Map<string, number> => {
  const group = new Map<string, string>();
  const root = (sound: string): string => {
    let r = sound;
    while (group.get(r) !== r) r = group.get(r) as string;
    return r;
  };
  for (const [a, b] of NEAR_CONSONANTS) {
    for (const sound of [a, b]) if (!group.has(sound)) group.set(sound, sound);
    group.set(root(a), root(b));
  }
  const roots = [...new Set([...group.keys()].map(root))];
  if (roots.length > VOWEL_KIND) throw new Error('heardAlike: more groups of near consonants than kinds');
  const kinds = new Map<string, number>([...group.keys()].map((sound) => [sound, roots.indexOf(root(sound))]));
  for (const vowel of VOWELS) kinds.set(vowel, VOWEL_KIND);
  return kinds;
})();

/** A word's sounds by number, and how many of each kind it has: what comparing it with many words needs. */
export interface HeardWord {
  readonly sounds: Int32Array;
  readonly kinds: Uint8Array;
}

export function heardWordOf(sounds: readonly string[]): HeardWord {
  const kinds = new Uint8Array(KINDS);
  for (const sound of sounds) {
    const kind = kindBySound.get(sound) ?? OTHER_KIND;
    kinds[kind] = (kinds[kind] as number) + 1;
  }
  return { sounds: soundNumbersOf(sounds), kinds };
}

/**
 * heardDistance of two words when it is at most `limit`, else some number above it. Each sound of a kind one
 * word has more of than the other is added, dropped, lost at the end or changed into another kind (a whole
 * sound, for one such sound on each side): at least LEAST_CONSONANT a consonant and LEAST_INDEL a vowel.
 * Most names are told apart from a word by these counts alone, before the table.
 */
export function heardWordsWithin(a: HeardWord, b: HeardWord, limit: number): number {
  let atLeast = 0;
  for (let kind = 0; kind < KINDS; kind++) {
    const more = Math.abs((a.kinds[kind] as number) - (b.kinds[kind] as number));
    atLeast += more * (kind === VOWEL_KIND ? LEAST_INDEL : LEAST_CONSONANT);
  }
  if (atLeast > limit + 1e-6) return atLeast;
  return heardNumbersWithin(a.sounds, b.sounds, limit);
}

/**
 * The weighted distance between two sound sequences; sounds the shorter lacks at its end cost `lostEnd`
 * each, up to two (a recogniser loses a name's last syllable: マヨラ for マヨラナ), the rest as any drop.
 */
export function heardDistance(a: readonly string[], b: readonly string[]): number {
  return heardNumbersWithin(soundNumbersOf(a), soundNumbersOf(b), Infinity);
}

/** heardDistance when it is at most `limit`; otherwise some number above `limit` (see heardNumbersWithin). */
export function heardDistanceWithin(a: readonly string[], b: readonly string[], limit: number): number {
  return heardNumbersWithin(soundNumbersOf(a), soundNumbersOf(b), limit);
}

/** The table, kept between calls (filled before it is read). */
let d = new Float64Array(256);

/**
 * heardDistance of two words' sound numbers when it is at most `limit`; otherwise some number above `limit`.
 * Every way through the table crosses each row, and from cell (i, j) on costs at least LEAST_INDEL for each
 * sound by which what is left of the two differs in length: once no cell of a row can end within the limit,
 * neither can the distance, and a word compared with every known name stops after a sound or two for most.
 */
export function heardNumbersWithin(a: Int32Array, b: Int32Array, limit: number): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  if (d.length < rows * cols) d = new Float64Array(2 * rows * cols);
  const width = tableWidth;
  d[0] = 0;
  for (let i = 1; i < rows; i++) d[i * cols] = (d[(i - 1) * cols] as number) + (indels[a[i - 1] as number] as number);
  for (let j = 1; j < cols; j++) d[j] = (d[j - 1] as number) + (indels[b[j - 1] as number] as number);
  for (let i = 1; i < rows; i++) {
    const x = a[i - 1] as number;
    const dropX = indels[x] as number;
    const left = a.length - i;
    let least = (d[i * cols] as number) + LEAST_INDEL * Math.abs(left - b.length);
    for (let j = 1; j < cols; j++) {
      const y = b[j - 1] as number;
      const cell = Math.min(
        (d[(i - 1) * cols + j - 1] as number) + (substitutions[x * width + y] as number),
        (d[(i - 1) * cols + j] as number) + dropX,
        (d[i * cols + j - 1] as number) + (indels[y] as number),
      );
      d[i * cols + j] = cell;
      const atLeast = cell + LEAST_INDEL * Math.abs(left - (b.length - j));
      if (atLeast < least) least = atLeast;
    }
    // The lost endings below read the last three rows: stop only before them (a millionth to spare for rounding).
    if (least > limit + 1e-6 && i < a.length - 2) return least;
  }
  let best = d[rows * cols - 1] as number;
  // A lost ending: the whole of the shorter against the longer's beginning, plus its last one or two sounds.
  for (let lost = 1; lost <= 2; lost++) {
    if (a.length - lost >= 3) best = Math.min(best, (d[(a.length - lost) * cols + b.length] as number) + lost * COST.lostEnd);
    if (b.length - lost >= 3) best = Math.min(best, (d[a.length * cols + b.length - lost] as number) + lost * COST.lostEnd);
  }
  return best;
}

/** 0..1: 1 for the same sounds, lower as the weighted distance grows against the longer word's sounds. */
export function heardSimilarity(a: string, b: string): number {
  const x = soundsOf(a);
  const y = soundsOf(b);
  const longest = Math.max(x.length, y.length);
  if (longest === 0) return 1;
  return Math.max(0, 1 - heardDistance(x, y) / longest);
}
