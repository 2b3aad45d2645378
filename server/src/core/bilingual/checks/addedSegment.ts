/**
 * added-segment. Contract: the aligner is sure a translated sentence of some length (at least twelve
 * letters) has no source (a none-to-one bead of high posterior between paired neighbours); when it is only
 * fairly sure and the sentence writes no figure or Latin name of its own, information only. Not flagged:
 * translator’s notes (訳注, text in brackets), headings and speaker or time labels. No fix: whether it goes is the translator’s call.
 */
import { t } from '../../l10n';
import type { Finding } from '../../types';
import { pairFinding, type SourceCheck } from './check';
import type { Alignment } from '../alignment';
import { contentLength } from '../segments';

const CODE = 'added-segment';
/** As for omissions: sure, or fairly sure with a figure or a Latin name the source around it does not write. */
const ADDITION_CONFIDENCE = 0.8;
const ADDITION_WITH_EVIDENCE = 0.5;
/** Information: the aligner leans towards an addition, but a split sentence looks alike. */
const UNSURE = 0.55;
const NOTE = /^[（(［[【〔]|訳注|注[:：]|^\d{1,2}:\d{2}|^[^。]{1,12}[:：]$/;

/** A none-to-one bead the aligner is unsure of, between sure pairs: said as information. */
const UNSURE_BEAD = 0.2;
const SURE_NEIGHBOUR = 0.8;

export const addedSegment: SourceCheck = {
  code: CODE,
  description: 'A translated sentence with no source sentence.',
  check(alignment) {
    const findings: Finding[] = [...extraSentencesInBeads(alignment)];
    alignment.pairs.forEach((pair, k) => {
      if (pair.source.length > 0 || pair.target.length === 0) return;
      if (pair.confidence < ADDITION_WITH_EVIDENCE) {
        // Unsure, but between two pairs the aligner is sure of: nothing else the sentence could belong to.
        const around = [alignment.pairs[k - 1], alignment.pairs[k + 1]];
        if (pair.confidence < UNSURE_BEAD || !around.every((p) => p && p.source.length > 0 && p.target.length > 0 && p.confidence >= SURE_NEIGHBOUR)) return;
      }
      const previous = alignment.pairs[k - 1];
      const next = alignment.pairs[k + 1];
      // Between pairs with text on both sides: at a text's edges an addition may be a title or a credit.
      if (!previous || !next || previous.source.length === 0 || next.source.length === 0 || previous.target.length === 0 || next.target.length === 0) return;
      for (const segment of pair.target) {
        if (contentLength(segment.text) < 12 || NOTE.test(segment.text)) continue;
        const around = [previous, next].flatMap((p) => p.source.map((s) => s.text)).join(' ');
        const extra = (segment.text.match(/[A-Za-z][A-Za-z0-9-]+|[0-9０-９]+/g) ?? []).filter((w) => !around.toLowerCase().includes(w.toLowerCase()));
        // Fairly sure and nothing of its own: a translator may have split a sentence in two; said as information.
        const sure = pair.confidence >= ADDITION_WITH_EVIDENCE && (pair.confidence >= ADDITION_CONFIDENCE || extra.length > 0);
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

/** Figures and Latin names of a translated sentence that the source text given does not write. */
function extraFacts(sentence: string, source: string): string[] {
  return (sentence.match(/[A-Za-z][A-Za-z0-9-]+|[0-9０-９]+/g) ?? []).filter((w) => !source.toLowerCase().includes(w.toLowerCase()));
}

/**
 * A sentence added inside a bead (one source sentence, two translated): one of the two writes a figure or a
 * Latin name the source around does not, and without it the translation's length fits the source as the
 * document's other pairs do. Information: a translator may have split a sentence and explained it.
 */
function extraSentencesInBeads(alignment: Alignment): Finding[] {
  const ratios = alignment.pairs
    .filter((p) => p.source.length === 1 && p.target.length === 1 && p.confidence >= SURE_NEIGHBOUR)
    .map((p) => contentLength(p.target[0]?.text ?? '') / Math.max(1, contentLength(p.source[0]?.text ?? '')))
    .sort((a, b) => a - b);
  const usual = ratios[Math.floor(ratios.length / 2)];
  if (usual === undefined || ratios.length < 3) return [];
  const findings: Finding[] = [];
  alignment.pairs.forEach((pair, k) => {
    if (pair.source.length === 0 || pair.target.length < 2) return;
    const sourceLength = pair.source.reduce((n, s) => n + contentLength(s.text), 0);
    const around = [alignment.pairs[k - 1], pair, alignment.pairs[k + 1]].flatMap((p) => p?.source.map((s) => s.text) ?? []).join(' ');
    const total = pair.target.reduce((n, s) => n + contentLength(s.text), 0);
    for (const segment of [pair.target[0], pair.target[pair.target.length - 1]]) {
      if (!segment || contentLength(segment.text) < 12 || NOTE.test(segment.text)) continue;
      const extra = extraFacts(segment.text, around);
      if (extra.length === 0) continue;
      const off = (length: number): number => Math.abs(Math.log(length / Math.max(1, sourceLength) / usual));
      if (off(total - contentLength(segment.text)) >= off(total)) continue;
      findings.push(
        pairFinding(
          {
            code: CODE,
            range: segment.range,
            message: t('This sentence has no counterpart in the source'),
            confidence: 0.6,
            explanation: {
              problem: t('A sentence of the translation is not in the source.'),
              reasons: [t('It writes {0}, which the source around it does not, and the rest of the translation fits the source sentence.', extra.join(', '))],
            },
            replacements: [],
          },
          pair,
          alignment,
        ),
      );
    }
  });
  return findings;
}
