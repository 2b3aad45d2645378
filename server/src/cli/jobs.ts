/**
 * `check --jobs N`: the files are checked by N worker threads, each taking the next file when it is done
 * with one, the largest first (files differ in size: a large one started last would leave the other
 * threads idle at the end). Each file is checked on its own, so results do not depend on N; they
 * are handed back by index and the caller keeps the input order.
 */
import * as fs from 'node:fs';
import { Worker } from 'node:worker_threads';

export interface WorkerTask {
  readonly index: number;
  readonly file: string;
}

export interface WorkerAnswer<T> {
  readonly index: number;
  readonly outcome?: T;
  /** What went wrong when the file could not be checked at all (an exception in the worker). */
  readonly failure?: string;
}

/** Runs `script` as `count` workers over the files; `onOutcome` gets each file's outcome as it arrives. */
export function checkInWorkers<T>(
  script: string,
  workerData: unknown,
  count: number,
  files: readonly string[],
  onOutcome: (index: number, outcome: T | undefined, failure: string | undefined) => void,
): Promise<void> {
  const order = largestFirst(files);
  return new Promise((resolve, reject) => {
    let next = 0;
    let running = 0;
    let failed = false;
    const give = (worker: Worker): void => {
      const index = order[next++];
      const file = index === undefined ? undefined : files[index];
      if (index === undefined || file === undefined) {
        void worker.terminate();
        return;
      }
      worker.postMessage({ index, file } satisfies WorkerTask);
    };
    for (let i = 0; i < Math.min(count, files.length); i++) {
      const worker = new Worker(script, { workerData });
      running++;
      worker.on('message', (answer: WorkerAnswer<T>) => {
        onOutcome(answer.index, answer.outcome, answer.failure);
        give(worker);
      });
      worker.on('error', (error) => {
        failed = true;
        reject(new Error(`a checking thread failed: ${error.message}`));
      });
      worker.on('exit', () => {
        if (--running === 0 && !failed) resolve();
      });
      give(worker);
    }
    if (files.length === 0) resolve();
  });
}

/** The files' indexes, largest file first (one that cannot be sized, last); equal sizes keep their order. */
function largestFirst(files: readonly string[]): number[] {
  const sizes = files.map((file) => {
    try {
      return fs.statSync(file).size;
    } catch {
      return -1;
    }
  });
  return files.map((_, index) => index).sort((a, b) => (sizes[b] ?? -1) - (sizes[a] ?? -1) || a - b);
}
