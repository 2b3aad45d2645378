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

/**
 * The weighted distance between two sound sequences; sounds the shorter lacks at its end cost `lostEnd`
 * each, up to two (a recogniser loses a name's last syllable: マヨラ for マヨラナ), the rest as any drop.
 */
export function heardDistance(a: readonly string[], b: readonly string[]): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 1; i < rows; i++) d[i * cols] = (d[(i - 1) * cols] as number) + indel(a[i - 1] as string);
  for (let j = 1; j < cols; j++) d[j] = (d[j - 1] as number) + indel(b[j - 1] as string);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const x = a[i - 1] as string;
      const y = b[j - 1] as string;
      d[i * cols + j] = Math.min(
        (d[(i - 1) * cols + j - 1] as number) + substitution(x, y),
        (d[(i - 1) * cols + j] as number) + indel(x),
        (d[i * cols + j - 1] as number) + indel(y),
      );
    }
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
