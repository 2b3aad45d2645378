/**
 * `npm run eval`: precision, recall and fix accuracy of the detectors on our annotated corpus (dev and
 * held-out test parts) and on the seed transcripts. A benchmark that reports numbers, not a test.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { analyze, type AnalysisServices } from '../server/src/core/analyze';
import { ALL_DETECTORS } from '../server/src/core/detectors';
import { TranscriptDocument } from '../server/src/core/document';
import { applyEdits, preferredEdits } from '../server/src/core/fixes';
import { loadServices } from '../server/src/core/services';
import type { Finding } from '../server/src/core/types';
import { SEEDS_DIRECTORY } from '../test/support/seeds';
import { evaluatePairs, loadPairs, pairParts, reportPairs } from './evalPairs';
import { evaluateRealText, falsePer100KB, REAL_TEXT_DIRECTORY, realTextAvailable, type RealTextResult } from '../test/support/realText';

const ROOT = path.resolve(__dirname, '..');

interface Annotation {
  readonly line: number;
  readonly text: string;
  readonly fix: string | null;
  readonly kind: string;
}

interface Sample {
  readonly name: string;
  readonly text: string;
  readonly annotations: readonly Annotation[];
  readonly clean: boolean;
}

interface Located extends Annotation {
  readonly start: number;
  readonly end: number;
}

interface Tally {
  findings: number;
  loud: number;
  truePositives: number;
  loudTruePositives: number;
}

interface PartResult {
  readonly name: string;
  readonly files: number;
  readonly annotations: number;
  readonly found: number;
  readonly fixable: number;
  readonly fixedRight: number;
  readonly loudOnClean: number;
  readonly loudFalse: number;
  readonly perDetector: Map<string, Tally>;
  readonly perKind: Map<string, { total: number; found: number }>;
  readonly misses: string[];
  readonly falseAlarms: string[];
}

function loadCorpus(dir: string): Sample[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const annotationFile = path.join(dir, file.replace(/\.txt$/, '.ann.yaml'));
      if (!fs.existsSync(annotationFile)) throw new Error(`${file} has no annotation file ${path.basename(annotationFile)}.`);
      const { errors } = parseYaml(fs.readFileSync(annotationFile, 'utf8')) as { errors: Annotation[] };
      return { name: file, text: fs.readFileSync(path.join(dir, file), 'utf8'), annotations: errors, clean: file.startsWith('clean-') };
    });
}

function loadSeeds(dir: string): Sample[] | undefined {
  if (!fs.existsSync(dir)) return undefined;
  const annotations = parseYaml(fs.readFileSync(path.join(ROOT, 'eval', 'seeds.ann.yaml'), 'utf8')) as Record<string, Annotation[]>;
  return Object.entries(annotations).map(([prefix, errors]) => {
    const file = fs.readdirSync(dir).find((f) => f.startsWith(`${prefix}_`));
    if (!file) throw new Error(`No seed ${prefix}_* in ${dir}.`);
    return { name: file, text: fs.readFileSync(path.join(dir, file), 'utf8'), annotations: errors, clean: false };
  });
}

/** The occurrence of the annotated text nearest the annotated line. */
function locate(text: string, annotation: Annotation): Located {
  let best: Located | undefined;
  for (let at = text.indexOf(annotation.text); at >= 0; at = text.indexOf(annotation.text, at + 1)) {
    const line = text.slice(0, at).split('\n').length;
    if (!best || Math.abs(line - annotation.line) < Math.abs(text.slice(0, best.start).split('\n').length - annotation.line)) {
      best = { ...annotation, start: at, end: at + annotation.text.length };
    }
  }
  if (!best) throw new Error(`Annotated text 「${annotation.text}」 (line ${annotation.line}) is not in the document.`);
  return best;
}

const overlaps = (f: Finding, a: Located): boolean => f.range.start < a.end && a.start < f.range.end;
const isLoud = (f: Finding): boolean => f.severity === 'error' || f.severity === 'warning';

function fixedCorrectly(text: string, annotation: Located, findings: readonly Finding[]): boolean {
  const edits = preferredEdits(findings.filter((f) => overlaps(f, annotation)));
  if (edits.length === 0 || annotation.fix === null) return false;
  const start = Math.min(annotation.start, ...edits.map((e) => e.range.start));
  const end = Math.max(annotation.end, ...edits.map((e) => e.range.end));
  const expected = text.slice(start, annotation.start) + annotation.fix + text.slice(annotation.end, end);
  const local = edits.map((e) => ({ range: { start: e.range.start - start, end: e.range.end - start }, newText: e.newText }));
  return applyEdits(text.slice(start, end), local) === expected;
}

