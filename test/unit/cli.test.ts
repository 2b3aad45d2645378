import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { checkJson, runCli } from '../support/cli';
import { tempDir } from '../support/tempDir';

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
    const dir = tempDir('tl-cli-');
    const { status, stdout, stderr } = runCli(['check', path.join(dir, 'missing.txt'), dir, PODCAST]);
    assert.equal(status, 2);
    assert.match(stderr, /cannot read .*missing\.txt/);
    assert.match(stderr, /is a directory/);
    assert.match(stdout, /garbled-latin-name/);
  });

  it('applies the rules of a prh dictionary given with --dictionary, and reports its problems', () => {
    const dir = tempDir('tl-dict-');
    fs.writeFileSync(path.join(dir, 'prh.yml'), 'rules:\n  - expected: ポッドキャスト\n    pattern: ポッドキャスト書き起こし\n  - pattern: 期待値なし\n');
    const { stdout, stderr } = runCli(['check', '--dictionary', path.join(dir, 'prh.yml'), PODCAST]);
    assert.match(stdout, /dictionary-rule 「ポッドキャスト書き起こし」 → 「ポッドキャスト」/);
    assert.match(stderr, /prh\.yml:4:5 dictionary: The rule has no "expected" text/);
  });

  it('uses the entities and ignored words of a knowledge file given with --knowledge, and reports its problems', () => {
    const dir = tempDir('tl-knowledge-');
    const copy = path.join(dir, 'ep1.txt');
    fs.copyFileSync(PODCAST, copy);
    const codesOf = (args: string[]): string[] => (checkJson([...args, copy]).files[0]?.diagnostics ?? []).map((d) => d.code);
    assert.ok(codesOf([]).includes('garbled-latin-name'));
    fs.writeFileSync(path.join(dir, 'transcript-lens.yaml'), 'ignoredInDocuments:\n  ep1.txt: [Deepsek]\n');
    assert.ok(!codesOf(['--knowledge', path.join(dir, 'transcript-lens.yaml')]).includes('garbled-latin-name'));
    fs.writeFileSync(path.join(dir, 'bad.yaml'), 'ignoredWords: oops\n');
    const { stderr } = runCli(['check', '--knowledge', path.join(dir, 'bad.yaml'), copy]);
    assert.match(stderr, /bad\.yaml:1:15 knowledge: ignoredWords must be array\./);
  });

  it('writes its messages in Japanese with --locale ja, or when LANG asks for Japanese', () => {
    const japanese = /^.+:5:4 error garbled-latin-name 「Deepsek」は「DeepSeek」（ディープシーク）の誤認識のようです \(→ DeepSeek\)$/m;
    assert.match(runCli(['check', '--locale', 'ja', PODCAST]).stdout, japanese);
    assert.match(runCli(['check', PODCAST], undefined, { LANG: 'ja_JP.UTF-8' }).stdout, japanese);
    assert.match(runCli(['check', '--locale', 'en', PODCAST], undefined, { LANG: 'ja_JP.UTF-8' }).stdout, /looks like a garbled 「DeepSeek」/);
    const usage = runCli(['check', '--locale=ja']);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /ファイルが指定されていません。[\s\S]*使い方: transcript-lens check/);
  });

  it('checks the transcripts in a directory with --recursive, and files matching a glob', () => {
    const dir = tempDir('tl-tree-');
    fs.mkdirSync(path.join(dir, 'season1'));
    fs.copyFileSync(PODCAST, path.join(dir, 'season1', 'ep1.txt'));
    fs.copyFileSync(CLEAN, path.join(dir, 'ep2.txt'));
    fs.writeFileSync(path.join(dir, 'notes.json'), '{}');
    const recursive = checkJson(['--recursive', dir]).files.map((f) => path.relative(dir, f.path));
    assert.deepEqual(recursive.sort(), ['ep2.txt', path.join('season1', 'ep1.txt')]);
    const globbed = runCli(['check', '--format', 'json', `${dir}/**/ep1.txt`]);
    assert.deepEqual(
      (JSON.parse(globbed.stdout) as { files: { path: string }[] }).files.map((f) => path.basename(f.path)),
      ['ep1.txt'],
    );
  });

  it('writes SARIF 2.1.0 with rules, locations and fixes', () => {
    const { stdout } = runCli(['check', '--format', 'sarif', PODCAST]);
    const sarif = JSON.parse(stdout) as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string }[] } };
        results: {
          ruleId: string;
          level: string;
          locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[];
          fixes: unknown[];
        }[];
      }[];
    };
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0]!;
    assert.ok(run.tool.driver.rules.some((r) => r.id === 'garbled-latin-name'));
    const result = run.results.find((r) => r.ruleId === 'garbled-latin-name')!;
    assert.equal(result.level, 'error');
    assert.deepEqual(result.locations[0]!.physicalLocation.region.startLine, 5);
    assert.equal(result.locations[0]!.physicalLocation.region.startColumn, 4);
    assert.equal(result.fixes.length, 1);
  });

  it('writes the fixed text next to the file with --fix, or over it with --in-place', () => {
    const dir = tempDir('tl-fix-');
    const file = path.join(dir, 'ep.txt');
    fs.copyFileSync(PODCAST, file);
    runCli(['check', '--fix', file]);
    const fixed = fs.readFileSync(path.join(dir, 'ep.fixed.txt'), 'utf8');
    assert.match(fixed, /DeepSeekが先月公開/);
    assert.equal(fs.readFileSync(file, 'utf8'), fs.readFileSync(PODCAST, 'utf8'), 'the original is untouched');
    runCli(['check', '--fix', '--in-place', file]);
    assert.equal(fs.readFileSync(file, 'utf8'), fixed);
    const again = checkJson([file]).files[0]!;
    assert.deepEqual(
      again.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning'),
      [],
    );
  });
});
