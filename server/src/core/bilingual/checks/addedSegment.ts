/**
 * added-segment. Contract: the aligner is sure a translated sentence of some length (at least twelve
 * letters) has no source (a none-to-one bead of high posterior between paired neighbours); when it is only
 * fairly sure and the sentence writes no figure or Latin name of its own, information only. Not flagged:
 * translator’s notes (訳注, text in brackets), headings and speaker or time labels. No fix: whether it goes is the translator’s call.
 */
import { t } from '../../l10n';
import type { Finding } from '../../types';
import { pairFinding, type SourceCheck } from './check';
import { contentLength } from '../segments';

const CODE = 'added-segment';
/** As for omissions: sure, or fairly sure with a figure or a Latin name the source around it does not write. */
const ADDITION_CONFIDENCE = 0.8;
const ADDITION_WITH_EVIDENCE = 0.5;
/** Information: the aligner leans towards an addition, but a split sentence looks alike. */
const UNSURE = 0.55;
const NOTE = /^[（(［[【〔]|訳注|注[:：]|^\d{1,2}:\d{2}|^[^。]{1,12}[:：]$/;

export const addedSegment: SourceCheck = {
  code: CODE,
  description: 'A translated sentence with no source sentence.',
  check(alignment) {
    const findings: Finding[] = [];
    alignment.pairs.forEach((pair, k) => {
      if (pair.source.length > 0 || pair.target.length === 0 || pair.confidence < ADDITION_WITH_EVIDENCE) return;
      const previous = alignment.pairs[k - 1];
      const next = alignment.pairs[k + 1];
      // Between pairs with text on both sides: at a text's edges an addition may be a title or a credit.
      if (!previous || !next || previous.source.length === 0 || next.source.length === 0 || previous.target.length === 0 || next.target.length === 0) return;
      for (const segment of pair.target) {
        if (contentLength(segment.text) < 12 || NOTE.test(segment.text)) continue;
        const around = [previous, next].flatMap((p) => p.source.map((s) => s.text)).join(' ');
        const extra = (segment.text.match(/[A-Za-z][A-Za-z0-9-]+|[0-9０-９]+/g) ?? []).filter((w) => !around.toLowerCase().includes(w.toLowerCase()));
        // Fairly sure and nothing of its own: a translator may have split a sentence in two; said as information.
        const sure = pair.confidence >= ADDITION_CONFIDENCE || extra.length > 0;
        findings.push(
          pairFinding(
            {
              code: CODE,
              range: segment.range,
              message: t('This sentence has no counterpart in the source'),
              confidence: sure ? 0.5 + 0.3 * pair.confidence + (extra.length > 0 ? 0.1 : 0) : UNSURE,
              explanation: {
                problem: t('A sentence of the translation is not in the source.'),
                reasons: [
                  t('The aligner pairs every sentence around it, and this one with nothing in the source ({0}% sure).', Math.round(pair.confidence * 100)),
                ],
              },
              replacements: [],
            },
            { ...pair, source: previous.source },
            alignment,
            { start: previous.source[previous.source.length - 1]?.range.end ?? 0, end: next.source[0]?.range.start ?? 0 },
          ),
        );
      }
    });
    return findings;
  },
};
