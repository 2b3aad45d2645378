/**
 * A Latin letter standing for the first syllable of a loanword ("Lセンス" for ライセンス): speech recognition
 * heard the syllable as a letter name. Found when a syllable the letter can stand for, put in its place,
 * makes a word the dictionary knows.
 */
import type { AnalyzedDocument } from '../analyzedDocument';
import type { DetectorContext } from '../context';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import { overlapsAny } from '../ranges';
import { isKatakana, isLatinWordChar } from '../text';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { t } from '../l10n';

const CODE = 'letter-for-kana';

export const letterForKana: Detector = {
  code: CODE,
  description: 'A Latin letter in place of a loanword’s first syllable (Lセンス → ライセンス).',
  detect(doc, context) {
    const text = doc.flow.text;
    const findings: Finding[] = [];
    const covered = context.mentions.map((m) => m.range);
    for (const match of text.matchAll(/[A-Z](?=[\u30A1-\u30FA])/g)) {
      const start = match.index;
      if (isLatinWordChar(text[start - 1] ?? '')) continue;
      let end = start + 1;
      while (end < text.length && isKatakana(text[end] ?? '')) end++;
      const letter = match[0];
      const rest = text.slice(start + 1, end);
      const range = flowRange(doc.flow, start, end);
      if (rest.length < 2 || overlapsAny(covered, range) || isLabel(letter, rest, context)) continue;
      const words = candidateWords(doc, letter, rest, context);
      if (words.length === 0) continue;
      findings.push(
        makeFinding({
          code: CODE,
          range,
          message: t('「{0}」 is probably 「{1}」: the letter {2} stands for the word’s first syllable', letter + rest, words[0] ?? '', letter),
          confidence: words.length === 1 ? 0.7 : 0.55,
          explanation: {
            problem: t('A loanword whose first syllable was written as the letter {0}.', letter),
            reasons: [
              t(
                '「{0}」 is not a word; with 「{1}」 read as a syllable it becomes {2}, which the dictionary knows.',
                letter + rest,
                letter,
                words.map((w) => `「${w}」`).join(t(' or ')),
              ),
              words.length > 1 ? t('More than one word fits, so this is less certain.') : t('Only one word fits.'),
            ],
          },
          replacements: words,
        }),
      );
    }
    return findings;
  },
};

/** Tシャツ, Lサイズ, Aランク: a letter used on purpose. */
function isLabel(letter: string, rest: string, context: DetectorContext): boolean {
  return context.rules.letterKatakanaWords.has(letter + rest) || [...context.rules.letterCategoryWords].some((word) => rest.startsWith(word));
}

function candidateWords(doc: AnalyzedDocument, letter: string, rest: string, context: DetectorContext): string[] {
  const words: string[] = [];
  for (const syllable of context.rules.letterSounds.get(letter) ?? []) {
    const word = syllable + rest;
    if (word.length < 4) continue;
    const tokens = doc.tokenize(word);
    const known = (tokens.length === 1 && tokens[0]?.known && tokens[0].pos === '名詞') || context.rules.ordinaryKatakana.has(word);
    if (known) words.push(word);
  }
  return words;
}
