/**
 * Lists of words by their first character, narrowed to the words that can start at a place of a text: a
 * loop over every character of a text then compares a handful of words, not every word of a common kanji.
 * Read by character codes, since a character read as a string is a new string.
 */

/** Per first character code, the entries narrowed by the next code (null when no word starts with the character). */
interface Narrowed {
  readonly byCode: Map<number, Map<number, readonly unknown[]> | null>;
  /** Per character code of the Basic Multilingual Plane: UNKNOWN, NO_WORD or SOME_WORD starting with it (most start none). */
  readonly starts: Uint8Array;
  pairs: number;
}

const UNKNOWN = 0;
const NO_WORD = 1;
const SOME_WORD = 2;

const narrowed = new WeakMap<ReadonlyMap<string, readonly unknown[]>, Narrowed>();
/** The last list asked about: a loop over a text asks about the same one at every character. */
let last: { readonly byFirst: ReadonlyMap<string, readonly unknown[]>; readonly index: Narrowed } | undefined;
const NONE: readonly unknown[] = [];
/** Lists narrowed by two characters, narrowed again by the third (see entriesStartingAtThree). */
const byThird = new WeakMap<readonly unknown[], Map<number, readonly unknown[]>>();
// Pairs of characters are many, most with no word: a bound keeps each map small.
const PAIR_LIMIT = 100_000;

function narrowedOf(byFirst: ReadonlyMap<string, readonly unknown[]>): Narrowed {
  if (last?.byFirst === byFirst) return last.index;
  let index = narrowed.get(byFirst);
  if (!index) narrowed.set(byFirst, (index = { byCode: new Map(), starts: new Uint8Array(0x10000), pairs: 0 }));
  last = { byFirst, index };
  return index;
}

/**
 * The entries of `byFirst` (words by their first character, `textOf` giving an entry's word) that are the
 * character at `i` alone or go on with the next one, in their order in `byFirst`.
 */
export function entriesStartingAt<T>(byFirst: ReadonlyMap<string, readonly T[]>, textOf: (entry: T) => string, text: string, i: number): readonly T[] {
  const index = narrowedOf(byFirst);
  // Two levels of small integer keys: one number for the pair would mostly exceed a small integer (slower keys).
  const code = text.charCodeAt(i);
  // A character no word starts with (most), told by one read of a typed array rather than a map's.
  let start = index.starts[code];
  if (start === UNKNOWN) {
    start = byFirst.has(text[i] ?? '') ? SOME_WORD : NO_WORD;
    index.starts[code] = start;
  }
  if (start !== SOME_WORD) return NONE as readonly T[];
  let bySecond = index.byCode.get(code);
  if (!bySecond) {
    bySecond = new Map();
    index.byCode.set(code, bySecond);
  }
  // The next code plus one, 0 at the end of the text.
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) + 1 : 0;
  let entries = bySecond.get(next) as readonly T[] | undefined;
  if (!entries) {
    const second = text[i + 1] ?? '';
    const matching = (byFirst.get(text[i] ?? '') ?? []).filter((entry) => {
      const word = textOf(entry);
      return word.length === 1 || word[1] === second;
    });
    entries = matching.length === 0 ? (NONE as readonly T[]) : matching;
    if (index.pairs >= PAIR_LIMIT) {
      index.byCode.clear();
      index.pairs = 0;
      bySecond = new Map();
      index.byCode.set(code, bySecond);
    }
    bySecond.set(next, entries);
    index.pairs++;
  }
  return entries;
}

/**
 * The same, narrowed by the third character too (words of one or two characters kept): for lists with many
 * words sharing their first two characters (hundreds of renderings of one name start alike).
 */
export function entriesStartingAtThree<T>(byFirst: ReadonlyMap<string, readonly T[]>, textOf: (entry: T) => string, text: string, i: number): readonly T[] {
  const two = entriesStartingAt(byFirst, textOf, text, i);
  if (two.length < 2) return two;
  let narrowedByThird = byThird.get(two);
  if (!narrowedByThird) byThird.set(two, (narrowedByThird = new Map()));
  const next = i + 2 < text.length ? text.charCodeAt(i + 2) + 1 : 0;
  let entries = narrowedByThird.get(next) as readonly T[] | undefined;
  if (!entries) {
    const third = text[i + 2] ?? '';
    const matching = two.filter((entry) => {
      const word = textOf(entry);
      return word.length <= 2 || word[2] === third;
    });
    entries = matching.length === 0 ? (NONE as readonly T[]) : matching;
    narrowedByThird.set(next, entries);
  }
  return entries;
}
