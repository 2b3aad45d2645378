/**
 * inconsistent-term. Contract: a source term of the term list (data/rules/term-renderings.yaml) is rendered
 * in two or more of its accepted ways across the document's sure pairs (sanctions: 制裁 here, 制裁措置
 * there). The renderings used less often are flagged (information: either is Japanese), with the most used
 * one as the fix (the first used on a tie). A pair that writes two renderings, or none, is not counted.
 */
import { t } from '../../l10n';
import type { TermRendering } from '../../knowledge/rules';
import type { Finding, OffsetRange } from '../../types';
import { checkedPairs, pairFinding, type SourceCheck } from './check';
import type { AlignedPair } from '../alignment';

const CODE = 'inconsistent-term';

interface Use {
  readonly pair: AlignedPair;
  readonly rendering: string;
  readonly range: OffsetRange;
  readonly sourceRange: OffsetRange;
}

export const inconsistentTerm: SourceCheck = {
  code: CODE,
  description: 'One source term translated several ways in one document (sanctions: 制裁 and 制裁措置).',
  check(alignment, context) {
    const findings: Finding[] = [];
    const pairs = checkedPairs(alignment);
    for (const term of context.rules.termRenderings) {
      const pattern = new RegExp(`(?<![A-Za-z])(?:${term.en})(?![A-Za-z])`, 'i');
      const uses: Use[] = [];
      for (const pair of pairs) {
        const sourceRange = firstMatch(pair, pattern);
        if (!sourceRange) continue;
        const found = renderingsIn(pair, term);
        if (new Set(found.map((f) => f.rendering)).size !== 1) continue;
        const first = found[0];
        if (first) uses.push({ pair, rendering: first.rendering, range: first.range, sourceRange });
      }
      const counts = new Map<string, number>();
      for (const use of uses) counts.set(use.rendering, (counts.get(use.rendering) ?? 0) + 1);
      if (counts.size < 2) continue;
      // Most used first; on a tie the first used (Map keeps insertion order, and sort is stable).
      const preferred = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
      const english = alignment.sourceText.slice(uses[0]?.sourceRange.start ?? 0, uses[0]?.sourceRange.end ?? 0);
      for (const use of uses) {
        if (use.rendering === preferred) continue;
        findings.push(
          pairFinding(
            {
              code: CODE,
              range: use.range,
              message: t(
                '"{0}" is translated as 「{1}」 here and as 「{2}」 elsewhere ({3} times)',
                english,
                use.rendering,
                preferred,
                counts.get(preferred) ?? 0,
              ),
              confidence: 0.6,
              explanation: {
                problem: t('One source term is translated several ways in this document.'),
                reasons: [t('Renderings of "{0}" in this document: {1}.', english, [...counts].map(([r, n]) => `${r} (${n})`).join(', '))],
              },
              replacements: [preferred],
            },
            use.pair,
            alignment,
            use.sourceRange,
          ),
        );
      }
    }
    return findings;
  },
};

function firstMatch(pair: AlignedPair, pattern: RegExp): OffsetRange | undefined {
  for (const segment of pair.source) {
    for (const piece of segment.pieces) {
      const match = pattern.exec(piece.text);
      if (match) return { start: piece.start + match.index, end: piece.start + match.index + match[0].length };
    }
  }
  return undefined;
}

/** The renderings of a term written in a pair's translation, the longest at each place (パラメーター, not its パラメータ). */
function renderingsIn(pair: AlignedPair, term: TermRendering): { rendering: string; range: OffsetRange }[] {
  const found: { rendering: string; range: OffsetRange }[] = [];
  const longestFirst = [...term.ja].sort((a, b) => b.length - a.length);
  for (const segment of pair.target) {
    for (const piece of segment.pieces) {
      const covered: OffsetRange[] = [];
      for (const rendering of longestFirst) {
        for (let at = piece.text.indexOf(rendering); at >= 0; at = piece.text.indexOf(rendering, at + 1)) {
          const range = { start: piece.start + at, end: piece.start + at + rendering.length };
          if (covered.some((r) => r.start < range.end && range.start < r.end)) continue;
          covered.push(range);
          found.push({ rendering, range });
        }
      }
    }
  }
  return found.sort((a, b) => a.range.start - b.range.start);
}
