/** The katakana runs of a text, split into name parts at the middle dot, and the word a stuttered part repeats. */
import { isKatakana, isKatakanaCode, katakanaToRomaji, NAME_SEPARATORS } from '../../text';
import { repeatedUnit } from '../repeatedWord';

/** Kana no Japanese word starts with. */
export const NO_WORD_START = /^[ンーァィゥェォッャュョヮヵヶ]/;

/** The fewest romaji letters of a word or a name compared: shorter ones sound like too many names. */
export const MIN_ROMAJI = 4;

export interface Part {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly romaji: string;
}

/** Runs of katakana, split into name parts at the middle dot: "サム・アルマン" → [サム, アルマン]. */
export function* katakanaRuns(text: string): Generator<Part[]> {
  let i = 0;
  while (i < text.length) {
    if (!isKatakanaCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const parts: Part[] = [];
    let start = i;
    while (i <= text.length) {
      if (isKatakanaCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const ch = text[i] ?? '';
      if (i > start) parts.push(makePart(text, start, i));
      if (NAME_SEPARATORS.has(ch) && isKatakana(text[i + 1] ?? '')) {
        i++;
        start = i;
        continue;
      }
      break;
    }
    yield parts;
  }
}

/** The word a part repeats (ディープス in ディープスディープス), or the part itself. */
export function stutteredWord(text: string, part: Part): Part {
  const stutter = repeatedUnit(part.text);
  if (!stutter || stutter.separator !== '' || stutter.word.length * stutter.copies !== part.text.length) return part;
  return makePart(text, part.start, part.start + stutter.word.length);
}

function makePart(text: string, start: number, end: number): Part {
  const partText = text.slice(start, end);
  return { start, end, text: partText, romaji: katakanaToRomaji(partText) };
}
