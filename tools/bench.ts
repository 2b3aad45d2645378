/**
 * `npm run bench`: how fast Transcript Lens is on a long transcript, measured through the real server over
 * stdio. A benchmark that reports numbers (issue targets beside them), not a test: nothing here fails.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  DidChangeTextDocumentNotification,
  DocumentDiagnosticRequest,
  HoverRequest,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { loadTokenizer } from '../server/src/core/tokenizer';
import { startServer } from '../test/support/server';
import { SEEDS_DIRECTORY } from '../test/support/seeds';
import { tempDir } from '../test/support/tempDir';

const ROOT = path.resolve(__dirname, '..');
const TARGET_BYTES = 1024 * 1024;
const EDITS = 40;
const LONG_EDITS = 200;

/**
 * About 1 MB of transcript: the seeds (or our samples) repeated, each copy's lines made unique so no cache
 * helps. The copy number goes at the start of a line, where it leaves the line's sentence end in place.
 */
function buildTranscript(): { text: string; source: string } {
  const seeds = SEEDS_DIRECTORY;
  const dir = fs.existsSync(seeds) ? seeds : path.join(ROOT, 'samples');
  const base = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
  const parts: string[] = [];
  for (let copy = 1; Buffer.byteLength(parts.join('\n')) < TARGET_BYTES; copy++) {
    parts.push(
      base
        .split('\n')
        .map((line) => (line.trim() === '' ? line : `［${copy}］${line}`))
        .join('\n'),
    );
  }
  return { text: parts.join('\n'), source: dir };
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const ms = (value: number): string => `${value.toFixed(1)} ms`;

function residentMemoryMb(pid: number | undefined): number {
  const status = pid === undefined ? '' : fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

async function main(): Promise<void> {
  const { text, source } = buildTranscript();
  const megabytes = Buffer.byteLength(text) / 1024 / 1024;
  const rows: [string, string, string][] = [];

  // Cold start: process start to the first diagnostics of a small document.
  const started = performance.now();
  const server = await startServer();
  await server.open('file:///small.txt', fs.readFileSync(path.join(ROOT, 'samples', 'ai-news-podcast.txt'), 'utf8'));
  await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: 'file:///small.txt' } });
  rows.push(['cold start to first diagnostics (small document)', ms(performance.now() - started), '≤ 2 s']);

  // Full analysis of the long document, beside raw kuromoji on the same lines in a process of its own (in
  // this one, the garbage kuromoji leaves would be collected during the edits and count as edit latency).
  const file = path.join(tempDir('tl-bench-'), 'long.txt');
  fs.writeFileSync(file, text);
  const uri = 'file:///long.txt';
  let t = performance.now();
  await server.open(uri, text);
  const report = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  const fullAnalysis = performance.now() - t;
  const rawKuromoji = rawKuromojiMilliseconds(file);
  rows.push([`full analysis of ${megabytes.toFixed(2)} MB (${report.items.length} diagnostics)`, ms(fullAnalysis), '']);
  rows.push(['raw kuromoji tokenisation of the same text', ms(rawKuromoji), '']);
  rows.push(['ratio full analysis / raw kuromoji', (fullAnalysis / rawKuromoji).toFixed(2), '≤ 1.5']);

  // Edit to diagnostics: random single-character insertions, each followed by a diagnostics pull.
  const lines = text.split('\n');
  const latencies: number[] = [];
  let previousResultId = report.resultId;
  let random = 12345;
  const next = (n: number): number => {
    random = (random * 1103515245 + 12345) % 2147483648;
    return random % n;
  };
  const edit = async (version: number): Promise<void> => {
    const line = next(lines.length);
    const character = next((lines[line] ?? '').length + 1);
    t = performance.now();
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'あ' }],
    });
    // As VS Code does: the previous result id lets the server answer "unchanged".
    const answer = await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId });
    if (answer.kind === 'full') previousResultId = answer.resultId;
    latencies.push(performance.now() - t);
  };
  for (let i = 0; i < EDITS; i++) await edit(i + 2);
  // The first edits after opening run code V8 has not optimised yet; reported on their own, and counted in the percentiles.
  rows.push(['first edit after opening, to diagnostics', ms(latencies[0] ?? NaN), '']);
  rows.push(['second and third edits', `${ms(latencies[1] ?? NaN)}, ${ms(latencies[2] ?? NaN)}`, '']);
  rows.push([`edit to diagnostics p50 (${EDITS} edits)`, ms(percentile(latencies, 50)), '']);
  rows.push([`edit to diagnostics p95`, ms(percentile(latencies, 95)), '≤ 30 ms']);

  const hovers: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const line = next(lines.length);
    t = performance.now();
    await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: next((lines[line] ?? '').length + 1) } });
    hovers.push(performance.now() - t);
  }
  rows.push(['hover p95', ms(percentile(hovers, 95)), '≤ 20 ms']);
  rows.push(['server resident memory', `${residentMemoryMb(server.process.pid).toFixed(0)} MB`, '≤ 500 MB']);

  // Over more edits, V8's full garbage collections (about one per 70 edits of a 1 MB document) are in the count.
  for (let i = EDITS; i < LONG_EDITS; i++) await edit(i + 2);
  rows.push([`edit to diagnostics p95 over ${LONG_EDITS} edits`, ms(percentile(latencies, 95)), '']);
  rows.push([`slowest of ${LONG_EDITS} edits`, ms(Math.max(...latencies)), '']);
  rows.push([`server resident memory after ${LONG_EDITS} edits`, `${residentMemoryMb(server.process.pid).toFixed(0)} MB`, '']);
  await server.stop();

  // The CLI on the same file, dictionary loading included.
  t = performance.now();
  spawnSync(process.execPath, [path.join(ROOT, 'server', 'out', 'cli.js'), 'check', file], { stdio: 'ignore' });
  const cliSeconds = (performance.now() - t) / 1000;
  rows.push(['CLI throughput (dictionary load included)', `${(megabytes / cliSeconds).toFixed(2)} MB/s`, '']);

  console.log(`Transcript Lens benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, text from ${source}\n`);
  console.log('| measure | result | target |\n| --- | ---: | ---: |');
  for (const [measure, result, target] of rows) console.log(`| ${measure} | ${result} | ${target} |`);
}

/** kuromoji alone on every line of a file, in a child process; the dictionary load is not counted. */
function rawKuromojiMilliseconds(file: string): number {
  const child = spawnSync(process.execPath, [...process.execArgv, __filename, RAW_KUROMOJI, file], { encoding: 'utf8' });
  const milliseconds = Number(child.stdout.trim());
  if (child.status !== 0 || !Number.isFinite(milliseconds)) throw new Error(`the raw kuromoji run failed: ${child.stderr}`);
  return milliseconds;
}

async function tokenizeLines(file: string): Promise<void> {
  const tokenizer = await loadTokenizer();
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const t = performance.now();
  for (const line of lines) tokenizer.tokenize(line);
  console.log(performance.now() - t);
}

const RAW_KUROMOJI = '--raw-kuromoji';

(process.argv[2] === RAW_KUROMOJI ? tokenizeLines(process.argv[3] ?? '') : main()).catch((error: Error) => {
  console.error(`bench failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
