/**
 * Real Japanese text written outside this project ($TRANSCRIPT_LENS_REAL_TEXT, else ../shared/real-text):
 * subtitles, speech-recognition transcripts, machine-translated articles. Third-party text, never in this
 * repository; what we know about it lives in its judged.json (every problem reported when it was collected,
 * judged) and in eval/real-text.ann.yaml (our verdicts on findings reported since, by file, line and surface).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { analyze, type AnalysisServices } from '../../server/src/core/analyze';
import { TranscriptDocument } from '../../server/src/core/document';
import type { Finding } from '../../server/src/core/types';

export const REAL_TEXT_DIRECTORY = path.resolve(process.env.TRANSCRIPT_LENS_REAL_TEXT ?? path.join(__dirname, '..', '..', '..', 'shared', 'real-text'));
const OUR_VERDICTS = path.join(__dirname, '..', '..', 'eval', 'real-text.ann.yaml');

export type Verdict = 'true' | 'false' | 'unsure';

/** A judged finding: where it was reported and what it was. */
export interface Judged {
  readonly doc: string;
  readonly line: number;
  readonly surface: string;
  readonly code: string;
  readonly verdict: Verdict;
}

/** A real error nobody reported when the text was judged. */
export interface Missed {
  readonly doc: string;
  readonly line: number;
  readonly surface: string;
}

interface JudgedFile {
  readonly docs: readonly string[];
  readonly judged: readonly Judged[];
  readonly missed: readonly Missed[];
}

export const realTextAvailable = (): boolean => fs.existsSync(path.join(REAL_TEXT_DIRECTORY, 'judged.json'));

export interface DetectorTally {
  loud: number;
  right: number;
  wrong: number;
  unsure: number;
  unjudged: number;
}

export interface RealTextResult {
  readonly files: number;
  readonly bytes: number;
  readonly perDetector: Map<string, DetectorTally>;
  /** Warnings and errors that are false or that nobody judged yet (counted as false until judged). */
  readonly falseAlarms: string[];
  readonly trueJudged: number;
  /** True findings of judged.json reported again (at any severity), and those among them at warning or error. */
  readonly trueKept: number;
  readonly trueKeptLoud: number;
  readonly trueLost: string[];
  readonly missed: number;
  readonly missedFound: string[];
}

const isLoud = (f: Finding): boolean => f.severity === 'error' || f.severity === 'warning';

export function evaluateRealText(services: AnalysisServices): RealTextResult {
  const judgedFile = JSON.parse(fs.readFileSync(path.join(REAL_TEXT_DIRECTORY, 'judged.json'), 'utf8')) as JudgedFile;
  const ours = fs.existsSync(OUR_VERDICTS) ? ((parseYaml(fs.readFileSync(OUR_VERDICTS, 'utf8')) as { judged?: Judged[] } | null)?.judged ?? []) : [];
  const verdicts = [...judgedFile.judged, ...ours];
  const docs = [...new Set([...judgedFile.docs, ...ours.map((j) => j.doc)])].sort();
  const perDetector = new Map<string, DetectorTally>();
  const result = { falseAlarms: [] as string[], trueKept: 0, trueKeptLoud: 0, trueLost: [] as string[], missedFound: [] as string[] };
  let bytes = 0;
  for (const name of docs) {
    const file = path.join(REAL_TEXT_DIRECTORY, name);
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    const doc = new TranscriptDocument(text, name);
    const { findings } = analyze(doc, services);
    const described = findings.map((finding) => ({ finding, line: doc.positionAt(finding.range.start).line + 1, surface: doc.slice(finding.range) }));
    const same = (j: Judged, d: (typeof described)[number]): boolean =>
      j.doc === name && j.line === d.line && j.code === d.finding.code && j.surface === d.surface;
    for (const d of described) {
      if (!isLoud(d.finding)) continue;
      const tally = perDetector.get(d.finding.code) ?? { loud: 0, right: 0, wrong: 0, unsure: 0, unjudged: 0 };
      perDetector.set(d.finding.code, tally);
      tally.loud++;
      const verdict = verdicts.find((j) => same(j, d))?.verdict;
      if (verdict === 'true') tally.right++;
      else if (verdict === 'unsure') tally.unsure++;
      else {
        if (verdict === 'false') tally.wrong++;
        else tally.unjudged++;
        result.falseAlarms.push(
          `${name}:${d.line} ${d.finding.severity} ${d.finding.code} 「${d.surface.replace(/\n/g, '⏎')}」${verdict ? '' : ' (not judged yet)'}`,
        );
      }
    }
    for (const j of judgedFile.judged.filter((j) => j.doc === name && j.verdict === 'true')) {
      // Still reported: the same check on the same line, over the judged text (a fix may now take in more, ジェンセン → ジェンセン ファン).
      const kept = described.filter((d) => d.line === j.line && d.finding.code === j.code && (d.surface.includes(j.surface) || j.surface.includes(d.surface)));
      if (kept.length > 0) result.trueKept++;
      else result.trueLost.push(`${name}:${j.line} ${j.code} 「${j.surface}」`);
      if (kept.some((d) => isLoud(d.finding))) result.trueKeptLoud++;
    }
    for (const m of judgedFile.missed.filter((m) => m.doc === name)) {
      const start = offsetNear(doc, m);
      if (start === undefined) continue;
      if (findings.some((f) => f.range.start < start + m.surface.length && start < f.range.end)) result.missedFound.push(`${name}:${m.line} 「${m.surface}」`);
    }
  }
  return {
    files: docs.length,
    bytes,
    perDetector,
    ...result,
    trueJudged: judgedFile.judged.filter((j) => j.verdict === 'true').length,
    missed: judgedFile.missed.length,
  };
}

/** Where a missed error's text stands: its occurrence nearest the annotated line. */
function offsetNear(doc: TranscriptDocument, missed: Missed): number | undefined {
  let best: number | undefined;
  for (let at = doc.text.indexOf(missed.surface); at >= 0; at = doc.text.indexOf(missed.surface, at + 1)) {
    const distance = Math.abs(doc.positionAt(at).line + 1 - missed.line);
    if (best === undefined || distance < Math.abs(doc.positionAt(best).line + 1 - missed.line)) best = at;
  }
  return best;
}

/** False (or not yet judged) warnings and errors per 100 KB of text. */
export const falsePer100KB = (result: RealTextResult, wrong: number): number => (wrong * 100 * 1024) / Math.max(1, result.bytes);
