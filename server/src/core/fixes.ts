/** Applying fixes: choosing the preferred edit of each finding, never two edits over the same text. */
import { rangesOverlap } from './ranges';
import type { Finding, Fix, TextEdit } from './types';

/** A finding's preferred fix (else its first). */
export const preferredFix = (finding: Finding): Fix | undefined => finding.fixes.find((f) => f.preferred) ?? finding.fixes[0];

/** The text its preferred fix writes (its edits' texts joined by |): two findings that would write the same agree. */
export const preferredFixText = (finding: Finding): string | undefined =>
  preferredFix(finding)
    ?.edits.map((e) => e.newText)
    .join('|');

/** The preferred edits of these findings, in document order, skipping any that would overlap an earlier one. */
export function preferredEdits(findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  // At one position the widest edit wins: removing a stutter "X・X・" beats correcting its first "X".
  const ordered = [...findings].sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end || b.confidence - a.confidence);
  for (const finding of ordered) {
    const fix = preferredFix(finding);
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

/** Findings whose preferred fixes fix-all applies: errors and warnings; uncertain findings are left to the user. */
export function isConfident(finding: Finding): boolean {
  return finding.severity === 'error' || finding.severity === 'warning';
}

/** How many rounds of fixing fix-all tries before it offers what it has (each round re-checks the text). */
export const FIX_ROUNDS = 5;

export interface SettledFixes {
  /** Edits of the original text, disjoint and ordered, that give the settled text. */
  readonly edits: readonly TextEdit[];
  readonly text: string;
  /** Whether a further round would change nothing (false: the bound was reached first). */
  readonly settled: boolean;
  readonly rounds: number;
}

/**
 * Fix-all as one step: the preferred fixes are applied, the text checked again, and so on until a round
 * changes nothing (bounded), so that what is offered needs no second pass (a fixed name can make another
 * name likely; fixing two stutters can bring two copies together). The edits offered are those rounds
 * composed into edits of the original text.
 */
export function settleFixes(text: string, findingsOf: (text: string, round: number) => readonly Finding[], rounds = FIX_ROUNDS): SettledFixes {
  let current = text;
  let edits: TextEdit[] = [];
  for (let round = 0; round < rounds; round++) {
    const next = preferredEdits(findingsOf(current, round));
    const changing = next.filter((edit) => current.slice(edit.range.start, edit.range.end) !== edit.newText);
    if (changing.length === 0) return { edits, text: current, settled: true, rounds: round };
    edits = composeEdits(text, edits, changing);
    current = applyEdits(current, changing);
  }
  const settled = preferredEdits(findingsOf(current, rounds)).every((edit) => current.slice(edit.range.start, edit.range.end) === edit.newText);
  return { edits, text: current, settled, rounds };
}

/**
 * Edits of `original` equal to applying `first` (edits of original) and then `second` (edits of the
 * result). Edits that touch or overlap in the intermediate text become one.
 */
export function composeEdits(original: string, first: readonly TextEdit[], second: readonly TextEdit[]): TextEdit[] {
  const intermediate = applyEdits(original, first);
  // Every edit as a span of the intermediate text; first edits also know their span of the original.
  interface Span {
    readonly start: number;
    readonly end: number;
    readonly origin?: { readonly start: number; readonly end: number };
  }
  const spans: Span[] = [];
  let shift = 0;
  for (const edit of [...first].sort((a, b) => a.range.start - b.range.start)) {
    const start = edit.range.start + shift;
    spans.push({ start, end: start + edit.newText.length, origin: edit.range });
    shift += edit.newText.length - (edit.range.end - edit.range.start);
  }
  for (const edit of second) spans.push({ start: edit.range.start, end: edit.range.end });
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  // An offset of the intermediate text outside every first edit, as an offset of the original.
  const originalOffset = (offset: number): number => {
    let delta = 0;
    for (const span of spans) if (span.origin && span.end <= offset) delta += span.end - span.start - (span.origin.end - span.origin.start);
    return offset - delta;
  };
  const secondSorted = [...second].sort((a, b) => a.range.start - b.range.start);
  const composed: TextEdit[] = [];
  let i = 0;
  while (i < spans.length) {
    const first = spans[i];
    if (!first) break;
    const start = first.start;
    let end = first.end;
    let j = i + 1;
    for (; j < spans.length; j++) {
      const span = spans[j];
      if (!span || span.start > end) break;
      end = Math.max(end, span.end);
    }
    const cluster = spans.slice(i, j);
    const startsWithFirst = cluster.find((s) => s.origin && s.start === start);
    const endsWithFirst = [...cluster].reverse().find((s) => s.origin && s.end === end);
    const originStart = startsWithFirst?.origin ? startsWithFirst.origin.start : originalOffset(start);
    const originEnd = endsWithFirst?.origin ? endsWithFirst.origin.end : originalOffset(end);
    const inside = secondSorted
      .filter((edit) => edit.range.start >= start && edit.range.end <= end)
      .map((edit) => ({ ...edit, range: { start: edit.range.start - start, end: edit.range.end - start } }));
    const newText = applyEdits(intermediate.slice(start, end), inside);
    composed.push({ range: { start: originStart, end: originEnd }, newText });
    i = j;
  }
  return composed;
}
