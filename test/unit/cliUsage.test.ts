import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../support/cli';
import { tempDir } from '../support/tempDir';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
const PODCAST = path.join(FIXTURES, 'podcast-with-errors.txt');
const ENGLISH = path.join(FIXTURES, 'english-notes.txt');

describe('the command line as a newcomer meets it', () => {
  it('prints the usage on stdout and exits 0 for --help or -h, wherever it is given', () => {
    for (const args of [['--help'], ['-h'], ['check', '--help'], ['check', PODCAST, '-h']]) {
      const { status, stdout, stderr } = runCli(args);
      assert.equal(status, 0, args.join(' '));
      assert.match(stdout, /^Usage: transcript-lens check/, args.join(' '));
      assert.equal(stderr, '');
    }
  });

  it('refuses a --locale it has no messages for, saying which ones it has', () => {
    for (const args of [
      ['check', '--locale', 'fr', PODCAST],
      ['check', '--locale=de-DE', PODCAST],
    ]) {
      const { status, stdout, stderr } = runCli(args);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /--locale must be ja or en .*not "(fr|de-DE)"/);
    }
    assert.equal(runCli(['check', '--locale', 'ja-JP', PODCAST]).status, 1, 'a regional variant of a supported language is fine');
  });

  it('says on stderr that an English or empty file was skipped, and still checks the others', () => {
    const empty = path.join(tempDir('tl-empty-'), 'empty.txt');
    fs.writeFileSync(empty, '');
    const { status, stdout, stderr } = runCli(['check', ENGLISH, empty, PODCAST]);
    assert.equal(status, 1);
    assert.match(stderr, /english-notes\.txt: skipped: it is not Japanese \(\d+% of its letters are Japanese; transcripts are checked from 30%\)/);
    assert.match(stderr, /empty\.txt: skipped: the file is empty/);
    assert.doesNotMatch(stdout, /english-notes|empty\.txt/);
    assert.match(stdout, /garbled-latin-name/);
    assert.match(runCli(['check', ENGLISH]).stderr, /skipped/);
  });

  it('shows a removal as what is removed, and a fix of part of a word as the whole word after the fix', () => {
    const file = path.join(tempDir('tl-text-'), 'ep.txt');
    fs.writeFileSync(file, '今日はオープンオープンソースの話です。詳しくはbreakingpoints tocomをご覧ください。\n');
    const { stdout } = runCli(['check', file]);
    assert.match(stdout, /repeated-word .+ \(remove 「オープン」\)$/m);
    assert.match(stdout, /spoken-domain .+ \(→ breakingpoints\.com\)$/m);
    assert.doesNotMatch(stdout, /\(→ \(remove\)\)|\(→ \.com\)/);
  });
});
