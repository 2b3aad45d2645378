/**
 * A katakana fix written with the translation's own separators (リップ・ブー・タン for リップ・ブー・チャン, where the
 * knowledge base writes リップブー・タン): where the garble spells the name right, at its start and at its end, the
 * translator's ・ and ＝ stay as written; only the sounds that differ take the fix's letters (and its separators there).
 */

const SEPARATOR = /[・＝]/;
const KATAKANA_NAME = /^[ァ-ヴー・＝]+$/;

/** The shared part at either end must be this long (in letters) for the translation's separators to be kept. */
const LEAST_SHARED = 2;

/** The letters of a katakana name without its separators. */
const letters = (name: string): string => name.replace(/[・＝]/g, '');

/** The fix with the written name's separators kept where the two spell the same letters at the start and the end. */
export function withWrittenSeparators(written: string, fix: string): string {
  // A name written without separators keeps the fix's: run together may be part of the slip (サムアルトマン).
  if (!KATAKANA_NAME.test(written) || !KATAKANA_NAME.test(fix) || !SEPARATOR.test(written)) return fix;
  const w = letters(written);
  const f = letters(fix);
  if (w === f) return fix;
  let prefix = 0;
  while (prefix < w.length && prefix < f.length && w[prefix] === f[prefix]) prefix++;
  let suffix = 0;
  while (suffix < w.length - prefix && suffix < f.length - prefix && w[w.length - 1 - suffix] === f[f.length - 1 - suffix]) suffix++;
  if (prefix < LEAST_SHARED && suffix < LEAST_SHARED) return fix;
  const head = spanOfLetters(written, 0, prefix);
  const tail = spanOfLetters(written, w.length - suffix, w.length);
  const middle = spanOfLetters(fix, prefix, f.length - suffix);
  // At each edge of the middle, the written name's separator if it has one there, else the fix's.
  const before = SEPARATOR.test(written[head.end] ?? '')
    ? (written[head.end] ?? '')
    : SEPARATOR.test(fix[middle.start - 1] ?? '')
      ? (fix[middle.start - 1] ?? '')
      : '';
  const after =
    SEPARATOR.test(written[tail.start - 1] ?? '') && tail.start - 1 > head.end
      ? (written[tail.start - 1] ?? '')
      : SEPARATOR.test(fix[middle.end] ?? '')
        ? (fix[middle.end] ?? '')
        : '';
  return written.slice(0, head.end) + before + fix.slice(middle.start, middle.end) + after + written.slice(tail.start);
}

/** The span of a name's text that holds its letters from..to (separators inside counted, those at the edges left out). */
function spanOfLetters(name: string, from: number, to: number): { start: number; end: number } {
  let count = 0;
  let start = name.length;
  let end = 0;
  for (let i = 0; i < name.length; i++) {
    if (SEPARATOR.test(name[i] ?? '')) continue;
    if (count === from && start === name.length) start = i;
    count++;
    if (count === to) end = i + 1;
  }
  if (from === to) {
    // An empty span: just after the letter before it (or at the start).
    const at = from === 0 ? 0 : spanOfLetters(name, 0, from).end;
    return { start: at, end: at };
  }
  return { start, end };
}
