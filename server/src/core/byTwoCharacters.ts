/**
 * Lists of words by their first character, narrowed to the words that can start at a place of a text: a
 * loop over every character of a text then compares a handful of words, not every word of a common kanji.
 * Read by character codes, since a character read as a string is a new string.
 */

const narrowed = new WeakMap<ReadonlyMap<string, readonly unknown[]>, Map<number, readonly unknown[]>>();
const NONE: readonly unknown[] = [];
// Pairs of characters are many, most with no word: a bound keeps each map small.
const PAIR_LIMIT = 100_000;

/**
 * The entries of `byFirst` (words by their first character, `textOf` giving an entry's word) that are the
 * character at `i` alone or go on with the next one, in their order in `byFirst`.
 */
export function entriesStartingAt<T>(byFirst: ReadonlyMap<string, readonly T[]>, textOf: (entry: T) => string, text: string, i: number): readonly T[] {
  let byPair = narrowed.get(byFirst);
  if (!byPair) narrowed.set(byFirst, (byPair = new Map()));
  // The next code plus one, 0 at the end of the text.
  const pair = text.charCodeAt(i) * 0x10001 + (i + 1 < text.length ? text.charCodeAt(i + 1) + 1 : 0);
  let entries = byPair.get(pair) as readonly T[] | undefined;
  if (!entries) {
    const second = text[i + 1] ?? '';
    const matching = (byFirst.get(text[i] ?? '') ?? []).filter((entry) => {
      const word = textOf(entry);
      return word.length === 1 || word[1] === second;
    });
    entries = matching.length === 0 ? (NONE as readonly T[]) : matching;
    if (byPair.size >= PAIR_LIMIT) byPair.clear();
    byPair.set(pair, entries);
  }
  return entries;
}
