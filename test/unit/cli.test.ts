import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { checkJson, runCli } from '../support/cli';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
const PODCAST = path.join(FIXTURES, 'podcast-with-errors.txt');
const CLEAN = path.join(FIXTURES, 'clean-article.txt');

describe('the command line', () => {
  it('prints problems like a compiler: path:line:col severity code message (→ fix)', () => {
    const { status, stdout } = runCli(['check', PODCAST]);
    assert.equal(status, 1, 'exit code 1 when an error-severity problem is found');
    assert.match(stdout, new RegExp(`^${PODCAST.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:4 error garbled-latin-name .+ \\(→ DeepSeek\\)$`, 'm'));
  });

  it('reports JSON with exactly the documented shape', () => {
    const { files } = checkJson([PODCAST]);
    const [file] = files;
    assert.deepEqual(Object.keys(file!), ['path', 'diagnostics', 'entities']);
    assert.equal(file!.path, PODCAST);
    const diagnostic = file!.diagnostics.find((d) => d.code === 'garbled-latin-name')!;
    assert.deepEqual(Object.keys(diagnostic), ['range', 'severity', 'code', 'message', 'fixes']);
    assert.deepEqual(diagnostic.range, { start: { line: 4, character: 3 }, end: { line: 4, character: 10 } });
    assert.deepEqual(diagnostic.fixes[0]?.edits, [{ range: diagnostic.range, newText: 'DeepSeek' }]);
    const entity = file!.entities.find((e) => e.id === 'deepseek')!;
    assert.deepEqual(Object.keys(entity), ['range', 'id', 'type', 'label']);
    assert.equal(entity.type, 'company');
    assert.equal(entity.label, 'DeepSeek');
  });

  it('exits 0 when there is no error', () => {
    assert.equal(runCli(['check', CLEAN]).status, 0);
  });

  it('exits 2 with a message on stderr for bad usage', () => {
    for (const args of [[], ['lint', CLEAN], ['check'], ['check', '--format', 'xml', CLEAN]]) {
      const { status, stderr } = runCli(args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /Usage: transcript-lens check/);
    }
  });

  it('reports unreadable files and directories with exit code 2 and still checks the others', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-cli-'));
    const { status, stdout, stderr } = runCli(['check', path.join(dir, 'missing.txt'), dir, PODCAST]);
    assert.equal(status, 2);
    assert.match(stderr, /cannot read .*missing\.txt/);
    assert.match(stderr, /is a directory/);
    assert.match(stdout, /garbled-latin-name/);
  });

  it('applies the rules of a prh dictionary given with --dictionary, and reports its problems', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-dict-'));
    fs.writeFileSync(path.join(dir, 'prh.yml'), 'rules:\n  - expected: ポッドキャスト\n    pattern: ポッドキャスト書き起こし\n  - pattern: 期待値なし\n');
    const { stdout, stderr } = runCli(['check', '--dictionary', path.join(dir, 'prh.yml'), PODCAST]);
    assert.match(stdout, /dictionary-rule 「ポッドキャスト書き起こし」 → 「ポッドキャスト」/);
    assert.match(stderr, /prh\.yml:4:5 dictionary: The rule has no "expected" text/);
  });
});
