/**
 * One finding per name and fix. spelled-out-name reads a word's letters one by one, the other name checks its
 * sound or the people of the story, and both may flag the same word with the same fix: one diagnostic says it, the
 * surer one, with the other's reasons joined. Different fixes stay apart: the reader chooses. (The older name
 * checks already leave each other's words alone.)
 */
import { preferredFixText } from './fixes';
import type { Finding } from './types';

const SPELLED_OUT = 'spelled-out-name';
const NAME_CODES = new Set(['garbled-katakana-name', 'garbled-latin-name', 'garbled-related-name', SPELLED_OUT, 'truncated-name']);

export function oneFindingPerName(findings: readonly Finding[]): Finding[] {
  // Only a group with a spelled-out-name finding is joined: without one, nothing to key (this runs on every edit).
  if (!findings.some((f) => f.code === SPELLED_OUT)) return [...findings];
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const fix = preferredFixText(finding);
    if (!NAME_CODES.has(finding.code) || fix === undefined) continue;
    const key = `${finding.range.start}:${finding.range.end}:${fix}`;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  const replaced = new Map<Finding, Finding>();
  const dropped = new Set<Finding>();
  for (const group of groups.values()) {
    if (group.length < 2 || !group.some((f) => f.code === SPELLED_OUT)) continue;
    const surer = group.reduce((best, f) => (f.confidence > best.confidence ? f : best));
    const reasons = [...new Set(group.flatMap((f) => (f === surer ? [] : f.explanation.reasons)))].filter((r) => !surer.explanation.reasons.includes(r));
    replaced.set(surer, { ...surer, explanation: { ...surer.explanation, reasons: [...surer.explanation.reasons, ...reasons] } });
    for (const f of group) if (f !== surer) dropped.add(f);
  }
  if (dropped.size === 0) return [...findings];
  return findings.filter((f) => !dropped.has(f)).map((f) => replaced.get(f) ?? f);
}
