/**
 * untranslated-segment. Contract: in a pair the aligner is sure of, the translation is (nearly) the source
 * sentence itself, in English: at least four words, most of them ordinary English words, and at least
 * 80% of the source's words written again. No fix (what to write is the translator's call). Not flagged:
 * names, titles, code and addresses kept in English on purpose (fewer than four words, or mostly names).
 */
import { t } from '../../l10n';
import type { Finding } from '../../types';
import { checkedPairs, pairFinding, type SourceCheck } from './check';
import { spanOf } from '../alignment';

const CODE = 'untranslated-segment';

export const untranslatedSegment: SourceCheck = {
  code: CODE,
  description: 'A sentence left in English (the translation repeats the aligned source sentence).',
  check(alignment, context) {
    const findings: Finding[] = [];
    for (const pair of checkedPairs(alignment)) {
      for (const segment of pair.target) {
        const latin = segment.text.match(/[A-Za-z]/g)?.length ?? 0;
        const japanese = segment.text.match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0;
        if (latin < 4 * Math.max(1, japanese) || latin < 15) continue;
        const targetWords = words(segment.text);
        const ordinary = targetWords.filter((w) => /^[a-z]+$/.test(w) && context.lexicon.has(w));
        if (targetWords.length < 4 || ordinary.length < targetWords.length / 2) continue;
        const sourceWords = pair.source.flatMap((s) => words(s.text));
        const present = new Set(targetWords);
        const repeated = sourceWords.filter((w) => present.has(w)).length;
        if (sourceWords.length === 0 || repeated < 0.8 * Math.min(sourceWords.length, targetWords.length)) continue;
        const source = spanOf(pair.source);
        findings.push(
          pairFinding(
            {
              code: CODE,
              range: segment.range,
              message: t('This sentence is not translated: it repeats the source sentence'),
              confidence: 0.85 * Math.min(1, pair.confidence + 0.1),
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

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []).filter((w) => w.length > 1);
}
