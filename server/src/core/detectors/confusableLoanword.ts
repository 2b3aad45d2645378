/**
 * A word translation chose for the wrong one of two sound-alike English words — センサー (sensor) where the
 * speaker said "censor", テナント (tenant) for "talent" — flagged only when the sentence supports the other reading.
 */
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { t } from '../l10n';
import { sentenceAround } from '../text';

const CODE = 'confusable-loanword';
const WINDOW = 25;
/** What ends a sentence: its cue words are looked for no further. */
const SENTENCE_END = /[。！？\n]/;

export const confusableLoanword: Detector = {
  code: CODE,
  description: 'Sound-alike English words translated as the wrong one (センサー for censor, テナント for talent), when the context says so.',
  detect(doc, context) {
    const text = doc.flow.text;
    const findings: Finding[] = [];
    for (const pair of context.rules.confusables) {
      for (let at = text.indexOf(pair.written); at >= 0; at = text.indexOf(pair.written, at + pair.written.length)) {
        const end = at + pair.written.length;
        const sentence = sentenceAround(text, at, end, SENTENCE_END, WINDOW);
        const cues = pair.cues.filter((cue) => sentence.includes(cue) && cue !== pair.written);
        if (cues.length === 0) continue;
        findings.push(
          makeFinding({
            code: CODE,
            range: flowRange(doc.flow, at, end),
            message: t(
              '「{0}」 may be a mistranslation ({1}): the sentence speaks of {2}; perhaps 「{3}」',
              pair.written,
              pair.english,
              quoted(cues),
              pair.intended[0] ?? '',
            ),
            // Never more than information: the cue words make the other reading likely, not certain.
            confidence: Math.min(0.65, 0.5 + 0.08 * cues.length),
            explanation: {
              problem: t('English “{0}” sound alike, and translation may have chosen the wrong one.', pair.english),
              reasons: [t('Words near it support the other reading: {0}.', quoted(cues)), t('Uncertain: check the original audio or text.')],
            },
            replacements: pair.intended,
          }),
        );
      }
    }
    return findings;
  },
};

function quoted(words: readonly string[]): string {
  return words.map((word) => `「${word}」`).join(', ');
}
