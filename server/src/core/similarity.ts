/** String similarity measures used by the name detectors. */
import { distance } from 'fastest-levenshtein';

/** Jaro–Winkler similarity (0..1), which rewards a shared beginning: speech recognisers keep the onset of a name. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (!bMatched[j] && a[i] === b[j]) {
        aMatched[i] = true;
        bMatched[j] = true;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < Math.min(4, a.length, b.length) && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Edit similarity (0..1) counting an adjacent transposition ("IA" for "AI") as one edit. */
export function editSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  return 1 - Math.min(distance(a, b), transposedDistance(a, b)) / longest;
}

function transposedDistance(a: string, b: string): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  // Exactly two differences, side by side and swapped.
  let first = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (first >= 0) {
      if (i !== first + 1 || a[first] !== b[i] || a[i] !== b[first]) return Number.POSITIVE_INFINITY;
      for (let j = i + 1; j < a.length; j++) if (a[j] !== b[j]) return Number.POSITIVE_INFINITY;
      return 1;
    }
    first = i;
  }
  return Number.POSITIVE_INFINITY;
}

export function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** A katakana word's sounds as written: each kana with the small kana after it (ジャ, デュ), a long-vowel mark a sound of its own. */
function morae(katakana: string): string[] {
  return katakana.match(/[\u30A1-\u30FA\u30FC・･][ァィゥェォャュョヮ]*/g) ?? [];
}

/** The sum of the codes of the letters morae() keeps (katakana, ー, ・): equal for two words of the same sounds in any order. */
function moraLetterSum(word: string): number {
  let sum = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 0x30a1 && code <= 0x30fc) || code === 0xff65) sum += code;
  }
  return sum;
}

/** How far apart two swapped sounds may be (マクス for マスク side by side, デュクルフ for デュフルク one apart). */
const MAX_SWAP_REACH = 2;

/**
 * Two spellings that are the same sounds with two of them swapped (マクス / マスク, ロルドフ / ロドルフ, ハモン /
 * モハン): a slip of the ear or the hand, which an edit distance counts as two or more changes. Three sounds at
 * least, the two swapped ones different and at most MAX_SWAP_REACH apart, everything else the same.
 */
export function swappedSounds(a: string, b: string): boolean {
  // Swapped sounds are the same letters: most pairs compared differ in them, told without listing their sounds.
  if (moraLetterSum(a) !== moraLetterSum(b)) return false;
  const left = morae(a);
  const right = morae(b);
  if (left.length !== right.length || left.length < 3 || a === b) return false;
  const differing = left.flatMap((sound, i) => (sound === right[i] ? [] : [i]));
  if (differing.length !== 2) return false;
  const [i = 0, j = 0] = differing;
  return j - i <= MAX_SWAP_REACH && left[i] === right[j] && left[j] === right[i];
}
