/**
 * Search of one sorted string of lines by bisection over its offsets, each probe widened to its line: nothing is
 * built at start (an index of a 275,000-line list's starts cost ~30 ms of every cold start) and the string is never
 * split. The English word list and the pronouncing dictionary are both kept this way.
 */

/**
 * The line of `sorted` whose key is `key`, or undefined. A line's key is the whole line, or with `separator` what
 * comes before its first separator ("word PHONES"). The lines must be sorted by their keys in code-unit order.
 */
export function lineWithKey(sorted: string, key: string, separator?: string): string | undefined {
  // Lines starting in [low, high) are still candidates; low is always a line's start.
  let low = 0;
  let high = sorted.length + 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    const start = middle === 0 ? 0 : sorted.lastIndexOf('\n', middle - 1) + 1;
    const newline = sorted.indexOf('\n', start);
    const end = newline === -1 ? sorted.length : newline;
    const cut = separator === undefined ? -1 : sorted.indexOf(separator, start);
    const candidate = sorted.slice(start, cut === -1 || cut > end ? end : cut);
    if (candidate === key) return sorted.slice(start, end);
    if (candidate < key) low = end + 1;
    else high = start;
  }
  return undefined;
}
