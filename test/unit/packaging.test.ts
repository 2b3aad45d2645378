import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..');

describe('the extension package', () => {
  const listing = spawnSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'ls'], { cwd: ROOT, encoding: 'utf8' });
  const files = new Set(listing.stdout.split('\n').filter((line) => line !== ''));

  it('lists its files (vsce ls)', () => {
    assert.equal(listing.status, 0, listing.stderr);
  });

  it('ships everything the server needs at run time, the kuromoji dictionary included', () => {
    for (const file of [
      'package.json',
      'client/out/extension.js',
      'server/out/server.js',
      'server/out/cli.js',
      'server/data/knowledge/companies.yaml',
      'server/data/schema/knowledge.schema.json',
      'server/data/currencies.yaml',
      'syntaxes/transcript.tmLanguage.json',
      'node_modules/kuromoji/dict/base.dat.gz',
      'node_modules/vscode-languageserver/package.json',
      'node_modules/vscode-languageclient/package.json',
      'node_modules/an-array-of-english-words/index.json',
    ]) {
      assert.ok(files.has(file), `${file} is not packaged`);
    }
  });

  it('leaves tests, sources, samples, caches and development tools out', () => {
    const ours = [...files].filter((f) => !f.startsWith('node_modules/'));
    const unwanted = [
      ...ours.filter((f) => /^(test|samples|tools|docs|scripts|\.cache|\.ci)\/|\.ts$|\.map$/.test(f)),
      ...[...files].filter((f) => /^node_modules\/(typescript|mocha|playwright-core|@vscode\/vsce|@types)\//.test(f)),
    ];
    assert.deepEqual(unwanted, []);
  });
});
