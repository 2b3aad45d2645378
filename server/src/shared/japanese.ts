/**
 * The rule that decides whether a text is a Japanese transcript: the share of Japanese characters among
 * its letters. The server analyses a document, and the client gives a plain-text file the transcript
 * grammar, by this one rule (with the setting minimumJapaneseRatio).
 */

/** How much of a text's start is read: enough for any transcript's character, cheap on every edit. */
export const JAPANESE_SAMPLE_LENGTH = 20000;

/**
 * Share of Japanese characters (kana, kanji) among the letters (those and Latin letters) of a text's
 * first `sampleLength` characters; 0 when it has no letters. Reads character codes: it runs on every edit.
 */
export function japaneseRatio(text: string, sampleLength = JAPANESE_SAMPLE_LENGTH): number {
  let japanese = 0;
  let letters = 0;
  const end = Math.min(text.length, sampleLength);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isJapaneseCode(code)) {
      japanese++;
      letters++;
    } else if (isLatinLetterCode(code)) {
      letters++;
    }
  }
  return letters === 0 ? 0 : japanese / letters;
}

/** Whether a text is Japanese enough to be treated as a transcript. */
export function isMostlyJapanese(text: string, minimumRatio: number): boolean {
  return japaneseRatio(text) >= minimumRatio;
}

/** Katakana (with half-width), hiragana, kanji and 々, as core/text.ts's isJapanese classes them. */
export function isJapaneseCode(code: number): boolean {
  return (
    (code >= 0x30a1 && code <= 0x30fa) ||
    (code >= 0x30fc && code <= 0x30fe) ||
    (code >= 0x31f0 && code <= 0x31ff) ||
    (code >= 0xff66 && code <= 0xff9f) ||
    (code >= 0x3041 && code <= 0x3096) ||
    code === 0x309d ||
    code === 0x309e ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3005
  );
}

/** A-Z and a-z, half- and full-width, as core/text.ts's isLatinLetter classes them. */
export function isLatinLetterCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
}
