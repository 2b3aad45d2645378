/**
 * untranslated-segment. Contract: a sentence of the translation is (nearly) a sentence of its aligned source
 * itself, in English: at least four words, most of them ordinary English words, and at least 80% of the words
 * of the source sentence (or of the pair's whole source) written again. A sentence copied is its own evidence,
 * so a pair the aligner is unsure of counts too (an untranslated sentence beside a dropped one is paired with
 * both). No fix: what to write is a translation, and the extension does no machine translation; the message
 * says to translate it. Not flagged: names, titles, code and addresses kept in English on purpose (fewer
 * than four words, or mostly names).
 */
import { t } from '../../l10n';
import type { Finding } from '../../types';
import type { EnglishLexicon } from '../../lexicon';
import type { OffsetRange } from '../../types';
import { pairFinding, type SourceCheck } from './check';
import { spanOf, type AlignedPair } from '../alignment';
import type { Segment } from '../segments';

export const UNTRANSLATED_SEGMENT = 'untranslated-segment';
const CODE = UNTRANSLATED_SEGMENT;

export const untranslatedSegment: SourceCheck = {
  code: CODE,
  description: 'A sentence left in English (the translation repeats the aligned source sentence).',
  check(alignment, context) {
    const findings: Finding[] = [];
    for (const pair of alignment.pairs) {
      if (pair.source.length === 0) continue;
      for (const segment of pair.target) {
        const copied = copiedSource(segment, pair, context.lexicon);
        if (!copied) continue;
        const source = copied.range;
        findings.push(
          pairFinding(
            {
              code: CODE,
              range: segment.range,
              message: t(
                'This sentence is not translated: it repeats the source sentence. Translate it (no translation is offered: the extension does not translate)',
              ),
              // A copy is its own evidence: the pair's confidence lowers it only so far.
              confidence: 0.85 * Math.min(1, Math.max(pair.confidence, 0.8) + 0.1),
              explanation: {
                problem: t('The sentence is left in English.'),
                reasons: [t('The source sentence (line {0}) reads the same.', alignment.sourceSpan(pair).line + 1)],
              },
              replacements: [],
            },
            pair,
            alignment,
            source,
          ),
        );
      }
    }
    return findings;
  },
};

/**
 * The source this target segment copies, in English: one source sentence of the pair, or the pair's whole source (a
 * sentence split in two), of which it writes at least 80% of the words again; undefined for a translated sentence.
 */
export function copiedSource(segment: Segment, pair: AlignedPair, lexicon: EnglishLexicon): { range: OffsetRange } | undefined {
  const latin = segment.text.match(/[A-Za-z]/g)?.length ?? 0;
  const japanese = segment.text.match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0;
  if (latin < 4 * Math.max(1, japanese) || latin < 15) return undefined;
  const targetWords = words(segment.text);
  const ordinary = targetWords.filter((w) => /^[a-z]+$/.test(w) && lexicon.has(w));
  if (targetWords.length < 4 || ordinary.length < targetWords.length / 2) return undefined;
  const present = new Set(targetWords);
  const copies = (sources: readonly Segment[]): boolean => {
    const sourceWords = sources.flatMap((s) => words(s.text));
    const repeated = sourceWords.filter((w) => present.has(w)).length;
    return sourceWords.length > 0 && repeated >= 0.8 * Math.min(sourceWords.length, targetWords.length);
  };
  // A pair the aligner made of several source sentences: the one copied, where only one is (the others are not translated here).
  const one = pair.source.length > 1 ? pair.source.filter((s) => copies([s]) && words(s.text).length >= 0.6 * targetWords.length) : [];
  if (one.length === 1 && one[0]) return { range: one[0].range };
  if (!copies(pair.source)) return undefined;
  const whole = spanOf(pair.source);
  return whole ? { range: whole } : undefined;
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []).filter((w) => w.length > 1);
}
