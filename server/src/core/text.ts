/** Character classes and script helpers for mixed Japanese / Latin text. */
import { toRomaji } from 'wanakana';

// The rule that decides what is a Japanese transcript is shared with the client, with its character classes.
export { japaneseRatio, isJapaneseCode, isLatinLetterCode } from '../shared/japanese';
import { isJapaneseCode, isLatinLetterCode } from '../shared/japanese';

export const isKatakana = (ch: string): boolean => /[\u30A1-\u30FA\u30FC\u30FD\u30FE\u31F0-\u31FF\uFF66-\uFF9F]/.test(ch);
export const isHiragana = (ch: string): boolean => /[\u3041-\u3096\u309D\u309E]/.test(ch);
export const isKanji = (ch: string): boolean => /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u3005]/.test(ch);
export const isLatinLetter = (ch: string): boolean => /[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]/.test(ch);
export const isDigit = (ch: string): boolean => /[0-9\uFF10-\uFF19]/.test(ch);
export const isLatinWordChar = (ch: string): boolean => isLatinLetter(ch) || isDigit(ch);
export const isJapanese = (ch: string): boolean => isKatakana(ch) || isHiragana(ch) || isKanji(ch);
export const isLineBreak = (ch: string): boolean => ch === '\n' || ch === '\r';
// The same classes by UTF-16 code, for loops over long texts (a character read as a string is a new string).
export const isDigitCode = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
export const isLatinWordCode = (code: number): boolean => isLatinLetterCode(code) || isDigitCode(code);
export const isKatakanaCode = (code: number): boolean =>
  (code >= 0x30a1 && code <= 0x30fa) || (code >= 0x30fc && code <= 0x30fe) || (code >= 0x31f0 && code <= 0x31ff) || (code >= 0xff66 && code <= 0xff9f);
/** The middle dot that separates parts of foreign names in katakana. */
export const NAME_SEPARATORS = new Set(['・', '･', '=', '＝']);

export type Script = 'latin' | 'katakana' | 'kanji' | 'mixed';

/** Kanji by UTF-16 code: what isKanji tests. */
const isKanjiCode = (code: number): boolean =>
  (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3005;
/** What scriptOf skips: the name separators, white space (what String.prototype.trim removes) and - . & '. */
const NOT_LETTERS = /[・･=＝\s\-.&']/;

/**
 * The script of a name or word: 'latin', 'katakana' or 'kanji' when all its letters (separators, spaces and
 * - . & ' aside) are of it, else 'mixed'. Read a UTF-16 code at a time: it runs on every word the name
 * detectors look at, on every edit (a character outside the Basic Multilingual Plane is of no script here, as
 * its two codes are of none).
 */
export function scriptOf(text: string): Script {
  let latin = true;
  let katakana = true;
  let kanji = true;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 ? isAsciiSkipped(code) : NOT_LETTERS.test(text[i] as string)) continue;
    letters++;
    latin &&= isLatinLetterCode(code) || isDigitCode(code);
    katakana &&= isKatakanaCode(code);
    kanji &&= isKanjiCode(code);
    if (!latin && !katakana && !kanji) return 'mixed';
  }
  if (letters === 0) return 'mixed';
  return latin ? 'latin' : katakana ? 'katakana' : kanji ? 'kanji' : 'mixed';
}

/** ASCII scriptOf skips: white space, '=', '-', '.', '&' and "'". */
function isAsciiSkipped(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x3d || code === 0x2d || code === 0x2e || code === 0x26 || code === 0x27;
}

