/**
 * `check --jobs N`: files checked on N worker threads give the same report, in the same order, as one
 * thread; `--format ndjson` writes one file's JSON a line.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { checkInWorkers, claimNext } from '../../server/src/cli/jobs';
import { runCli } from '../support/cli';
import { tempDir } from '../support/tempDir';

const ROOT = path.resolve(__dirname, '..', '..');

/** A folder of our own transcripts (the samples and fixtures, each twice under another name). */
function folderOfTranscripts(): { dir: string; files: string[] } {
  const dir = tempDir('tl-jobs-');
  const sources = [
    path.join(ROOT, 'samples', 'ai-news-podcast.txt'),
    path.join(ROOT, 'samples', 'europe-ai-article.txt'),
    path.join(ROOT, 'test', 'fixtures', 'podcast-with-errors.txt'),
    path.join(ROOT, 'test', 'fixtures', 'clean-article.txt'),
  ];
  const files: string[] = [];
  for (const copy of [1, 2]) {
    for (const source of sources) {
      const file = path.join(dir, `${copy}-${path.basename(source)}`);
      fs.copyFileSync(source, file);
      files.push(file);
    }
  }
  return { dir, files: files.sort() };
}

describe('check --jobs', () => {
  const { dir, files } = folderOfTranscripts();

  it('reports exactly what one thread reports, in the same order, with the same exit code', () => {
    const one = runCli(['check', '--format', 'json', '-r', dir]);
    const three = runCli(['check', '--format', 'json', '--jobs', '3', '-r', dir]);
    assert.equal(one.status, 1, one.stderr); // the fixture with errors has some
    assert.equal(three.status, one.status, three.stderr);
    assert.equal(three.stdout, one.stdout);
    const paths = (JSON.parse(three.stdout) as { files: { path: string }[] }).files.map((f) => f.path);
    assert.deepEqual(paths, files);
  });

  it('gives the same text and SARIF output as one thread', () => {
    for (const format of ['text', 'sarif']) {
      const one = runCli(['check', '--format', format, '-r', dir]);
      const two = runCli(['check', '--format', format, '-j', '2', '-r', dir]);
      assert.equal(two.stdout, one.stdout, format);
      assert.ok(one.stdout.length > 100, `${format}: there are findings to compare`);
    }
  });

  it('writes NDJSON: each file’s JSON on a line of its own, in input order', () => {
    const result = runCli(['check', '--format', 'ndjson', '--jobs', '2', '-r', dir]);
    assert.equal(result.status, 1, result.stderr);
    const lines = result.stdout.trimEnd().split('\n');
    assert.equal(lines.length, files.length);
    const entries = lines.map((line) => JSON.parse(line) as { path: string; diagnostics: unknown[] });
    assert.deepEqual(
      entries.map((e) => e.path),
      files,
    );
    const json = JSON.parse(runCli(['check', '--format', 'json', '-r', dir]).stdout) as { files: unknown[] };
    assert.deepEqual(entries, json.files);
  });

  it('hands each file to one thread only, in the order given, through the shared counter', () => {
    const tasks = { files: ['a', 'b', 'c'], order: [2, 0, 1], claimed: new Int32Array(new SharedArrayBuffer(4)) };
    const seen = [claimNext(tasks), claimNext(tasks), claimNext(tasks), claimNext(tasks), claimNext(tasks)];
    assert.deepEqual(seen, [2, 0, 1, undefined, undefined]);
  });

  it('refuses a number of jobs that is not a whole number of 1 or more', () => {
    for (const jobs of ['0', '-2', 'many', '1.5']) {
      const result = runCli(['check', '--jobs', jobs, files[0] ?? '']);
      assert.equal(result.status, 2, jobs);
      assert.match(result.stderr, /--jobs must be a whole number/);
    }
  });

  it('reads standard input on the main thread even with --jobs', () => {
    const text = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'podcast-with-errors.txt'), 'utf8');
    const alone = runCli(['check', '--format', 'json', '-'], text);
    const withJobs = runCli(['check', '--format', 'json', '--jobs', '2', '-', files[0] ?? ''], text);
    assert.equal(withJobs.status, 1, withJobs.stderr);
    const parsed = JSON.parse(withJobs.stdout) as { files: unknown[] };
    assert.deepEqual(parsed.files[0], (JSON.parse(alone.stdout) as { files: unknown[] }).files[0]);
    assert.equal(parsed.files.length, 2);
  });
});

describe('check --jobs when the main thread cannot start', () => {
  /** A worker that waits for its tasks forever, as a real one does until it is sent them. */
  function waitingWorker(): string {
    const script = path.join(tempDir('tl-jobs-start-'), 'worker.js');
    fs.writeFileSync(script, "require('node:worker_threads').parentPort.on('message', () => {});\n");
    return script;
  }
  const files = ['a.txt', 'b.txt', 'c.txt'];
  const check = (): Promise<undefined> => Promise.resolve(undefined);

  // Were the waiting workers left running, the test process would never end.
  it('stops the workers and says what failed when starting throws', async () => {
    await assert.rejects(
      checkInWorkers(waitingWorker(), {}, 3, files, () => {}, {
        start: () => {
          throw new Error('the dictionary is missing');
        },
        check,
      }),
      /could not prepare the check \(the dictionary is missing\).*threads were stopped.*without --jobs/,
    );
  });

  it('stops the workers and says what failed when getting ready fails', async () => {
    const failing = Promise.reject(new Error('the knowledge file is unreadable'));
    failing.catch(() => {});
    await assert.rejects(
      checkInWorkers(waitingWorker(), {}, 3, files, () => {}, { start: () => ({ shared: Promise.resolve(undefined), ready: failing }), check }),
      /could not prepare the check \(the knowledge file is unreadable\)/,
    );
  });
});
