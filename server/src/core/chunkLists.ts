/** Lists with one entry per chunk, and what two versions of them share: an edit changes the entries between shared ends. */

/** How many items two lists share at their start and, after that, at their end (compared by identity). */
export function sharedEnds<T>(before: readonly T[], after: readonly T[]): { readonly prefix: number; readonly suffix: number } {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

/**
 * A list per chunk after an edit: the first `prefix` and last `suffix` entries of the last version's list
 * copied over as they stand (native copies, no per-entry work), the `count - prefix - suffix` between made by `fresh`.
 */
export function spliced<T>(
  last: readonly T[],
  { prefix, suffix }: { readonly prefix: number; readonly suffix: number },
  count: number,
  fresh: (i: number) => T,
): T[] {
  if (count === last.length) {
    // The same number of entries (most edits): one copy, the entries between the ends replaced in it.
    const list = last.slice();
    for (let i = prefix; i < count - suffix; i++) list[i] = fresh(i);
    return list;
  }
  const middle: T[] = [];
  for (let i = prefix; i < count - suffix; i++) middle.push(fresh(i));
  return last.slice(0, prefix).concat(middle, last.slice(last.length - suffix));
}
