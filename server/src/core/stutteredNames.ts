/**
 * A garbled name said twice ("ディープシート・ディープシート") is one problem with one fix, not three
 * overlapping findings (a stutter and two garbles): the analysis combines them into one. A garble read
 * across the copies of a stutter is dropped: the stutter's fix removes it.
 */
import { makeFinding } from './finding';
import { t } from './l10n';
import type { Finding } from './types';

const STUTTER = 'repeated-word';
const GARBLES: ReadonlySet<string> = new Set(['garbled-katakana-name', 'garbled-latin-name']);

const overlaps = (a: Finding['range'], b: Finding['range']): boolean => a.start < b.end && b.start < a.end;

/** `outer` holds all of `inner` and reaches past its end (into the copy that stays). */
const covers = (outer: Finding['range'], inner: Finding['range']): boolean => outer.start <= inner.start && outer.end > inner.end;

const preferredText = (finding: Finding): string | undefined => finding.fixes.find((fix) => fix.preferred)?.edits[0]?.newText;

/** The findings, sorted by start, with each stuttered garble's three findings made one (at the place of the first). */
export function combineStutteredNames(findings: readonly Finding[], textOf: (finding: { readonly range: Finding['range'] }) => string): Finding[] {
  if (!findings.some((f) => f.code === STUTTER)) return [...findings];
  const garblesAt = new Map<number, Finding>();
  for (const finding of findings) if (GARBLES.has(finding.code) && !garblesAt.has(finding.range.start)) garblesAt.set(finding.range.start, finding);
  // By start, with the longest garble's length: those overlapping a stutter are found by a search, not by reading them all.
  const garbles = findings.filter((finding) => GARBLES.has(finding.code)).sort((a, b) => a.range.start - b.range.start);
  const longest = garbles.reduce((most, finding) => Math.max(most, finding.range.end - finding.range.start), 0);
  const overlapping = (range: Finding['range']): Finding[] => {
    const found: Finding[] = [];
    for (let i = firstStartingAtOrAfter(garbles, range.start - longest); i < garbles.length && (garbles[i] as Finding).range.start < range.end; i++) {
      const garble = garbles[i] as Finding;
      if (overlaps(garble.range, range)) found.push(garble);
    }
    return found;
  };
  const absorbed = new Set<Finding>();
  const combined = new Map<Finding, Finding>();
  for (const stutter of findings) {
    if (stutter.code !== STUTTER) continue;
    const first = garblesAt.get(stutter.range.start);
    const second = garblesAt.get(stutter.range.end);
    const correction = first && preferredText(first);
    if (!first || !second || !correction || preferredText(second) !== correction || textOf(first) !== textOf(second)) {
      // A garble read across the copies of a name written twice ("SutskeverIlya") is the stutter seen wrong:
      // removing the copies removes it, and its own fix would leave a stutter behind. A garble of the whole
      // stuttered run (ディープスディープス → ディープシーク) is kept: its fix removes the stutter too.
      for (const finding of overlapping(stutter.range)) if (!covers(finding.range, stutter.range)) absorbed.add(finding);
      continue;
    }
    const range = { start: stutter.range.start, end: second.range.end };
    combined.set(
      stutter,
      makeFinding({
        code: second.code,
        range,
        message: t('「{0}」: 「{1}」 twice, each a garbled 「{2}」', textOf({ range }), textOf(second), correction),
        confidence: Math.max(first.confidence, second.confidence, stutter.confidence),
        explanation: { problem: second.explanation.problem, reasons: [...second.explanation.reasons, ...stutter.explanation.reasons] },
        replacements: [correction],
        ...(second.entityId ? { entityId: second.entityId } : {}),
      }),
    );
    absorbed.add(first).add(second);
  }
  // A loop, not flatMap: it runs over every finding of the document on every edit.
  const kept: Finding[] = [];
  for (const finding of findings) if (!absorbed.has(finding)) kept.push(combined.get(finding) ?? finding);
  return kept.sort((a, b) => a.range.start - b.range.start || b.confidence - a.confidence);
}

/** The index of the first finding starting at or after `offset`, in findings sorted by start. */
function firstStartingAtOrAfter(findings: readonly Finding[], offset: number): number {
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((findings[mid] as Finding).range.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
