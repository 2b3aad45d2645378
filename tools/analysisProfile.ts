/**
 * `node --import tsx tools/analysisProfile.ts [FILE|DIR…]`: where a full analysis's time goes, in process —
 * the tokenizer, each detector (its own time, the tokenizer's inside it taken out) and the rest (layout,
 * placing the findings). Without arguments it analyses the bench's 1 MB text as one document; with files or
 * folders, each file as the CLI would. A small sample is analysed first and not counted (what the knowledge
 * base derives at first use). Wall time: on a loaded machine read the shares, not the milliseconds.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../server/src/core/analyze';
import { CHUNK_DETECTORS, NAME_DETECTORS, SEQUENCE_DETECTORS, WHOLE_DOCUMENT_DETECTORS } from '../server/src/core/detectors';
import { documentFor } from '../server/src/core/formats';
import { loadServices } from '../server/src/core/services';
import { buildTranscript, loadAverages } from './benchText';

const ROOT = path.resolve(__dirname, '..');
const total = new Map<string, number>();
const inner = new Map<string, number>();
const calls = new Map<string, number>();
const stack: string[] = [];

/** Replaces `owner[method]` by a timed call counted under `label` (time in timed calls inside it is theirs). */
function timed(owner: object, method: string, label: string): void {
  const record = owner as Record<string, unknown>;
  const original = record[method];
  if (typeof original !== 'function') return;
  record[method] = function (this: unknown, ...args: unknown[]): unknown {
    const start = performance.now();
    stack.push(label);
    try {
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } finally {
      stack.pop();
      const spent = performance.now() - start;
      // Recursion into the same label counts once.
      if (!stack.includes(label)) {
        total.set(label, (total.get(label) ?? 0) + spent);
        const parent = stack[stack.length - 1];
        if (parent !== undefined) inner.set(parent, (inner.get(parent) ?? 0) + spent);
      }
      calls.set(label, (calls.get(label) ?? 0) + 1);
    }
  };
}

function inputs(args: readonly string[]): { name: string; text: string }[] {
  if (args.length === 0) return [{ name: 'bench text', text: buildTranscript().text }];
  return args
    .flatMap((arg) =>
      fs.statSync(arg).isDirectory()
        ? fs
            .readdirSync(arg)
            .filter((f) => /\.(txt|srt|vtt)$/.test(f))
            .sort()
            .map((f) => path.join(arg, f))
        : [arg],
    )
    .map((file) => ({ name: file, text: fs.readFileSync(file, 'utf8') }));
}

async function main(): Promise<void> {
  const services = await loadServices();
  const files = inputs(process.argv.slice(2));
  let start = performance.now();
  analyze(documentFor(fs.readFileSync(path.join(ROOT, 'samples', 'ai-news-podcast.txt'), 'utf8'), 'sample.txt'), services);
  const first = performance.now() - start;
  timed(services.tokenizer, 'tokenize', 'tokenizer');
  for (const detector of [...NAME_DETECTORS, ...CHUNK_DETECTORS, ...WHOLE_DOCUMENT_DETECTORS]) timed(detector, 'detect', detector.code);
  for (const detector of SEQUENCE_DETECTORS) {
    for (const method of ['scan', 'resolve', 'decide']) timed(detector, method, `${detector.code} (${method})`);
    const tally = detector.tally?.bind(detector);
    if (tally) {
      (detector as { tally: typeof tally }).tally = (tallyServices) => {
        const made = tally(tallyServices);
        for (const method of ['add', 'remove', 'verdicts']) timed(made, method, `${detector.code} (tally)`);
        return made;
      };
    }
  }
  let bytes = 0;
  start = performance.now();
  for (const { name, text } of files) {
    bytes += Buffer.byteLength(text);
    analyze(documentFor(text, name), services);
  }
  const all = performance.now() - start;
  const own = (label: string): number => (total.get(label) ?? 0) - (inner.get(label) ?? 0);
  const rows = [...total.keys()].map((label) => [label, own(label)] as const).sort((a, b) => b[1] - a[1]);
  const counted = rows.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(
    `load ${loadAverages()} | ${files.length} file(s), ${(bytes / 1024 / 1024).toFixed(2)} MB in ${all.toFixed(0)} ms (first small analysis ${first.toFixed(0)} ms)`,
  );
  const line = (label: string, ms: number, n?: number): string =>
    `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${label}${n === undefined ? '' : ` (${n} calls)`}`;
  for (const [label, ms] of rows) console.log(line(label, ms, calls.get(label)));
  console.log(line('the rest (documents, layout, placing and judging findings)', all - counted));
}

main().catch((error: Error) => {
  console.error(error.stack);
  process.exit(1);
});
