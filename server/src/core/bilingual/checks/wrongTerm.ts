/**
 * wrong-term. Contract: a sure pair whose source has a term of the term list (data/rules/term-renderings.yaml) that lists
 * words of another meaning a translation writes for it by mistake (輸入規制 for "export controls", 推定 for "inference",
 * 鋳造所 for "foundry"), and whose translation writes none of the term's renderings and exactly one such word, once, where
 * the source sentence does not say what that word means ("import", "estimate"): the word is flagged, a warning, with the
 * rendering the document uses most for the term as the fix (the list's first when it uses none).
 */
import { t } from '../../l10n';
import type { TermRendering } from '../../knowledge/rules';
import type { Finding, OffsetRange } from '../../types';
import type { AlignedPair } from '../alignment';
import { checkedPairs, pairFinding, type SourceCheck } from './check';

const CODE = 'wrong-term';

const sourceText = (pair: AlignedPair): string => pair.source.map((s) => s.text).join('\n');

/** Where a text occurs in the pair's translation, as ranges of the target document. */
function occurrences(pair: AlignedPair, text: string): OffsetRange[] {
  const found: OffsetRange[] = [];
  for (const segment of pair.target)
    for (const piece of segment.pieces)
      for (let at = piece.text.indexOf(text); at >= 0; at = piece.text.indexOf(text, at + 1))
        found.push({ start: piece.start + at, end: piece.start + at + text.length });
  return found;
}

function firstMatch(pair: AlignedPair, pattern: RegExp): OffsetRange | undefined {
  for (const segment of pair.source)
    for (const piece of segment.pieces) {
      const match = pattern.exec(piece.text);
      if (match) return { start: piece.start + match.index, end: piece.start + match.index + match[0].length };
    }
  return undefined;
}

/** The term's rendering this document writes most where its source has the term, else the list's first. */
function documentRendering(term: TermRendering, pairs: readonly AlignedPair[], pattern: RegExp): string {
  const counts = new Map<string, number>();
  for (const pair of pairs) {
    if (!firstMatch(pair, pattern)) continue;
    const target = pair.target.map((s) => s.text).join('\n');
    // The longest rendering written (パラメーター, not its パラメータ).
    const written = [...term.ja].sort((a, b) => b.length - a.length).find((r) => target.includes(r));
    if (written) counts.set(written, (counts.get(written) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? term.ja[0] ?? '';
}

export const wrongTerm: SourceCheck = {
  code: CODE,
  description: 'A source term translated by a word of another meaning (export controls: 輸入規制).',
  check(alignment, context) {
    const findings: Finding[] = [];
    const pairs = checkedPairs(alignment);
    for (const term of context.rules.termRenderings) {
      const wrongWords = term.wrong ?? [];
      if (wrongWords.length === 0) continue;
      const pattern = new RegExp(`(?<![A-Za-z])(?:${term.en})(?![A-Za-z])`, 'i');
      let fix: string | undefined;
      for (const pair of pairs) {
        const sourceRange = firstMatch(pair, pattern);
        if (!sourceRange) continue;
        if (term.ja.some((r) => occurrences(pair, r).length > 0)) continue;
        const english = sourceText(pair);
        const written = wrongWords
          .filter((w) => !new RegExp(`(?<![A-Za-z])(?:${w.means})(?![A-Za-z])`, 'i').test(english))
          .flatMap((w) => occurrences(pair, w.ja).map((range) => ({ word: w.ja, range })));
        const [only] = written;
        if (written.length !== 1 || !only) continue;
        fix ??= documentRendering(term, pairs, pattern);
        const sourceTerm = alignment.sourceText.slice(sourceRange.start, sourceRange.end);
        findings.push(
          pairFinding(
            {
              code: CODE,
              range: only.range,
              message: t('The source says "{0}": 「{1}」 means something else; usually 「{2}」', sourceTerm, only.word, fix),
              confidence: 0.72,
              explanation: {
                problem: t('A source term seems translated by a word of another meaning.'),
                reasons: [
                  t(
                    '"{0}" is usually translated as {1}; the translation writes none of these, but 「{2}」.',
                    sourceTerm,
                    term.ja.map((r) => `「${r}」`).join('、'),
                    only.word,
                  ),
                ],
              },
              replacements: [fix],
            },
            pair,
            alignment,
            sourceRange,
          ),
        );
      }
    }
    return findings;
  },
};
