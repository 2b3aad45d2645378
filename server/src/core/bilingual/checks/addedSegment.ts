/**
 * added-segment. Contract: the aligner is sure a translated sentence of some length (at least twelve
 * letters) has no source (a none-to-one bead of high posterior between paired neighbours); when it is only
 * fairly sure and the sentence writes no figure or Latin name of its own, information only. A last sentence
 * after a sure pair that writes a figure or Latin name the whole source does not is one too. Not flagged:
 * translator’s notes (訳注, text in brackets), headings and speaker or time labels. No fix: whether it goes is the translator’s call.
 */
import { t } from '../../l10n';
import type { Finding } from '../../types';
import { FAIRLY_SURE_NEIGHBOUR, pairFinding, type SourceCheck } from './check';
import type { AlignedPair, Alignment } from '../alignment';
import type { OffsetRange } from '../../types';
import { contentLength, type Segment } from '../segments';

const CODE = 'added-segment';
/** As for omissions: sure, or fairly sure with a figure or a Latin name the source around it does not write. */
const ADDITION_CONFIDENCE = 0.8;
const ADDITION_WITH_EVIDENCE = 0.5;
/** Information: the aligner leans towards an addition, but a split sentence looks alike. */
const UNSURE = 0.55;
const NOTE = /^[（(［[【〔]|訳注|注[:：]|^\d{1,2}:\d{2}|^[^。]{1,12}[:：]$/;

/**
 * A none-to-one bead the aligner is unsure of, between pairs it is fairly sure of: said as information (its doubt is
 * where the sentence goes, merged into a neighbour or alone, and a merged one may be a sentence split in two).
 */
const UNSURE_BEAD = 0.2;
const SURE_NEIGHBOUR = 0.8;

export const addedSegment: SourceCheck = {
  code: CODE,
  description: 'A translated sentence with no source sentence.',
  check(alignment) {
    const findings: Finding[] = [...extraSentencesInBeads(alignment)];
    const wholeSource = alignment.pairs.flatMap((p) => p.source.map((s) => s.text)).join(' ');
    alignment.pairs.forEach((pair, k) => {
      if (pair.source.length > 0 || pair.target.length === 0) return;
      const previous = alignment.pairs[k - 1];
      const following = alignment.pairs[k + 1];
      const paired = (p: AlignedPair | undefined): p is AlignedPair => p !== undefined && p.source.length > 0 && p.target.length > 0;
      // The last sentence of the text after a sure pair, a whole sentence with a figure or a Latin name the
      // whole source does not write: added at the end (a title or a credit at the start is the text's own).
      // The addition itself makes the aligner less sure of the pair before it: fairly sure is enough there.
      const atEnd = following === undefined && paired(previous) && previous.confidence >= 2 * UNSURE_BEAD;
      const next = atEnd ? previous : following;
      const withNewFacts = (segment: Segment): boolean => extraFacts(segment.text, wholeSource).length > 0;
      if (atEnd && !pair.target.some((segment) => /[。.!?！？]$/.test(segment.text) && withNewFacts(segment))) return;
      if (pair.confidence < ADDITION_WITH_EVIDENCE && !atEnd) {
        // Unsure, but between two pairs the aligner is fairly sure of: nothing else the sentence could belong to. A
        // translator's note paired with a source sentence is no such pair (the sentence beside it may be its translation).
        const fairlySure = (p: AlignedPair | undefined): boolean =>
          paired(p) && p.confidence >= FAIRLY_SURE_NEIGHBOUR && !p.target.some((segment) => NOTE.test(segment.text));
        if (pair.confidence < UNSURE_BEAD || ![previous, following].every(fairlySure)) return;
      }
      // Between pairs with text on both sides: at a text's edges an addition may be a title or a credit.
      if (!paired(previous) || !paired(next)) return;
      for (const segment of pair.target) {
        if (contentLength(segment.text) < 12 || NOTE.test(segment.text)) continue;
        const around = [previous, next].flatMap((p) => p.source.map((s) => s.text)).join(' ');
        const extra = extraFacts(segment.text, atEnd ? wholeSource : around);
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
            atEnd
              ? { start: previous.source[previous.source.length - 1]?.range.end ?? 0, end: previous.source[previous.source.length - 1]?.range.end ?? 0 }
              : { start: previous.source[previous.source.length - 1]?.range.end ?? 0, end: next.source[0]?.range.start ?? 0 },
          ),
        );
      }
    });
    return findings;
  },
};

/** Figures and Latin names of a translated sentence that the source text given does not write. */
function extraFacts(sentence: string, source: string): string[] {
  // A figure is compared whole (3 is not in 300), a name as a part of the source's text.
  const figures = new Set((source.match(/[0-9][0-9,]*/g) ?? []).map((f) => f.replace(/,/g, '')));
  return (sentence.match(/[A-Za-z][A-Za-z0-9-]+|[0-9０-９]+/g) ?? []).filter((w) =>
    /^[0-9０-９]+$/.test(w)
      ? !figures.has(w.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)))
      : !source.toLowerCase().includes(w.toLowerCase()),
  );
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
    const sentences = pair.target.flatMap(sentencesOf);
    if (pair.source.length === 0 || sentences.length < 2) return;
    const sourceLength = pair.source.reduce((n, s) => n + contentLength(s.text), 0);
    const around = [alignment.pairs[k - 1], pair, alignment.pairs[k + 1]].flatMap((p) => p?.source.map((s) => s.text) ?? []).join(' ');
    const total = pair.target.reduce((n, s) => n + contentLength(s.text), 0);
    for (const segment of [sentences[0], sentences[sentences.length - 1]]) {
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

/**
 * The sentences of a translated segment: a subtitle cue may hold two (企業評価額は約26億ドルでした。これは…), each a
 * sentence that may have been added; a segment of several lines is taken whole.
 */
function sentencesOf(segment: Segment): { readonly text: string; readonly range: OffsetRange }[] {
  const [piece, ...others] = segment.pieces;
  if (!piece || others.length > 0) return [segment];
  const sentences = [...piece.text.matchAll(/[^。！？]+[。！？]+」?/g)].map((m) => ({
    text: m[0].trim(),
    range: { start: piece.start + m.index + (m[0].length - m[0].trimStart().length), end: piece.start + m.index + m[0].trimEnd().length },
  }));
  const covered = sentences.reduce((n, sentence) => n + sentence.text.length, 0);
  return sentences.length > 1 && covered >= piece.text.trim().length - 2 ? sentences : [segment];
}