function evaluate(name: string, samples: readonly Sample[], services: AnalysisServices): PartResult {
  const perDetector = new Map<string, Tally>(ALL_DETECTORS.map((d) => [d.code, { findings: 0, loud: 0, truePositives: 0, loudTruePositives: 0 }]));
  const perKind = new Map<string, { total: number; found: number }>();
  const result = { found: 0, fixable: 0, fixedRight: 0, loudOnClean: 0, loudFalse: 0, annotations: 0, misses: [] as string[], falseAlarms: [] as string[] };
  for (const sample of samples) {
    const doc = new TranscriptDocument(sample.text, sample.name);
    const { findings } = analyze(doc, services);
    const located = sample.annotations.map((a) => locate(sample.text, a));
    for (const finding of findings) {
      const tally = perDetector.get(finding.code);
      if (!tally) continue;
      const correct = located.some((a) => overlaps(finding, a));
      tally.findings++;
      if (correct) tally.truePositives++;
      if (isLoud(finding)) {
        tally.loud++;
        if (correct) tally.loudTruePositives++;
        else {
          result.loudFalse++;
          if (sample.clean) result.loudOnClean++;
          result.falseAlarms.push(`${sample.name}:${doc.positionAt(finding.range.start).line + 1} ${finding.code} 「${doc.slice(finding.range)}」`);
        }
      }
    }
    for (const annotation of located) {
      result.annotations++;
      const kind = perKind.get(annotation.kind) ?? { total: 0, found: 0 };
      kind.total++;
      const found = findings.some((f) => overlaps(f, annotation));
      if (found) {
        result.found++;
        kind.found++;
      } else {
        result.misses.push(`${sample.name}:${annotation.line} ${annotation.kind} 「${annotation.text.replace(/\n/g, '⏎')}」`);
      }
      perKind.set(annotation.kind, kind);
      if (annotation.fix !== null) {
        result.fixable++;
        if (fixedCorrectly(sample.text, annotation, findings)) result.fixedRight++;
      }
    }
  }
  return { name, files: samples.length, perDetector, perKind, ...result };
}

const percent = (n: number, d: number): string => (d === 0 ? '—' : `${Math.round((100 * n) / d)}%`);

function report(part: PartResult): string {
  const lines = [
    `### ${part.name} (${part.files} files, ${part.annotations} annotated errors)`,
    '',
    `Recall ${percent(part.found, part.annotations)} · fix accuracy ${percent(part.fixedRight, part.fixable)} · false warnings/errors ${part.loudFalse} (on the fully correct texts: ${part.loudOnClean})`,
    '',
    '| detector | findings | warnings+errors | precision (warnings+errors) | precision (all) |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const [code, tally] of part.perDetector) {
    if (tally.findings === 0) continue;
    lines.push(
      `| ${code} | ${tally.findings} | ${tally.loud} | ${percent(tally.loudTruePositives, tally.loud)} | ${percent(tally.truePositives, tally.findings)} |`,
    );
  }
  lines.push('', '| kind of error | annotated | found |', '| --- | ---: | ---: |');
  for (const [kind, { total, found }] of [...part.perKind].sort()) lines.push(`| ${kind} | ${total} | ${found} (${percent(found, total)}) |`);
  if (process.argv.includes('--details')) {
    lines.push('', 'Missed:', ...part.misses.map((m) => `- ${m}`), '', 'False warnings/errors:', ...part.falseAlarms.map((m) => `- ${m}`));
  }
  return lines.join('\n');
}

function reportRealText(result: RealTextResult): string {
  const wrong = result.falseAlarms.length;
  const lines = [
    `### Real text (${result.files} files, ${Math.round(result.bytes / 1024)} KB written outside this project; judgements in its judged.json and eval/real-text.ann.yaml)`,
    '',
    `False warnings/errors ${wrong} (${falsePer100KB(result, wrong).toFixed(1)} per 100 KB) · true findings of judged.json kept ${result.trueKept}/${result.trueJudged} (${result.trueKeptLoud} as warning or error) · known misses now found ${result.missedFound.length}/${result.missed}`,
    '',
    '| detector | warnings+errors | true | false | unsure | not judged | false per 100 KB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [code, tally] of [...result.perDetector].sort()) {
    lines.push(
      `| ${code} | ${tally.loud} | ${tally.right} | ${tally.wrong} | ${tally.unsure} | ${tally.unjudged} | ${falsePer100KB(result, tally.wrong + tally.unjudged).toFixed(1)} |`,
    );
  }
  if (process.argv.includes('--details')) {
    lines.push('', 'False (or not yet judged) warnings/errors:', ...result.falseAlarms.map((m) => `- ${m}`));
    lines.push('', 'True findings no longer reported:', ...result.trueLost.map((m) => `- ${m}`));
    lines.push('', 'Known misses now found:', ...result.missedFound.map((m) => `- ${m}`));
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const services = await loadServices();
  const parts: PartResult[] = [];
  const seedsDir = SEEDS_DIRECTORY;
  const seeds = loadSeeds(seedsDir);
  if (seeds) parts.push(evaluate('Seeds', seeds, services));
  else console.warn(`!!! No seed transcripts at ${seedsDir}: set TRANSCRIPT_LENS_SEEDS to include them.`);
  parts.push(evaluate('Our corpus, development part', loadCorpus(path.join(ROOT, 'eval', 'corpus', 'dev')), services));
  parts.push(evaluate('Our corpus, held-out test part', loadCorpus(path.join(ROOT, 'eval', 'corpus', 'test')), services));
  const reports = parts.map(report);
  for (const part of pairParts(ROOT)) reports.push(reportPairs(evaluatePairs(part.name, loadPairs(part.dir), services)));
  if (realTextAvailable()) reports.push(reportRealText(evaluateRealText(services)));
  else console.warn(`!!! No real texts at ${REAL_TEXT_DIRECTORY}: set TRANSCRIPT_LENS_REAL_TEXT to include them.`);
  console.log(reports.join('\n\n'));
}

main().catch((error: Error) => {
  console.error(`eval failed: ${error.message}`);
  process.exit(1);
});
