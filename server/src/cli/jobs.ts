/**
 * `check --jobs N`: the files are checked by the main thread and N - 1 worker threads, each claiming the
 * next file from a counter they share (one atomic add: no thread waits for another to hand it work), the
 * largest first (files differ in size: a large one started last would leave the other threads idle at the
 * end). The main thread checks files too: its start-up (the bundle, the dictionary, the knowledge base) is
 * paid anyway, and a worker of its own would pay it again. Each file is checked on its own, so results do
 * not depend on N; they are handed back by index and the caller keeps the input order.
 */
import * as fs from 'node:fs';
import { Worker } from 'node:worker_threads';

/** What a worker is given once: the files, the order to take them in, and the counter of files claimed. */
export interface WorkerTasks {
  readonly files: readonly string[];
  readonly order: readonly number[];
  /** One Int32 over shared memory: the number of files claimed so far, by any thread. */
  readonly claimed: Int32Array;
}

/** A worker's one message from the main thread: its tasks, and what the main thread shares with it (the dictionary). */
export interface WorkerStart<G> {
  readonly tasks: WorkerTasks;
  readonly shared: G | undefined;
}

export interface WorkerAnswer<T> {
  readonly index: number;
  readonly outcome?: T;
  /** What went wrong when the file could not be checked at all (an exception in the worker). */
  readonly failure?: string;
}

/** A worker's last message: it claimed past the last file. */
export interface WorkerDone {
  readonly done: true;
}

/** The next file a thread is to check (its index in the files), or undefined when all are claimed. */
export function claimNext(tasks: WorkerTasks): number | undefined {
  const claim = Atomics.add(tasks.claimed, 0, 1);
  return tasks.order[claim];
}

/**
 * Checks the files on the main thread (`here.check`) and on `count - 1` workers
 * running `script`; `onOutcome` gets each file's outcome as it arrives. The workers are started first, before
 * the main thread reads anything heavy: a worker's own start (Node's bootstrap, the bundle's code, the
 * knowledge base) needs nothing from it. `here.start` is called then: `shared` (the dictionary the main
 * thread reads meanwhile) is sent to each worker with its tasks once read (undefined if reading it failed:
 * the worker then reads its own), and this thread checks files once `ready` has settled.
 */
export async function checkInWorkers<T, G>(
  script: string,
  workerData: unknown,
  count: number,
  files: readonly string[],
  onOutcome: (index: number, outcome: T | undefined, failure: string | undefined) => void,
  here: {
    readonly start: () => { readonly shared: Promise<G | undefined>; readonly ready: Promise<unknown> };
    readonly check: (file: string) => Promise<T | undefined>;
  },
): Promise<void> {
  // A worker that fails is said once all is done (a rejection left unheard meanwhile would end the process).
  let failed: Error | undefined;
  const started = Array.from({ length: Math.min(count, files.length) - 1 }, () => new Worker(script, { workerData }));
  const tasks: WorkerTasks = { files, order: largestFirst(files), claimed: new Int32Array(new SharedArrayBuffer(4)) };
  // Workers wait for their tasks: if this thread cannot start, they are stopped, or the process would never end.
  const failedToStart = async (error: unknown): Promise<never> => {
    await Promise.all(started.map((worker) => worker.terminate()));
    throw new Error(
      `the main thread could not prepare the check (${error instanceof Error ? error.message : String(error)}); the checking threads were stopped. Fix what is said, or run without --jobs.`,
    );
  };
  let starting: ReturnType<typeof here.start>;
  try {
    starting = here.start();
  } catch (error) {
    return failedToStart(error);
  }
  const shared = starting.shared.catch(() => undefined);
  const workers = started.map((worker) =>
    runWorker(worker, shared, tasks, onOutcome).catch((error: Error) => {
      failed ??= error;
    }),
  );
  try {
    await starting.ready;
  } catch (error) {
    await failedToStart(error);
  }
  for (let index = claimNext(tasks); index !== undefined; index = claimNext(tasks)) {
    let outcome: T | undefined;
    let failure: string | undefined;
    try {
      outcome = await here.check(files[index] ?? '');
    } catch (error) {
      failure = (error as Error).message;
    }
    onOutcome(index, outcome, failure);
    // Between two files, the workers' answers that came meanwhile are taken (written out in order).
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  if (failed) throw failed;
}

function runWorker<T, G>(
  worker: Worker,
  shared: Promise<G | undefined>,
  tasks: WorkerTasks,
  onOutcome: (index: number, outcome: T | undefined, failure: string | undefined) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    worker.on('message', (answer: WorkerAnswer<T> | WorkerDone) => {
      if ('done' in answer) {
        done = true;
        void worker.terminate();
      } else {
        onOutcome(answer.index, answer.outcome, answer.failure);
      }
    });
    worker.on('error', (error) => reject(new Error(`a checking thread failed: ${error.message}`)));
    worker.on('exit', () => (done ? resolve() : reject(new Error('a checking thread stopped before its files were checked'))));
    void shared.then((given) => worker.postMessage({ tasks, shared: given } satisfies WorkerStart<G>));
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
