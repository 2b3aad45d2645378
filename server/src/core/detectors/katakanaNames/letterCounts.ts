/** A romaji spelling's letters counted, to rule a pair out before the edit distance. */

/** The letters of a romaji spelling (the first 128 character codes) and how many of each. */
export interface LetterCounts {
  readonly codes: readonly number[];
  readonly counts: Int32Array;
}

export function letterCounts(romaji: string): LetterCounts {
  const counts = new Int32Array(128);
  const codes: number[] = [];
  for (let i = 0; i < romaji.length; i++) {
    const code = romaji.charCodeAt(i);
    if (code >= 128) continue;
    if (counts[code] === 0) codes.push(code);
    counts[code] = (counts[code] as number) + 1;
  }
  return { codes, counts };
}

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
