/** A romaji spelling's letters counted, to rule a pair out before the edit distance. */

/** The letters of a romaji spelling (the first 128 character codes) and how many of each. */
export interface LetterCounts {
  readonly codes: readonly number[];
  readonly counts: Int32Array;
  /** One bit per letter a–z present: the letters one spelling has and the other lacks, in two operations. */
  readonly mask: number;
}

export function letterCounts(romaji: string): LetterCounts {
  const counts = new Int32Array(128);
  const codes: number[] = [];
  let mask = 0;
  for (let i = 0; i < romaji.length; i++) {
    const code = romaji.charCodeAt(i);
    if (code >= 128) continue;
    if (counts[code] === 0) codes.push(code);
    counts[code] = (counts[code] as number) + 1;
    if (code >= A && code <= Z) mask |= 1 << (code - A);
  }
  return { codes, counts, mask };
}

const A = 'a'.charCodeAt(0);
const Z = 'z'.charCodeAt(0);

/**
 * editSimilarity(a, b) or more: an edit changes, adds or drops one letter, so the letters one has more of
 * than the other (on the side with more of them) take at least as many edits. Cheaper than the distance.
 */
export function similarityAtMost(a: LetterCounts, b: LetterCounts, aText: string, bText: string): number {
  let moreInA = 0;
  let moreInB = 0;
  for (const code of a.codes) moreInA += Math.max(0, (a.counts[code] as number) - (b.counts[code] as number));
  for (const code of b.codes) moreInB += Math.max(0, (b.counts[code] as number) - (a.counts[code] as number));
  const longest = Math.max(aText.length, bText.length);
  return longest === 0 ? 1 : 1 - Math.max(moreInA, moreInB) / longest;
}

/**
 * Whether similarityAtMost(a, b, …) is below `bar`, most pairs decided by their letter masks alone: each
 * letter a spelling has and the other lacks is at least one letter it has more of, so the masks bound the
 * counts' answer from above (the same arithmetic on a smaller count) and only a pair they leave open is counted.
 * A katakana word is compared so with some two thousand names of about its length.
 */
export function similarityAtMostBelow(a: LetterCounts, b: LetterCounts, aText: string, bText: string, bar: number): boolean {
  const longest = Math.max(aText.length, bText.length);
  if (longest === 0) return 1 < bar;
  const lacking = Math.max(bitCount(a.mask & ~b.mask), bitCount(b.mask & ~a.mask));
  if (1 - lacking / longest < bar) return true;
  return similarityAtMost(a, b, aText, bText) < bar;
}

function bitCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
