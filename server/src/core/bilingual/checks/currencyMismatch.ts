/**
 * currency-mismatch. Contract: in a pair the aligner is sure of, an amount has the source's value but
 * another currency ($5.5 million ↔ 550万ルピー, € ↔ ドル). Fix: the source's currency in Japanese (ドル,
 * ユーロ, ポンド, 円…). Not flagged: another value in another currency (a conversion).
 */
import { t } from '../../l10n';
import type { Finding } from '../../types';
import { checkedPairs, pairFinding, type SourceCheck } from './check';
import { matchQuantities } from './quantityMatch';
import { targetSlice } from '../pairFacts';
import { formatJapaneseNumber } from '../quantities';

const CODE = 'currency-mismatch';

export const currencyMismatch: SourceCheck = {
  code: CODE,
  description: 'An amount in another currency than in the aligned source sentence ($5.5 million → 550万ルピー).',
  check(alignment, context) {
    const findings: Finding[] = [];
    for (const pair of checkedPairs(alignment)) {
      for (const { source, target } of matchQuantities(pair, context.currencies).currency) {
        const name = context.kb.currencyByCode(source.currency ?? '')?.ja;
        if (!name || !target.unitRange) continue;
        const written = alignment.sourceText.slice(source.range.start, source.range.end);
        // A symbol before the number ($550万) is rewritten in Japanese order, the number then the unit.
        const symbolFirst = target.unitRange.end <= target.numberRange.start;
        const range = symbolFirst ? target.range : target.unitRange;
        const replacement = symbolFirst ? `${formatJapaneseNumber(target.value)}${name}` : name;
        findings.push(
          pairFinding(
            {
              code: CODE,
              range,
              message: t('The source says "{0}": 「{1}」 should be 「{2}」', written, targetSlice(pair, range), replacement),
              confidence: 0.97 * Math.min(1, pair.confidence + 0.1),
              explanation: {
                problem: t('This amount is in another currency than in the aligned source sentence.'),
                reasons: [t('The source sentence (line {0}) says "{1}".', alignment.sourceSpan(pair).line + 1, written)],
              },
              replacements: [replacement],
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
