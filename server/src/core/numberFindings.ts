/**
 * One finding per number. wrong-magnitude (a published figure, the document's other amounts) and
 * implausible-quantity (what the number counts) often flag the same number, at times with two different
 * fixes: two findings on one span leave the reader to choose, and fix-all would apply both. The one kept
 * has a fix when either has, then is the surer; on a tie, implausible-quantity's: wrong-magnitude only ties
 * when the document writes both magnitudes as often, and then does not know which is right, while the
 * range at least says where such a value lies. The other's reasons join the kept one's when both fixes agree.
 */
import { preferredFixText } from './fixes';
import type { Finding } from './types';

const NUMBER_CODES = new Set(['wrong-magnitude', 'implausible-quantity']);

/** Whether `a` is the better of two findings on one number. */
function better(a: Finding, b: Finding): boolean {
  const fixA = preferredFixText(a) !== undefined;
  const fixB = preferredFixText(b) !== undefined;
  if (fixA !== fixB) return fixA;
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  // Only wrong-magnitude's weakest case ties (two magnitudes written as often: which is right is unknown).
  return a.code === 'implausible-quantity' && b.code !== 'implausible-quantity';
}

export function oneFindingPerNumber(findings: readonly Finding[]): Finding[] {
  const numbers = findings.filter((f) => NUMBER_CODES.has(f.code));
  if (numbers.length < 2) return [...findings];
  const dropped = new Set<Finding>();
  const joined = new Map<Finding, Finding>();
  for (const a of numbers) {
    for (const b of numbers) {
      if (a === b || a.code === b.code || dropped.has(a) || dropped.has(b)) continue;
      if (!(a.range.start < b.range.end && b.range.start < a.range.end) || !better(a, b)) continue;
      dropped.add(b);
      if (preferredFixText(a) === preferredFixText(b)) {
        const kept = joined.get(a) ?? a;
        const reasons = [...kept.explanation.reasons, ...b.explanation.reasons.filter((r) => !kept.explanation.reasons.includes(r))];
        joined.set(a, { ...kept, explanation: { ...kept.explanation, reasons } });
      }
    }
  }
  return findings.filter((f) => !dropped.has(f)).map((f) => joined.get(f) ?? f);
}
