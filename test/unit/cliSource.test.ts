/** The command line with an English source: --source, pairs found by name, and the source span in every format. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../support/cli';
import { tempDir } from '../support/tempDir';

const EN = 'DeepSeek trained its model for about $5.5 million.\nThe figure covers only the final run.\n';
const JA = 'ディープシークは約550万ルピーでモデルを訓練した。\nこの数字は最後の訓練だけのものだ。\n';

function pairIn(dir: string, target: string, source: string): { target: string; source: string } {
  fs.writeFileSync(path.join(dir, target), JA);
  fs.writeFileSync(path.join(dir, source), EN);
  return { target: path.join(dir, target), source: path.join(dir, source) };
}

describe('the command line with a source', () => {
  it('checks against --source and prints the source span in text', () => {
    const dir = tempDir('tl-source-');
    const { target, source } = pairIn(dir, 'talk.txt', 'original-english.txt');
    const { status, stdout } = runCli(['check', '--source', source, target]);
    assert.equal(status, 1);
    assert.match(
      stdout,
      new RegExp(`:1:14 error currency-mismatch .+ \\(→ ドル\\) \\[source ${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:38-1:50\\]$`, 'm'),
    );
  });

  it('finds NAME.en.txt beside NAME.txt, says so, and carries the source span in JSON', () => {
    const dir = tempDir('tl-source-');
    const { target, source } = pairIn(dir, 'talk.txt', 'talk.en.txt');
    const { stdout, stderr } = runCli(['check', '--format', 'json', target]);
    assert.match(stderr, /checked against its source/);
    const file = (JSON.parse(stdout) as { files: { source: string; diagnostics: { code: string; source?: unknown }[] }[] }).files[0]!;
    assert.equal(file.source, source);
    const diagnostic = file.diagnostics.find((d) => d.code === 'currency-mismatch')!;
    assert.deepEqual(diagnostic.source, { path: source, range: { start: { line: 0, character: 37 }, end: { line: 0, character: 49 } }, text: '$5.5 million' });
  });

  it('gives SARIF a related location in the source', () => {
    const dir = tempDir('tl-source-');
    const { target, source } = pairIn(dir, 'talk.ja.txt', 'talk.en.txt');
    const sarif = JSON.parse(runCli(['check', '--format', 'sarif', target]).stdout) as {
      runs: {
        results: { ruleId: string; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[];
      }[];
    };
    const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'currency-mismatch')!;
    assert.deepEqual(result.relatedLocations?.[0]?.physicalLocation, {
      artifactLocation: { uri: source },
      region: { startLine: 1, startColumn: 38, endLine: 1, endColumn: 50 },
    });
  });

  it('without a source reports no source checks, and refuses --source with several files', () => {
    const dir = tempDir('tl-source-');
    fs.writeFileSync(path.join(dir, 'alone.txt'), JA);
    const { stdout } = runCli(['check', '--format', 'json', path.join(dir, 'alone.txt')]);
    assert.doesNotMatch(stdout, /currency-mismatch|"source"/);
    const refused = runCli(['check', '--source', 'x.en.txt', 'a.txt', 'b.txt']);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /--source/);
  });
});
