/**
 * A name written in kanji (富士通, 三菱商事) that the translation writes as another name beginning with the same two
 * kanji (富士フイルム): a slip to a name of like look or sound, or to another company of the same family. The word is
 * read from the shared start to the first kana of a particle or a punctuation mark; fix: the name as the knowledge base
 * writes it.
 */
import type { AlignedPair } from '../../alignment';
import type { Word } from '../../pairFacts';

const KANJI = /[一-龯々]/;
/** A word goes on through kanji, katakana and Latin letters; a hiragana (a particle) or a punctuation mark ends it. */
const WORD_CHARACTER = /[一-龯々ァ-ヴーA-Za-z0-9]/;
/** The shared start: two kanji (one is a syllable of many names). */
const SHARED = 2;

/** The one word of the translation that begins as a kanji spelling of a name does and is none of its spellings. */
export function kanjiNameSlip(pair: AlignedPair, spellings: readonly string[], taken: ReadonlySet<number>): Word | undefined {
  const kanjiSpellings = spellings.filter((s) => s.length > SHARED && [...s.slice(0, SHARED)].every((c) => KANJI.test(c)));
  const found = new Map<number, Word>();
  for (const spelling of kanjiSpellings) {
    const start = spelling.slice(0, SHARED);
    for (const segment of pair.target) {
      for (const piece of segment.pieces) {
        for (let at = piece.text.indexOf(start); at >= 0; at = piece.text.indexOf(start, at + 1)) {
          // The start of a word: not inside a run of kanji (本富士 is no 富士).
          if (KANJI.test(piece.text[at - 1] ?? '')) continue;
          let end = at + SHARED;
          while (end < piece.text.length && WORD_CHARACTER.test(piece.text[end] ?? '')) end++;
          const text = piece.text.slice(at, end);
          if (text.length <= SHARED || spellings.some((s) => text.includes(s) || s.includes(text))) continue;
          const range = { start: piece.start + at, end: piece.start + end };
          if (!taken.has(range.start)) found.set(range.start, { text, range });
        }
      }
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}
