/**
 * A stage's chunk findings placed in the document, kept run by run (one run per chunk with findings) for the
 * next version: a chunk an edit left where it was keeps its placed findings as they stand (the very objects,
 * which the server's "unchanged" check compares by identity); a chunk moved or judged afresh is placed again.
 * (Judgements are shared by every chunk with the same text, so their placement is kept by chunk, not on them.)
 */
import type { Finding, Fix, TextEdit } from './types';

export interface PlacedRuns {
  /** The chunks (ascending indices) that have findings. */
  readonly chunks: readonly number[];
  /** The chunk-relative findings each run was placed from (a judgement's own list). */
  readonly sources: readonly (readonly Finding[])[];
  /** Where each run's chunk started when it was placed. */
  readonly at: readonly number[];
  /** Every run's findings in document offsets, run after run: run k is `findings[starts[k]]` to `findings[starts[k + 1]]`. */
  readonly findings: readonly Finding[];
  readonly starts: readonly number[];
}

/** Where a chunk of this version stands and what it found, and which chunk of the last version it was (-1: none). */
export interface RunSource {
  readonly findingsOf: (chunk: number) => readonly Finding[];
  readonly startOf: (chunk: number) => number;
  /** Ascending with the chunk, for the chunks it gives an index for. */
  readonly earlierIndex: (chunk: number) => number;
}

const NO_RUNS: PlacedRuns = { chunks: [], sources: [], at: [], findings: [], starts: [0] };

/**
 * The findings of the chunks `withFindings` placed in the document. A run of `last` is taken over as it stands
 * when its chunk is the same chunk (by `earlierIndex`), with the very same findings list, at the same place;
 * every other run is placed afresh. The result is what placing every run afresh gives.
 */
export function placedRuns(withFindings: readonly number[], source: RunSource, last: PlacedRuns = NO_RUNS): PlacedRuns {
  const sources: (readonly Finding[])[] = [];
  const at: number[] = [];
  const findings: Finding[] = [];
  const starts: number[] = [0];
  // The last version's runs are walked once, in step with this version's (earlier indices ascend).
  let k = 0;
  for (const chunk of withFindings) {
    const relative = source.findingsOf(chunk);
    const start = source.startOf(chunk);
    const earlier = source.earlierIndex(chunk);
    if (earlier >= 0) while (k < last.chunks.length && (last.chunks[k] as number) < earlier) k++;
    if (earlier >= 0 && last.chunks[k] === earlier && last.sources[k] === relative && last.at[k] === start) {
      for (let f = last.starts[k] as number; f < (last.starts[k + 1] as number); f++) findings.push(last.findings[f] as Finding);
    } else {
      // Placed from the detectors' own findings, whose few shapes the engine has seen, rather than moved again from copies.
      for (const finding of relative) findings.push(shiftFinding(finding, start));
    }
    sources.push(relative);
    at.push(start);
    starts.push(findings.length);
  }
  return { chunks: withFindings, sources, at, findings, starts };
}

/**
 * A finding moved by `by` characters, with its fixes. Runs for every finding after an edit: plain loops, no
 * closure per finding (the bundle names each closure it makes; with them this cost twice as much).
 */
export function shiftFinding(finding: Finding, by: number): Finding {
  if (by === 0) return finding;
  const flagged = finding.range;
  const range = { start: flagged.start + by, end: flagged.end + by };
  const fixes = finding.fixes;
  const moved = new Array<Fix>(fixes.length);
  for (let f = 0; f < fixes.length; f++) {
    const fix = fixes[f] as Fix;
    const edits = new Array<TextEdit>(fix.edits.length);
    for (let e = 0; e < fix.edits.length; e++) {
      const edit = fix.edits[e] as TextEdit;
      const replaced = edit.range;
      // Most fixes replace exactly the flagged span: they share its moved range instead of making their own.
      edits[e] = {
        ...edit,
        range: replaced.start === flagged.start && replaced.end === flagged.end ? range : { start: replaced.start + by, end: replaced.end + by },
      };
    }
    moved[f] = { ...fix, edits };
  }
  return { ...finding, range, fixes: moved };
}
