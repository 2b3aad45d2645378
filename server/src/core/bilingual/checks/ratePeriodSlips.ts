/**
 * The rate half of unit-mismatch. Contract: in a pair the aligner is sure of, the source gives rates per one
 * period only (per year, a month, daily) and the translation gives its rates per one other period (月に for
 * "per year", 年間 for "per month", 毎日 for "weekly"). Fix: the source's period in the translation's own form
 * (月に → 年に, 年間 → 月間, 1日あたり → 1時間あたり). Not flagged: a source with rates per two periods, a
 * translation that also writes the source's period, a duration (3年間) or a date (3月に).
 */
import { t } from '../../l10n';
import type { Finding } from '../../types';
import type { Alignment } from '../alignment';
import { targetSlice } from '../pairFacts';
import { englishPeriods, japanesePeriods, type PeriodMention } from '../ratePeriods';
import type { Segment } from '../segments';
import { checkedPairs, pairFinding } from './check';

function mentionsIn(segments: readonly Segment[], read: (text: string) => PeriodMention[]): PeriodMention[] {
  return segments.flatMap((segment) =>
    segment.pieces.flatMap((piece) =>
      read(piece.text).map((m) => ({
        ...m,
        range: { start: m.range.start + piece.start, end: m.range.end + piece.start },
        ...(m.periodRange ? { periodRange: { start: m.periodRange.start + piece.start, end: m.periodRange.end + piece.start } } : {}),
      })),
    ),
  );
}

export function ratePeriodSlips(alignment: Alignment, code: string): Finding[] {
  const findings: Finding[] = [];
  for (const pair of checkedPairs(alignment)) {
    const source = mentionsIn(pair.source, englishPeriods);
    const periods = new Set(source.map((m) => m.period));
    const [period] = periods;
    if (periods.size !== 1 || !period) continue;
    const target = mentionsIn(pair.target, japanesePeriods);
    const written = new Set(target.map((m) => m.period));
    if (written.size !== 1 || written.has(period)) continue;
    const said = source[0];
    if (!said) continue;
    const sourceWords = alignment.sourceText.slice(said.range.start, said.range.end);
    for (const mention of target) {
      const replacement = mention.respell?.(period);
      if (!replacement || !mention.periodRange) continue;
      const wrong = targetSlice(pair, mention.periodRange);
      findings.push(
        pairFinding(
          {
            code,
            range: mention.periodRange,
            message: t('The source says "{0}": 「{1}」 should be 「{2}」', sourceWords, wrong, replacement),
            confidence: 0.9 * Math.min(1, pair.confidence + 0.1),
            explanation: {
              problem: t('This rate is given per another period than in the aligned source sentence.'),
              reasons: [t('The source sentence (line {0}) says "{1}".', alignment.sourceSpan(pair).line + 1, sourceWords)],
            },
            replacements: [replacement],
          },
          pair,
          alignment,
          said.range,
        ),
      );
    }
  }
  return findings;
}
