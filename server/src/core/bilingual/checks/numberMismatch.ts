/**
 * number-mismatch. Contract: in a pair the aligner is sure of, a quantity of the source (an amount, a
 * percentage, a year, a measure, a count) has a counterpart of the same kind, currency and unit in the
 * translation with another value, and nothing else in the pair accounts for it. Fix: the source's value
 * written the Japanese way (5.5 million → 550万, 1.2 billion → 12億). Not flagged: a value the translation
 * leaves out or converts (dollars given in yen), quantities of a kind each side has a different number of.
 */
import { t } from '../../l10n';
import type { Finding } from '../../types';
import { checkedPairs, pairFinding, type SourceCheck } from './check';
import { formatJapaneseNumber } from '../quantities';
import { matchQuantities } from './quantityMatch';
import { targetSlice } from '../pairFacts';

const CODE = 'number-mismatch';

export const numberMismatch: SourceCheck = {
  code: CODE,
  description: 'A number that differs from the one in the aligned source sentence (5.5 million → 55万).',
  check(alignment, context) {
    const findings: Finding[] = [];
    for (const pair of checkedPairs(alignment)) {
      for (const conflict of matchQuantities(pair, context.currencies).number) {
        const { source, target } = conflict;
        const written = alignment.sourceText.slice(source.range.start, source.range.end);
        const fix = formatJapaneseNumber(source.value);
        const confidence = (conflict.alone ? 0.95 : 0.8) * Math.min(1, pair.confidence + 0.1);
        findings.push(
          pairFinding(
            {
              code: CODE,
              range: target.numberRange,
              message: t('The source says "{0}": 「{1}」 should be 「{2}」', written, targetSlice(pair, target.numberRange), fix),
              confidence,
              explanation: {
                problem: t('This number differs from the aligned source sentence.'),
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
