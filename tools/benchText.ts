/** The bench's long document and its edits, shared by `npm run bench` and tools/editBench.ts. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DidChangeTextDocumentNotification, DocumentDiagnosticRequest, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { SEEDS_DIRECTORY } from '../test/support/seeds';

const ROOT = path.resolve(__dirname, '..');
const TARGET_BYTES = 1024 * 1024;
export const EDITS = 200;

/** Our own dev corpus: the CLI's folder is made from it (issue 19), not from third-party text. */
export const DEV_CORPUS = path.join(ROOT, 'eval', 'corpus', 'dev');

/**
 * About 1 MB of transcript: the seeds (or our samples, or the texts of `from`) repeated, each copy's lines made unique so no cache
 * helps. The copy number goes at the start of a line, where it leaves the line's sentence end in place.
 */
export function buildTranscript(from?: string): { text: string; source: string } {
  const seeds = SEEDS_DIRECTORY;
  const dir = from ?? (fs.existsSync(seeds) ? seeds : path.join(ROOT, 'samples'));
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

/**
 * The CLI's folder: every text of `from` once, whole texts joined in name order into `count` files of about
 * equal size. A user's folder holds different transcripts; the bench's used to be the dev corpus repeated to
 * 1 MB and cut in 20, so the second copy found the per-word memos the first had filled (cheaper per byte than
 * any real folder, and cheaper still for one thread than for two, each filling its own).
 */
export function distinctFolderTexts(from: string, count: number): string[] {
  const texts = fs
    .readdirSync(from)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(from, f), 'utf8'));
  const total = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const files: string[][] = [[]];
  let filled = 0;
  for (const text of texts) {
    // A new file once this one holds its share of the total (the last one takes what is left).
    if (filled >= (total * files.length) / count && files.length < count) files.push([]);
    files[files.length - 1]?.push(text);
    filled += Buffer.byteLength(text);
  }
  return files.map((parts) => parts.join('\n'));
}

/** `count` positions in the text's lines (as they were before any edit), from a fixed pseudo-random sequence. */
export function benchEdits(text: string, count: number): { line: number; character: number }[] {
  const lines = text.split('\n');
  let random = 12345;
  const next = (n: number): number => {
    random = (random * 1103515245 + 12345) % 2147483648;
    return random % n;
  };
  const positions: { line: number; character: number }[] = [];
  for (let i = 0; i < count; i++) {
    const line = next(lines.length);
    positions.push({ line, character: next((lines[line] ?? '').length + 1) });
  }
  return positions;
}

export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/**
 * Types one character at each edit's place, as VS Code sends it, and pulls diagnostics with the previous
 * result id (so the server may answer "unchanged"): the milliseconds from each edit to its diagnostics.
 */
export async function timeEdits(
  connection: ProtocolConnection,
  uri: string,
  firstResultId: string | undefined,
  edits: readonly { line: number; character: number }[],
): Promise<number[]> {
  const latencies: number[] = [];
  let previousResultId = firstResultId;
  let version = 2;
  for (const { line, character } of edits) {
    const start = performance.now();
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: version++ },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'あ' }],
    });
    const answer = await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId });
    if (answer.kind === 'full') previousResultId = answer.resultId;
    latencies.push(performance.now() - start);
  }
  return latencies;
}

/** The machine's load averages (1, 5, 15 min), for printing beside timings. */
export function loadAverages(): string {
  return os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
}
