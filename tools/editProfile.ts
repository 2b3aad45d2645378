/**
 * `node --import tsx tools/editProfile.ts`: the bench's 200 edits analysed in process (no server), with the
 * time of each and the time each sequence detector spent deciding: where an edit's work goes, without the
 * protocol around it. Prints figures only.
 */
import { performance } from 'node:perf_hooks';
import { Analyzer } from '../server/src/core/analyze';
import { SEQUENCE_DETECTORS } from '../server/src/core/detectors';
import { TranscriptDocument } from '../server/src/core/document';
import { loadServices } from '../server/src/core/services';
import { benchEdits, buildTranscript, EDITS, percentile, loadAverages } from './benchText';

async function main(): Promise<void> {
  const services = await loadServices();
  const { text: original } = buildTranscript();
  const decideTime = new Map<string, number>();
  const decideCount = new Map<string, number>();
  let decidedNow: string[] = [];
  const slow: { ms: number; cpu: number; decided: string[]; work: string }[] = [];
  for (const detector of SEQUENCE_DETECTORS) {
    const decide = detector.decide.bind(detector);
    (detector as { decide: typeof decide }).decide = (...args) => {
      const start = performance.now();
      try {
        return decide(...args);
      } finally {
        decideTime.set(detector.code, (decideTime.get(detector.code) ?? 0) + performance.now() - start);
        decideCount.set(detector.code, (decideCount.get(detector.code) ?? 0) + 1);
        decidedNow.push(detector.code);
      }
    };
  }
  const analyzer = new Analyzer(services);
  let doc = new TranscriptDocument(original, 'file:///long.txt');
  analyzer.analyze(doc);
  decideTime.clear();
  decideCount.clear();
  const before = { ...analyzer.misses };
  // On the monotonic clock a CPU profile (--cpu-prof) uses: its samples from here on are the edits'.
  console.log(`edits start at ${process.hrtime.bigint() / 1000n} µs`);
  const latencies: number[] = [];
  const cpu: number[] = [];
  for (const { line, character } of benchEdits(original, EDITS)) {
    const at = (doc.lineStarts[line] as number) + character;
    const text = `${doc.text.slice(0, at)}あ${doc.text.slice(at)}`;
    const missesBefore = { ...analyzer.misses };
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    doc = doc.revised(text, { prefix: at, suffix: text.length - at - 1 });
    analyzer.analyze(doc);
    latencies.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    const work = Object.entries(analyzer.misses)
      .map(([k, v]) => `${k} ${v - missesBefore[k as keyof typeof missesBefore]}`)
      .join(', ');
    slow.push({ ms: performance.now() - start, cpu: (used.user + used.system) / 1000, decided: decidedNow, work });
    decidedNow = [];
  }
  const total = latencies.reduce((a, b) => a + b, 0);
  console.log(
    `load ${loadAverages()} | first ${latencies[0]?.toFixed(1)} ms, p50 ${percentile(latencies, 50).toFixed(1)}, p95 ${percentile(latencies, 95).toFixed(1)}, total ${total.toFixed(0)} ms`,
  );
  console.log(`  cpu: p50 ${percentile(cpu, 50).toFixed(1)} ms, p95 ${percentile(cpu, 95).toFixed(1)}, total ${cpu.reduce((a, b) => a + b, 0).toFixed(0)} ms`);
  for (const [code, ms] of decideTime) console.log(`  decide ${code}: ${decideCount.get(code)}× ${ms.toFixed(1)} ms`);
  for (const { ms, cpu: used, decided, work } of slow.sort((a, b) => b.cpu - a.cpu).slice(0, 20))
    console.log(`  ${used.toFixed(1)} ms cpu (${ms.toFixed(1)} ms) ${decided.join(' ')} | ${work}`);
  const misses = Object.entries(analyzer.misses).map(([k, v]) => `${k} ${v - (before[k as keyof typeof before] ?? 0)}`);
  console.log(`  misses: ${misses.join(', ')}`);
}

main().catch((error: Error) => {
  console.error(error.stack);
  process.exit(1);
});
