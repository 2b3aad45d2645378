/**
 * Files that are not what they claim are refused, at once and with a reason: a transcript or dictionary
 * that is a link to /dev/zero, a FIFO nobody writes, a 100 MB file, an alias bomb in a knowledge file.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { readBoundedFile, RefusedFileError } from '../../server/src/core/boundedFile';
import { parseWorkspaceKnowledge } from '../../server/src/core/knowledge/workspaceKnowledge';
import { runCli } from '../support/cli';
import { tempDir } from '../support/tempDir';

/** A directory with a link to /dev/zero, a FIFO, a sparse 100 MB file and an ordinary transcript. */
export function hostileFolder(): { dir: string; zero: string; fifo: string; huge: string; good: string } {
  const dir = tempDir('tl-hostile-');
  const zero = path.join(dir, 'zero.txt');
  fs.symlinkSync('/dev/zero', zero);
  const fifo = path.join(dir, 'fifo.txt');
  execFileSync('mkfifo', [fifo]);
  const huge = path.join(dir, 'huge.txt');
  fs.writeFileSync(huge, '');
  fs.truncateSync(huge, 100 * 1024 * 1024);
  const good = path.join(dir, 'good.txt');
  fs.writeFileSync(good, 'ディープシークは中国の企業だ。Deepsekの新しいモデルが話題になった。\n');
  return { dir, zero, fifo, huge, good };
}

/** An alias bomb: ten levels of nine aliases each, a billion strings once expanded. */
export const ALIAS_BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  ...'bcdefghij'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`),
  'ignoredWords: *j',
].join('\n');

describe('hostile files', () => {
  it('reads only regular files below the limit', async () => {
    const { zero, fifo, huge, good, dir } = hostileFolder();
    for (const [file, reason] of [
      [zero, /device/],
      [fifo, /pipe/],
      [huge, /larger than the limit of 20 MB/],
      [dir, /directory/],
      [path.join(dir, 'none.txt'), /does not exist/],
    ] as const) {
      await assert.rejects(readBoundedFile(file), (error: Error) => error instanceof RefusedFileError && reason.test(error.message), file);
    }
    assert.ok((await readBoundedFile(good)).length > 0);
    await assert.rejects(readBoundedFile(good, 10), /larger than the limit/);
  });

  it('the CLI refuses them with exit code 2 and still checks the good file', () => {
    const { zero, fifo, huge, good } = hostileFolder();
    const result = runCli(['check', zero, fifo, huge, good]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /cannot read .*zero\.txt: it is a device/);
    assert.match(result.stderr, /cannot read .*fifo\.txt: it is a pipe/);
    assert.match(result.stderr, /cannot read .*huge\.txt: it is larger than the limit/);
    assert.match(result.stdout, /good\.txt:1:16 error garbled-latin-name/);
  });

  it('the CLI refuses a dictionary or knowledge file that is a device, and a missing dictionary, with exit code 2', () => {
    const { zero, good, dir } = hostileFolder();
    for (const args of [
      ['--dictionary', zero],
      ['--knowledge', zero],
      ['--dictionary', path.join(dir, 'missing.yml')],
    ]) {
      const result = runCli(['check', ...args, good]);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /device|does not exist/);
      assert.match(result.stdout, /garbled-latin-name/, 'the transcript is still checked');
    }
  });

  it('an alias bomb in a knowledge file is a problem in that file, named, and the analysis goes on', () => {
    const knowledge = parseWorkspaceKnowledge(ALIAS_BOMB, '/w/transcript-lens.yaml');
    assert.deepEqual(knowledge.entities, []);
    assert.match(knowledge.problems[0]?.message ?? '', /cannot be read: .*alias/i);
    const { dir, good } = hostileFolder();
    fs.writeFileSync(path.join(dir, 'transcript-lens.yaml'), ALIAS_BOMB);
    const result = runCli(['check', '--knowledge', path.join(dir, 'transcript-lens.yaml'), good]);
    assert.match(result.stderr, /transcript-lens\.yaml:1:1 knowledge: The knowledge file cannot be read/);
    assert.match(result.stdout, /garbled-latin-name/);
  });
});
