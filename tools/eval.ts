/**
 * `npm run eval`: precision, recall and fix accuracy of the detectors on the seed transcripts and on every
 * part of our annotated corpus (each directory under eval/corpus: dev, test, and any other such as a
 * held-out part written blind), per kind of error, with the issue's targets marked met or missed.
 * A benchmark that reports numbers, not a test.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { analyze, type AnalysisServices } from '../server/src/core/analyze';
import { ALL_DETECTORS } from '../server/src/core/detectors';
import { TranscriptDocument } from '../server/src/core/document';
import { loadServices } from '../server/src/core/services';
import type { Finding } from '../server/src/core/types';
import { SEEDS_DIRECTORY } from '../test/support/seeds';
import { evaluatePairs, fixedCorrectly, loadPairs, pairParts, reportPairs, showsDetails } from './evalPairs';
import { evaluateRealText, falsePer100KB, REAL_TEXT_DIRECTORY, realTextAvailable, type RealTextResult } from '../test/support/realText';

const ROOT = path.resolve(__dirname, '..');

interface Annotation {
  readonly line: number;
  readonly text: string;
  readonly fix: string | null;
  readonly kind: string;
  /** False when the writer judged the error debatable (counted apart from the clear ones); absent means clear. */
  readonly clear?: boolean;
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

/** One kind of error (in the annotation vocabulary of KIND_NAMES), clear annotations and unclear ones apart. */
interface KindTally {
  readonly clear: Counts;
  readonly unclear: Counts;
  /** The annotation kinds counted under this one (older annotations use the detectors' codes). */
  readonly from: Set<string>;
}

interface Counts {
  total: number;
  found: number;
  fixable: number;
  fixedRight: number;
}

interface Tally {
  findings: number;
  loud: number;
  truePositives: number;
  loudTruePositives: number;
}

interface PartResult {
  readonly name: string;
  /** Written blind and kept for measuring: its misses are not listed (see showsDetails). */
  readonly heldOut: boolean;
  readonly files: number;
  readonly annotations: number;
  readonly loudOnClean: number;
  readonly loudFalse: number;
  readonly perDetector: Map<string, Tally>;
  readonly perKind: Map<string, KindTally>;
  readonly misses: string[];
  readonly falseAlarms: string[];
}

const CORPUS = path.join(ROOT, 'eval', 'corpus');

/** Every part of the corpus: each directory under eval/corpus, dev first, then test, then the rest by name. */
function corpusParts(): string[] {
  const order = (name: string): number => (name === 'dev' ? 0 : name === 'test' ? 1 : 2);
  return fs
    .readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b));
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

/**
 * The kinds of error the blind writers annotate with; older annotations (named after our detectors) are
 * counted under the kind they belong to.
 */
const KIND_NAMES = [
  'same-sound-kanji',
  'name-two-spellings',
  'truncated-name',
  'wrong-currency',
  'wrong-magnitude',
  'literal-translation',
  'misheard-acronym',
  'garbled-name',
  'other',
] as const;

const OLDER_KINDS: Readonly<Record<string, (typeof KIND_NAMES)[number]>> = {
  'garbled-latin-name': 'garbled-name',
  'garbled-katakana-name': 'garbled-name',
  'implausible-currency': 'wrong-currency',
  'person-spelled-two-ways': 'name-two-spellings',
  'inconsistent-spelling': 'name-two-spellings',
  'confusable-loanword': 'literal-translation',
};

function kindOf(annotated: string): string {
  if ((KIND_NAMES as readonly string[]).includes(annotated)) return annotated;
  return OLDER_KINDS[annotated] ?? 'other';
}

const emptyCounts = (): Counts => ({ total: 0, found: 0, fixable: 0, fixedRight: 0 });

function evaluate(name: string, heldOut: boolean, samples: readonly Sample[], services: AnalysisServices): PartResult {
  const perDetector = new Map<string, Tally>(ALL_DETECTORS.map((d) => [d.code, { findings: 0, loud: 0, truePositives: 0, loudTruePositives: 0 }]));
  const perKind = new Map<string, KindTally>();
  const result = { loudOnClean: 0, loudFalse: 0, annotations: 0, misses: [] as string[], falseAlarms: [] as string[] };
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
      const kind = kindOf(annotation.kind);
      const tally = perKind.get(kind) ?? { clear: emptyCounts(), unclear: emptyCounts(), from: new Set<string>() };
      perKind.set(kind, tally);
      tally.from.add(annotation.kind);
      const counts = annotation.clear === false ? tally.unclear : tally.clear;
      counts.total++;
      const found = findings.some((f) => overlaps(f, annotation));
      if (found) counts.found++;
      else
        result.misses.push(
          `${sample.name}:${annotation.line} ${annotation.kind}${annotation.clear === false ? ' (unclear)' : ''} 「${annotation.text.replace(/\n/g, '⏎')}」`,
        );
      if (annotation.fix !== null) {
        counts.fixable++;
        if (fixedCorrectly(sample.text, annotation, findings)) counts.fixedRight++;
      }
    }
  }
  return { name, heldOut, files: samples.length, perDetector, perKind, ...result };
}

const percent = (n: number, d: number): string => (d === 0 ? '—' : `${Math.round((100 * n) / d)}%`);

/** The issue's targets (issue 16), on the clear errors: found, fixed right, and every kind found. */
const TARGET = { found: 0.7, fixedRight: 0.6, perKind: 0.5 };

function sum(part: PartResult, which: 'clear' | 'unclear'): Counts {
  const total = emptyCounts();
  for (const tally of part.perKind.values()) {
    const counts = tally[which];
    total.total += counts.total;
    total.found += counts.found;
    total.fixable += counts.fixable;
    total.fixedRight += counts.fixedRight;
  }
  return total;
}

