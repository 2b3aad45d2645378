/**
 * The loop the number, currency and unit checks share: for each sure pair, the conflicts of one kind that
 * matchQuantities found, each turned into a finding on the translation with the source's value as the fix.
 * A check says which conflicts it reads and how it places and writes each fix, and which conflicts anchor
 * themselves in a pair the aligner is less sure of (a sentence dropped or added beside it, merged in).
 */
import { t } from '../../l10n';
import type { Finding, OffsetRange } from '../../types';
import type { AlignedPair, Alignment } from '../alignment';
import { targetSlice } from '../pairFacts';
import { anchoredPairs, checkedPairs, pairFinding, splitPairs, type SourceCheck, type SourceCheckContext } from './check';
import { matchQuantities, type QuantityConflict, type QuantityMatch } from './quantityMatch';
import { translatedWithin } from './mergedPairs';

export interface QuantityFix {
  /** The span of the translation to replace. */
  readonly range: OffsetRange;
  readonly replacement: string;
  /** Before the pair's own confidence is taken into account. */
  readonly confidence: number;
  /** A sentence the message adds (why the finding is less sure than most), in the user's language. */
  readonly note?: string;
}

export interface QuantityCheckSpec {
  readonly code: string;
  readonly description: string;
  /** The conflicts of the pair this check reports. */
  readonly conflicts: (match: QuantityMatch) => readonly QuantityConflict[];
  /** Where and how to fix one conflict; undefined when the check has nothing sure to write. */
  readonly fix: (conflict: QuantityConflict, context: SourceCheckContext, pair: AlignedPair, alignment: Alignment) => QuantityFix | undefined;
  /** What the problem is, in the user's language. */
  readonly problem: () => string;
  /**
   * Whether a conflict is sure enough of itself to be said in a pair the aligner is less sure of (anchoredPairs): one
   * quantity of its class on each side, and a tie between them no chance gives (the same value in another currency).
   */
  readonly anchored: (conflict: QuantityConflict) => boolean;
}

export function quantityCheck(spec: QuantityCheckSpec): SourceCheck {
  return {
    code: spec.code,
    description: spec.description,
    check(alignment, context) {
      const findings: Finding[] = [];
      for (const pair of checkedPairs(alignment)) {
        for (const conflict of spec.conflicts(matchQuantities(pair, context.currencies))) {
          const fix = spec.fix(conflict, context, pair, alignment);
          if (fix) findings.push(quantityFinding(spec, alignment, pair, conflict, fix));
        }
      }
      for (const pair of splitPairs(alignment)) {
        // Less sure still: only the sentence within that shares a figure or a name with the single one, checked as a sure pair.
        const within = translatedWithin(pair, context.currencies);
        if (!within) continue;
        for (const conflict of spec.conflicts(matchQuantities(within, context.currencies))) {
          const fix = spec.fix(conflict, context, within, alignment);
          if (fix) findings.push(quantityFinding(spec, alignment, within, conflict, fix));
        }
      }
      for (const pair of anchoredPairs(alignment)) {
        // A sentence added or dropped beside the one translated: the two that translate each other, checked as a sure pair.
        const within = translatedWithin(pair, context.currencies);
        if (within) {
          for (const conflict of spec.conflicts(matchQuantities(within, context.currencies))) {
            const fix = spec.fix(conflict, context, within, alignment);
            if (fix) findings.push(quantityFinding(spec, alignment, within, conflict, fix));
          }
          continue;
        }
        for (const conflict of spec.conflicts(matchQuantities(pair, context.currencies))) {
          if (!conflict.alone || !spec.anchored(conflict)) continue;
          const fix = spec.fix(conflict, context, pair, alignment);
          if (fix) findings.push(quantityFinding(spec, alignment, pair, conflict, fix));
        }
      }
      return findings;
    },
  };
}

function quantityFinding(spec: QuantityCheckSpec, alignment: Alignment, pair: AlignedPair, conflict: QuantityConflict, fix: QuantityFix): Finding {
  const written = alignment.sourceText.slice(conflict.source.range.start, conflict.source.range.end);
  return pairFinding(
    {
      code: spec.code,
      range: fix.range,
      message: [t('The source says "{0}": 「{1}」 should be 「{2}」', written, targetSlice(pair, fix.range), fix.replacement), fix.note]
        .filter((part) => part !== undefined)
        .join(' '),
      confidence: fix.confidence * Math.min(1, pair.confidence + 0.1),
      explanation: {
        problem: spec.problem(),
        reasons: [t('The source sentence (line {0}) says "{1}".', alignment.sourceSpan(pair).line + 1, written)],
      },
      replacements: [fix.replacement],
    },
    pair,
    alignment,
    conflict.source.range,
  );
}
