/**
 * Matching a regular expression that neither V8's linear engine nor the ReDoS analyser could clear: in a
 * worker thread, waited for synchronously (Atomics.wait) for at most a time budget. A pattern that takes
 * longer is stopped with its worker and is not run again, so a dictionary pattern can cost the server at
 * most one budget, never a hang. The analysis stays synchronous; only such rare patterns pay the round trip.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** One match: its offset and its groups ([0] the whole match), as RegExp.exec gives them. */
export interface PatternMatch {
  readonly index: number;
  readonly groups: readonly (string | undefined)[];
}

// Plain JavaScript run with eval, so that the bundle needs no separate worker file.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const signal = new Int32Array(workerData.signal);
const port = workerData.port;
Atomics.store(signal, 1, 1);
Atomics.notify(signal, 1);
port.on('message', ({ source, flags, text }) => {
  const matches = [];
  try {
    const pattern = new RegExp(source, flags);
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0] === '') { pattern.lastIndex++; continue; }
      matches.push({ index: match.index, groups: Array.from(match) });
    }
  } catch {}
  port.postMessage(matches);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;

/** How long one pattern may take on one text before it is stopped. */
export const MATCH_BUDGET_MS = 250;
// Starting a worker thread takes tens of milliseconds (more on a busy machine); not counted in the budget.
const START_BUDGET_MS = 10_000;

interface RunningWorker {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly signal: Int32Array;
}

let running: RunningWorker | undefined;

function start(): RunningWorker {
  const shared = new SharedArrayBuffer(8);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { signal: shared, port: port2 }, transferList: [port2] });
  // Neither the worker nor its port keeps a command-line run alive.
  worker.unref();
  port1.unref();
  return { worker, port: port1, signal: new Int32Array(shared) };
}

function stop(): void {
  if (!running) return;
  void running.worker.terminate();
  running.port.close();
  running = undefined;
}

/** All non-empty matches of a global pattern in a text, or undefined if they took longer than the budget. */
export function matchWithinBudget(source: string, flags: string, text: string, budgetMs = MATCH_BUDGET_MS): PatternMatch[] | undefined {
  running ??= start();
  const { port, signal } = running;
  if (Atomics.load(signal, 1) === 0 && Atomics.wait(signal, 1, 0, START_BUDGET_MS) === 'timed-out') {
    stop();
    return undefined;
  }
  Atomics.store(signal, 0, 0);
  port.postMessage({ source, flags, text });
  if (Atomics.wait(signal, 0, 0, budgetMs) === 'timed-out') {
    stop();
    return undefined;
  }
  const reply = receiveMessageOnPort(port);
  return (reply?.message as PatternMatch[] | undefined) ?? [];
}
