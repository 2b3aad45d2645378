/** Applying fixes: choosing the preferred edit of each finding, never two edits over the same text. */
import { rangesOverlap } from './ranges';
import type { Finding, TextEdit } from './types';

/** The preferred edits of these findings, in document order, skipping any that would overlap an earlier one. */
export function preferredEdits(findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  // At one position the widest edit wins: removing a stutter "X・X・" beats correcting its first "X".
  const ordered = [...findings].sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end || b.confidence - a.confidence);
  for (const finding of ordered) {
    const fix = finding.fixes.find((f) => f.preferred) ?? finding.fixes[0];
    if (!fix) continue;
    if (fix.edits.some((edit) => edits.some((taken) => rangesOverlap(taken.range, edit.range) || sameInsertionPoint(taken, edit)))) continue;
    edits.push(...fix.edits);
  }
  return edits.sort((a, b) => a.range.start - b.range.start);
}

function sameInsertionPoint(a: TextEdit, b: TextEdit): boolean {
  return a.range.start === b.range.start && (a.range.start === a.range.end || b.range.start === b.range.end);
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = '';
  let cursor = 0;
  for (const edit of [...edits].sort((a, b) => a.range.start - b.range.start)) {
    if (edit.range.start < cursor) throw new Error(`Overlapping edits at offset ${edit.range.start}; fixes must not overlap.`);
    result += text.slice(cursor, edit.range.start) + edit.newText;
    cursor = edit.range.end;
  }
  return result + text.slice(cursor);
}
