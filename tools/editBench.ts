/**
 * `node --import tsx tools/editBench.ts`: the edit part of `npm run bench` alone (the same 1 MB text, the same
 * 200 edits, pulls with the previous result id), for profiling the edit path: set
 * TRANSCRIPT_LENS_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" to profile the server. Prints figures only,
 * with the CPU time the server process spent on the edits (all its threads, from /proc: steadier than wall
 * times on a shared machine).
 */
import * as fs from 'node:fs';
import { DocumentDiagnosticRequest, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { startServer } from '../test/support/server';
import { benchEdits, buildTranscript, EDITS, percentile, timeEdits, loadAverages } from './benchText';

async function main(): Promise<void> {
  const { text } = buildTranscript();
  const server = await startServer();
  const uri = 'file:///long.txt';
  await server.open(uri, text);
  const report = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  // On the monotonic clock the server's CPU profile uses: its samples from here on are the edits'.
  console.log(`edits start at ${process.hrtime.bigint() / 1000n} µs`);
  const cpuBefore = cpuMilliseconds(server.process.pid);
  const latencies = await timeEdits(server.connection, uri, report.resultId, benchEdits(text, EDITS));
  const cpu = cpuMilliseconds(server.process.pid) - cpuBefore;
  await server.stop();
  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(
    `load ${loadAverages()} | first ${latencies[0]?.toFixed(1)} ms, p50 ${percentile(latencies, 50).toFixed(1)}, p95 ${percentile(latencies, 95).toFixed(1)}, max ${sorted[sorted.length - 1]?.toFixed(1)}, server cpu ${cpu.toFixed(0)} ms`,
  );
}

/** User and system time of a process (all its threads) in milliseconds, from /proc (Linux); NaN elsewhere. */
function cpuMilliseconds(pid: number | undefined): number {
  if (pid === undefined || !fs.existsSync(`/proc/${pid}/stat`)) return NaN;
  // Fields after the command name (which may hold spaces and parentheses, so cut after its last closing parenthesis): utime and
  // stime are the 12th and 13th.
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Assumed, not read: Linux's USER_HZ, 100 clock ticks per second on the usual kernels (getconf CLK_TCK).
  const ticksPerSecond = 100;
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

main().catch((error: Error) => {
  console.error(error.stack);
  process.exit(1);
});
