/** Stutters: a word written twice in a row by speech recognition ("オープンオープンソース", "ディープシーク・ディープシーク"). */
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import { knownKatakanaWords } from '../nameIndex';
import { isKatakana, NAME_SEPARATORS } from '../text';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { t } from '../l10n';

const CODE = 'repeated-word';
// Katakana reduplication of two-mora words (ドキドキ, ワクワク) is ordinary Japanese; three or more is a stutter.
const MIN_UNIT = 3;

export const repeatedWord: Detector = {
  code: CODE,
  description: 'A word repeated straight after itself, as speech recognition stutters (オープンオープンソース).',
  detect(doc, context) {
    const text = doc.flow.text;
    const names = knownKatakanaWords(context.kb);
    const findings: Finding[] = [];
    for (let i = 0; i < text.length; i++) {
      if (!isKatakana(text[i] ?? '') || isKatakana(text[i - 1] ?? '')) continue;
      let runEnd = i;
      while (runEnd < text.length && (isKatakana(text[runEnd] ?? '') || NAME_SEPARATORS.has(text[runEnd] ?? ''))) runEnd++;
      const run = text.slice(i, runEnd);
      const unit = repeatedUnit(run);
      // A name that doubles a sound is no stutter: フェイフェイ・リー.
      if (!unit || names.has(unit.word + unit.separator + unit.word)) continue;
      // Every copy but the last goes: a triple stutter settles in one fix, not two.
      const repeated = (unit.word + unit.separator).repeat(unit.copies - 1);
      findings.push(
        makeFinding({
          code: CODE,
          range: flowRange(doc.flow, i, i + repeated.length),
          message: t('「{0}」 is written twice in a row', unit.word),
          confidence: unit.separator ? 0.7 : 0.8,
          explanation: {
            problem: t('A repeated word, typical of speech recognition catching a speaker restarting a word.'),
            reasons: [t('「{0}」 starts with 「{1}」 twice.', run, unit.word)],
          },
          replacements: [''],
        }),
      );
      i = runEnd;
    }
    return findings;
  },
};

/**
 * The word at the start of a katakana run that is immediately repeated, with the separator between and
 * how many times it is written in a row (2 or more). Of several readings the one removing most wins:
 * オープン×4 is one word four times, not オープンオープン twice.
 */
export function repeatedUnit(run: string): { word: string; separator: string; copies: number } | undefined {
  let best: { word: string; separator: string; copies: number } | undefined;
  let bestRemoved = 0;
  for (let length = Math.floor(run.length / 2); length >= MIN_UNIT; length--) {
    const word = run.slice(0, length);
    if (NAME_SEPARATORS.has(word[word.length - 1] ?? '')) continue;
    const separator = run.startsWith(word, length) ? '' : (run[length] ?? '');
    if (separator !== '' && !(NAME_SEPARATORS.has(separator) && run.startsWith(word, length + 1))) continue;
    const step = word.length + separator.length;
    let copies = 2;
    while (run.startsWith(separator + word, (copies - 1) * step + word.length)) copies++;
    if ((copies - 1) * step > bestRemoved) {
      best = { word, separator, copies };
      bestRemoved = (copies - 1) * step;
    }
  }
  return best;
}