const mark = (met: boolean): string => (met ? 'met' : 'MISSED');
const ratio = (n: number, d: number): number => (d === 0 ? 0 : n / d);

function report(part: PartResult): string {
  const clear = sum(part, 'clear');
  const unclear = sum(part, 'unclear');
  const lines = [
    `### ${part.name} (${part.files} files, ${part.annotations} annotated errors: ${clear.total} clear, ${unclear.total} not clear)`,
    '',
    `Clear errors: found ${percent(clear.found, clear.total)} · fixed right ${percent(clear.fixedRight, clear.fixable)} of ${clear.fixable} with a fix` +
      (unclear.total > 0
        ? ` — not clear (apart): found ${percent(unclear.found, unclear.total)} · fixed right ${percent(unclear.fixedRight, unclear.fixable)}`
        : '') +
      ` · false warnings/errors ${part.loudFalse} (on the fully correct texts: ${part.loudOnClean})`,
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
  lines.push(
    '',
    '| kind of error | clear | found | fixed right | not clear | found | fixed right | annotated as |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  const kinds = [...part.perKind].sort(([a], [b]) => KIND_NAMES.indexOf(a as never) - KIND_NAMES.indexOf(b as never));
  for (const [kind, { clear: c, unclear: u, from }] of kinds) {
    lines.push(
      `| ${kind} | ${c.total} | ${c.found} (${percent(c.found, c.total)}) | ${c.fixedRight}/${c.fixable} (${percent(c.fixedRight, c.fixable)}) | ` +
        `${u.total} | ${u.total ? `${u.found} (${percent(u.found, u.total)})` : '—'} | ${u.fixable ? `${u.fixedRight}/${u.fixable}` : '—'} | ${[...from].sort().join(', ')} |`,
    );
  }
  const weakKinds = kinds.filter(([, { clear: c }]) => c.total > 0 && ratio(c.found, c.total) < TARGET.perKind).map(([kind]) => kind);
  const zeroKinds = kinds.filter(([, { clear: c }]) => c.total > 0 && c.found === 0).map(([kind]) => kind);
  lines.push(
    '',
    'Targets of issue 16 (on clear errors):',
    `- ≥ ${TARGET.found * 100}% found: ${percent(clear.found, clear.total)} — ${mark(clear.total > 0 && ratio(clear.found, clear.total) >= TARGET.found)}`,
    `- ≥ ${TARGET.fixedRight * 100}% fixed right: ${percent(clear.fixedRight, clear.fixable)} — ${mark(clear.fixable > 0 && ratio(clear.fixedRight, clear.fixable) >= TARGET.fixedRight)}`,
    `- each kind ≥ ${TARGET.perKind * 100}% found: ${weakKinds.length === 0 ? 'all' : `below: ${weakKinds.join(', ')}`} — ${mark(weakKinds.length === 0)}`,
    `- no kind at 0: ${zeroKinds.length === 0 ? 'none' : zeroKinds.join(', ')} — ${mark(zeroKinds.length === 0)}`,
  );
  if (showsDetails(part.heldOut)) {
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

function argumentAfter(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const services = await loadServices();
  const parts: PartResult[] = [];
  // `--pairs-only`: the bilingual pairs alone (a minute instead of four), while working on the source checks.
  const pairsOnly = process.argv.includes('--pairs-only');
  const seedsDir = SEEDS_DIRECTORY;
  const seeds = loadSeeds(seedsDir);
  if (seeds && !pairsOnly) parts.push(evaluate('Seeds', false, seeds, services));
  else console.warn(`!!! No seed transcripts at ${seedsDir}: set TRANSCRIPT_LENS_SEEDS to include them.`);
  for (const part of pairsOnly ? [] : corpusParts())
    parts.push(evaluate(`Corpus part ${part} (eval/corpus/${part})`, part !== 'dev', loadCorpus(path.join(CORPUS, part)), services));
  // `--dev-batch g-,k-`: the dev files of one blind batch again, as a part of their own (clean-g-, clean-k- included).
  const batch = argumentAfter('--dev-batch');
  if (batch && !pairsOnly) {
    const prefixes = batch.split(',').flatMap((prefix) => [prefix, `clean-${prefix}`]);
    const files = loadCorpus(path.join(CORPUS, 'dev')).filter((sample) => prefixes.some((prefix) => sample.name.startsWith(prefix)));
    parts.push(evaluate(`Dev batch ${batch} (${files.length} files of eval/corpus/dev)`, false, files, services));
  }
  const reports = parts.map(report);
  for (const part of pairParts(ROOT)) reports.push(reportPairs(evaluatePairs(part.name, loadPairs(part.dir), services)));
  // The same blind batch's pairs (eval/pairs/dev files with those prefixes), as a part of their own.
  if (batch) {
    const prefixes = batch.split(',');
    const batchPairs = loadPairs(path.join(ROOT, 'eval', 'pairs', 'dev')).filter((pair) => prefixes.some((prefix) => pair.name.startsWith(prefix)));
    if (batchPairs.length > 0) reports.push(reportPairs(evaluatePairs(`dev batch ${batch}`, batchPairs, services)));
  }
  if (pairsOnly) console.warn('!!! --pairs-only: seeds, corpus and real text left out.');
  else if (realTextAvailable()) reports.push(reportRealText(evaluateRealText(services)));
  else console.warn(`!!! No real texts at ${REAL_TEXT_DIRECTORY}: set TRANSCRIPT_LENS_REAL_TEXT to include them.`);
  console.log(reports.join('\n\n'));
}

main().catch((error: Error) => {
  console.error(`eval failed: ${error.message}`);
  process.exit(1);
});
