/**
 * unit-mismatch. Contract: in a pair the aligner is sure of, a measure has the source's value but another
 * unit of the same dimension (5 gigawatts ↔ 5メガワット, 3 years ↔ 3か月). Fix: the source's unit, in the
 * translation's script (GW when it wrote MW, ギガワット when it wrote メガワット).
 */
import { t } from '../../l10n';
import type { Finding } from '../../types';
import { checkedPairs, pairFinding, type SourceCheck } from './check';
import { JAPANESE_UNIT_NAME } from '../quantities';
import { matchQuantities } from './quantityMatch';
import { targetSlice } from '../pairFacts';

const CODE = 'unit-mismatch';

export const unitMismatch: SourceCheck = {
  code: CODE,
  description: 'A measure in another unit than in the aligned source sentence (5 gigawatts → 5メガワット).',
  check(alignment, context) {
    const findings: Finding[] = [];
    for (const pair of checkedPairs(alignment)) {
      for (const { source, target } of matchQuantities(pair, context.currencies).unit) {
        const names = JAPANESE_UNIT_NAME[source.unit?.name ?? ''];
        if (!names || !target.unitRange) continue;
        const fix = target.latinUnit && names.latin ? names.latin : names.kana;
        const written = alignment.sourceText.slice(source.range.start, source.range.end);
        findings.push(
          pairFinding(
            {
              code: CODE,
              range: target.unitRange,
              message: t('The source says "{0}": 「{1}」 should be 「{2}」', written, targetSlice(pair, target.unitRange), fix),
              confidence: 0.95 * Math.min(1, pair.confidence + 0.1),
              explanation: {
                problem: t('This measure is in another unit than in the aligned source sentence.'),
                reasons: [t('The source sentence (line {0}) says "{1}".', alignment.sourceSpan(pair).line + 1, written)],
              },
              replacements: [fix],
            },
            pair,
            alignment,
            source.range,
          ),
        );
      }
    }
    return findings;
  },
};