// Foreign-sound katakana that wanakana reads as two syllables (ディ → "dei"); read as one here.
const FOREIGN_SOUNDS: Record<string, string> = {
  ディ: 'di',
  ティ: 'ti',
  ドゥ: 'du',
  トゥ: 'tu',
  デュ: 'dyu',
  テュ: 'tyu',
  ファ: 'fa',
  フィ: 'fi',
  フェ: 'fe',
  フォ: 'fo',
  ヴァ: 'va',
  ヴィ: 'vi',
  ヴェ: 've',
  ヴォ: 'vo',
  ヴ: 'vu',
  ウィ: 'wi',
  ウェ: 'we',
  ウォ: 'wo',
  シェ: 'she',
  ジェ: 'je',
  チェ: 'che',
  ツァ: 'tsa',
  イェ: 'ye',
  クァ: 'kwa',
  グァ: 'gwa',
};
const FOREIGN_SOUND_PATTERN = new RegExp(
  Object.keys(FOREIGN_SOUNDS)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

const romajiOf = new Map<string, string>();

/**
 * Katakana to a plain romaji key ("ディープシーク" → "dipushiku"). Long-vowel marks are dropped:
 * transliterations of one foreign name disagree about vowel length more than about anything else.
 * Memoised: every katakana word of a document is read by several detectors.
 */
export function katakanaToRomaji(katakana: string): string {
  let romaji = romajiOf.get(katakana);
  if (romaji === undefined) {
    romaji = readAsRomaji(katakana);
    if (romajiOf.size > 50_000) romajiOf.clear();
    romajiOf.set(katakana, romaji);
  }
  return romaji;
}

/**
 * Every romaji worked out so far: the build (derivedData.ts) reads it after working out what the knowledge base's
 * names derive (their facts, sounds and keys), which is then the romaji of the knowledge base's katakana only.
 */
export function romajiWorkedOut(): [string, string][] {
  return [...romajiOf];
}

/** Takes romaji computed at build time (derivedData.ts) for the known names' katakana: what katakanaToRomaji computes for them. */
export function useRomaji(entries: Iterable<readonly [string, string]>): void {
  for (const [katakana, romaji] of entries) if (!romajiOf.has(katakana)) romajiOf.set(katakana, romaji);
}

function readAsRomaji(katakana: string): string {
  const cleaned = [...katakana].filter((ch) => !NAME_SEPARATORS.has(ch) && ch !== 'ー').join('');
  const foreign = cleaned.replace(FOREIGN_SOUND_PATTERN, (sound) => FOREIGN_SOUNDS[sound] ?? sound);
  return toRomaji(foreign).replace(/[^a-z]/g, '');
}

/** Inside an English sentence (a quoted title, a caption), Latin words are English, not garbled transcription. */
export function isInEnglishProse(text: string, start: number, end: number, window = 40): boolean {
  let latin = 0;
  let japanese = 0;
  const count = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (isLatinLetterCode(code)) latin++;
      else if (isJapaneseCode(code)) japanese++;
    }
  };
  count(Math.max(0, start - window), start);
  count(end, Math.min(text.length, end + window));
  return latin > 3 * Math.max(japanese, 4);
}

/** Text to match literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The sentence around a span, without the span: the text on either side up to a character that ends a sentence,
 * and no further than `window` characters from the span.
 */
export function sentenceAround(text: string, start: number, end: number, sentenceEnd: RegExp, window = Infinity): string {
  let from = start;
  while (from > 0 && start - from < window && !sentenceEnd.test(text[from - 1] ?? '')) from--;
  let to = end;
  while (to < text.length && to - end < window && !sentenceEnd.test(text[to] ?? '')) to++;
  return text.slice(from, start) + text.slice(end, to);
}

/** Two numbers of as many digits that differ in exactly one (2014 and 2024: a digit slipped in speech or typing). */
export function oneDigitOff(a: number, b: number): boolean {
  const [x, y] = [String(a), String(b)];
  return x.length === y.length && [...x].filter((ch, i) => ch !== y[i]).length === 1;
}

/**
 * The sentences of a flow text with where each starts: they end at 。！？ or a blank line (a transcript's line break
 * inside a sentence does not end it).
 */
export function flowSentences(text: string): { start: number; text: string }[] {
  const found: { start: number; text: string }[] = [];
  for (const match of text.matchAll(/(?:[^。！？\n]|\n(?!\n))+[。！？]?/g)) found.push({ start: match.index ?? 0, text: match[0] });
  return found;
}
