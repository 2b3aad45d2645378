/**
 * omitted-segment. Contract: the aligner is sure a source sentence of at least five words has no
 * translation (a one-to-none bead of high posterior, its neighbours paired), and nothing of it (a number,
 * a name) turns up in the neighbouring translation; when only fairly sure (and nothing of it shown
 * missing), information only. Also: a source sentence paired with another to one target sentence that
 * copies only the other in English (an untranslated sentence beside a dropped one). Placed on the translated
 * sentence before the gap (or after it, at the start). No fix: the missing text is the translator's to write.
 */
import { t } from '../../l10n';
import type { Finding } from '../../types';
import { FAIRLY_SURE_NEIGHBOUR, pairFinding, type SourceCheck } from './check';
import { spanOf, type AlignedPair } from '../alignment';
import { latinWords, sourceQuantities } from '../pairFacts';
import { japaneseQuantities, sameValue } from '../quantities';
import { copiedSource } from './untranslatedSegment';

const CODE = 'omitted-segment';
/**
 * Length alone rarely makes a gap sure (a merged sentence looks alike): a gap is reported when the aligner
 * is sure of it, or fairly sure and a figure or name of the sentence is nowhere in the translation around it.
 */
const OMISSION_CONFIDENCE = 0.8;
const OMISSION_WITH_EVIDENCE = 0.4;
const OMISSION_UNSURE = 0.5;
/**
 * A gap the aligner is unsure of, between two pairs it is fairly sure of: its doubt is where the gap goes (merged into
 * a neighbour or beside it), not whether the sentence is translated. Said as information, never louder.
 */
const GAP_BETWEEN_SURE_PAIRS = 0.2;
/** Information: a sentence seems missing here, but the aligner cannot be sure of it. */
const INFORMATION = 0.55;

export const omittedSegment: SourceCheck = {
  code: CODE,
  description: 'A source sentence with no translation.',
  check(alignment, context) {
    const findings: Finding[] = [];
    const pairs = alignment.pairs;
    // A source sentence paired, with another, to a sentence that copies only that other one in English: not translated here.
    pairs.forEach((pair, k) => {
      if (pair.source.length < 2 || pair.target.length !== 1 || !pair.target[0]) return;
      const copied = copiedSource(pair.target[0], pair, context.lexicon);
      if (!copied) return;
      for (const source of pair.source) {
        if (source.range.start === copied.range.start && source.range.end === copied.range.end) continue;
        if (source.range.start <= copied.range.start && copied.range.end <= source.range.end) return;
        if ((source.text.match(/[A-Za-z0-9]+/g) ?? []).length < 5) continue;
        // Before the copy: placed on the sentence translated before the gap; after it, on the copy.
        const before = source.range.start < copied.range.start ? nearestTranslated(pairs, k, -1) : undefined;
        const place = before ? before.target[before.target.length - 1] : pair.target[0];
        if (!place) continue;
        findings.push(
          pairFinding(
            {
              code: CODE,
              range: place.range,
              message: t(
                'The source sentence after this one (line {0}) has no translation: "{1}"',
                alignment.sourceSpan(pair, source.range).line + 1,
                shorten(source.text),
              ),
              confidence: 0.8,
              explanation: {
                problem: t('A sentence of the source is missing from the translation.'),
                reasons: [t('The sentence translated beside it copies only the other source sentence, in English.')],
              },
              replacements: [],
            },
            pair,
            alignment,
            source.range,
          ),
        );
      }
    });
    pairs.forEach((pair, k) => {
      if (pair.target.length > 0 || pair.source.length === 0) return;
      const betweenSurePairs = pair.confidence >= GAP_BETWEEN_SURE_PAIRS && [pairs[k - 1], pairs[k + 1]].every(fairlySurePair);
      if (pair.confidence < OMISSION_WITH_EVIDENCE && !betweenSurePairs) return;
      const sourceText = pair.source.map((s) => s.text).join(' ');
      if ((sourceText.match(/[A-Za-z0-9]+/g) ?? []).length < 5) return;
      const before = nearestTranslated(pairs, k, -1);
      const after = nearestTranslated(pairs, k, 1);
      const host = before ?? after;
      const place = host ? (before ? host.target[host.target.length - 1] : host.target[0]) : undefined;
      if (!host || !place) return;
      if (host.confidence < 0.5) return;
      const around = [pairs[k - 1], pairs[k + 1]]
        .flatMap((p) => p?.target ?? [])
        .map((s) => s.text)
        .join('');
      const missing = missingFacts(pair, around);
      const unsure = pair.confidence < OMISSION_WITH_EVIDENCE || (pair.confidence < OMISSION_UNSURE && missing.length === 0);
      if (unsure && !betweenSurePairs) return;
      // Fairly sure, and nothing of it shown missing: a sentence merged into its neighbour looks alike; said as information.
      const sure = !unsure && (pair.confidence >= OMISSION_CONFIDENCE || missing.length > 0);
      findings.push(
        pairFinding(
          {
            code: CODE,
            range: place.range,
            message: t('The source sentence after this one (line {0}) has no translation: "{1}"', alignment.sourceSpan(pair).line + 1, shorten(sourceText)),
            confidence: sure ? 0.5 + 0.3 * pair.confidence + (missing.length > 0 ? 0.1 : 0) : INFORMATION,
            explanation: {
              problem: t('A sentence of the source is missing from the translation.'),
              reasons: [
                t('The aligner pairs every sentence around it, and this one with nothing ({0}% sure).', Math.round(pair.confidence * 100)),
                ...(missing.length > 0 ? [t('The translation around it has none of: {0}.', missing.join(', '))] : []),
              ],
            },
            replacements: [],
          },
          pair,
          alignment,
          spanOf(pair.source),
        ),
      );
    });
    return findings;
  },
};

/** A pair with text on both sides that the aligner is fairly sure of. */
function fairlySurePair(pair: AlignedPair | undefined): boolean {
  return pair !== undefined && pair.source.length > 0 && pair.target.length > 0 && pair.confidence >= FAIRLY_SURE_NEIGHBOUR;
}

/** Figures and Latin names of the source sentence that the translation around the gap does not write. */
function missingFacts(pair: AlignedPair, around: string): string[] {
  const values = new Set(japaneseQuantities(around, []).map((q) => q.value));
  const numbers = sourceQuantities(pair)
    .filter((q) => q.kind !== 'vague' && ![...values].some((v) => sameValue(v, q.value)))
    .map((q) => q.value.toLocaleString('en-US'));
  const names = pair.source
    .flatMap(latinWords)
    .map((w) => w.text)
    .filter((w) => /[A-Z0-9]/.test(w.slice(1)) || (/^[A-Z]/.test(w) && w.length > 3))
    .filter((w) => !around.toLowerCase().includes(w.toLowerCase()));
  return [...new Set([...numbers, ...names.filter((w) => /[A-Z]{2}|\d/.test(w))])];
}

function nearestTranslated(pairs: readonly AlignedPair[], from: number, step: number): AlignedPair | undefined {
  for (let k = from + step; k >= 0 && k < pairs.length; k += step) {
    const pair = pairs[k];
    if (pair && pair.target.length > 0) return pair.source.length > 0 ? pair : undefined;
  }
  return undefined;
}

export function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
