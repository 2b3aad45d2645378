/** Stutters: a word written twice in a row by speech recognition ("オープンオープンソース", "ディープシーク・ディープシーク"). */
import { flowRange } from '../document';
import { makeFinding } from '../finding';
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
  detect(doc) {
    const text = doc.flow.text;
    const findings: Finding[] = [];
    for (let i = 0; i < text.length; i++) {
      if (!isKatakana(text[i] ?? '') || isKatakana(text[i - 1] ?? '')) continue;
      let runEnd = i;
      while (runEnd < text.length && (isKatakana(text[runEnd] ?? '') || NAME_SEPARATORS.has(text[runEnd] ?? ''))) runEnd++;
      const run = text.slice(i, runEnd);
      const unit = repeatedUnit(run);
      if (!unit) continue;
      const repeated = unit.word + unit.separator;
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

/** The word at the start of a katakana run that is immediately repeated, with the separator between. */
function repeatedUnit(run: string): { word: string; separator: string } | undefined {
  for (let length = Math.floor(run.length / 2); length >= MIN_UNIT; length--) {
    const word = run.slice(0, length);
    if (NAME_SEPARATORS.has(word[word.length - 1] ?? '')) continue;
    if (run.startsWith(word, length)) return { word, separator: '' };
    const separator = run[length] ?? '';
    if (NAME_SEPARATORS.has(separator) && run.startsWith(word, length + 1)) return { word, separator };
  }
  return undefined;
}
