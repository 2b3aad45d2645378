/** Two transliterations of one name: the sounds Japanese writes several ways, folded to one form. */
import { katakanaToRomaji } from '../../text';
import { soundKey } from '../../soundKey';
import { type LetterCounts, letterCounts } from './letterCounts';

/**
 * A spelling a word is compared with (a katakana name, or its surname), with its folded forms worked out
 * once, when first read: most names are ruled out by their length before they are read, and working them
 * out for every name of the knowledge base was ~4% of a cold start's CPU.
 */
export class Target {
  private foldedForm: string | undefined;
  private foldedSoundKey: string | undefined;
  private letterCounts: LetterCounts | undefined;

  constructor(
    readonly text: string,
    readonly romaji: string,
  ) {}

  /** foldVariant(text), and its soundKey: the forms two transliterations of one name share. */
  get folded(): string {
    return (this.foldedForm ??= foldVariant(this.text));
  }

  get foldedKey(): string {
    return (this.foldedSoundKey ??= soundKey(this.folded));
  }

  /** Its romaji's letters and how many of each (see letterCounts). */
  get letters(): LetterCounts {
    return (this.letterCounts ??= letterCounts(this.romaji));
  }
}

// Sounds that Japanese writes several ways for one foreign sound: v as ヴ or the バ row, th as ス/ソ or ト/ツ,
// f and w with a small or a full vowel (ファン, フアン), a long vowel written or not, and a d or t before another
// consonant with the vowel Japanese adds written ゥ or ォ (ドゥル, ドル for "dr"; トゥル, トル for "tr"). Folded to one
// form, two spellings of the same name meet.
const VARIANT_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/ドゥ(?=[ラリルレロ])/g, 'ド'],
  [/トゥ(?=[ラリルレロ])/g, 'ト'],
  [/ヴァ/g, 'バ'],
  [/ヴィ/g, 'ビ'],
  [/ヴェ/g, 'ベ'],
  [/ヴォ/g, 'ボ'],
  [/ヴ/g, 'ブ'],
  [/ソ/g, 'ト'],
  [/ス/g, 'ツ'],
  [/ズ/g, 'ヅ'],
  [/ファ/g, 'フア'],
  [/フィ/g, 'フイ'],
  [/フェ/g, 'フエ'],
  [/フォ/g, 'フオ'],
  [/ウィ/g, 'ウイ'],
  [/ウェ/g, 'ウエ'],
  [/ー/g, ''],
];

const FOLDED_LIMIT = 50_000;
const folded = new Map<string, string>();

/** The folded form (memoised: every katakana word of a document is compared with many names). */
export function foldVariant(text: string): string {
  let form = folded.get(text);
  if (form === undefined) {
    form = VARIANT_FOLDS.reduce((done, [pattern, to]) => done.replace(pattern, to), text);
    if (folded.size > FOLDED_LIMIT) folded.clear();
    folded.set(text, form);
  }
  return form;
}

/**
 * Every folded form worked out so far: the build (derivedData.ts) reads it after working out the names' facts,
 * when it holds the knowledge base's names only. Folding every name of about a word's length was ~3% of a
 * cold start's first analysis (seventeen replacements per name).
 */
export function foldedFormsWorkedOut(): [string, string][] {
  return [...folded];
}

/** Takes folded forms computed at build time (derivedData.ts) for the known names: what foldVariant computes for them. */
export function useFoldedForms(entries: Iterable<readonly [string, string]>): void {
  for (const [text, form] of entries) if (!folded.has(text) && folded.size < FOLDED_LIMIT) folded.set(text, form);
}

/**
 * Another way of writing the same name, not a garble: the same sounds up to the folds above, with no
 * long vowel lost (a lost one, ディープシク, is a dropped sound; an added one, コーパイロット, is a style).
 */
export function isTransliterationVariant(written: string, writtenFolded: string, known: Target): boolean {
  if (written === known.text || writtenFolded !== known.folded) return false;
  const longVowels = (text: string): number => [...text].filter((ch) => ch === 'ー').length;
  return longVowels(written) >= longVowels(known.text);
}

/** A known name's spelling as variantFinding compares with it. */
export function partTarget(text: string): Target {
  return new Target(text, katakanaToRomaji(text));
}
