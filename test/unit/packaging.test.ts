import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../support/cli';

const ROOT = path.resolve(__dirname, '..', '..');

describe('the extension package', () => {
  const listing = spawnSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'ls'], { cwd: ROOT, encoding: 'utf8' });
  const files = new Set(listing.stdout.split('\n').filter((line) => line !== ''));

  it('lists its files (vsce ls)', () => {
    assert.equal(listing.status, 0, listing.stderr);
  });

  it('ships the bundled client, server and CLI with the data they read: knowledge, translations, the kuromoji dictionary (compact, built from kuromoji’s, whose version it names)', () => {
    for (const file of [
      'package.json',
      'package.nls.json',
      'package.nls.ja.json',
      'images/icon.png',
      'images/entities.svg',
      'dist/extension.js',
      'dist/server.js',
      'dist/cli.js',
      'dist/recheck.js',
      'dist/ipadic.bin',
      'dist/data.json',
      'dist/derived.bin',
      'dist/english-words.txt',
      'l10n/bundle.l10n.ja.json',
      'server/data/knowledge/companies.yaml',
      'server/data/schema/knowledge.schema.json',
      'server/data/schema/workspace-knowledge.schema.json',
      'server/data/currencies.yaml',
      'syntaxes/transcript.tmLanguage.json',
      'node_modules/kuromoji/package.json',
      'node_modules/an-array-of-english-words/index.json',
    ]) {
      assert.ok(files.has(file), `${file} is not packaged`);
    }
  });

  it('leaves out the unbundled code, the dependencies’ code, tests, sources, maps and development tools', () => {
    const unwanted = [...files].filter(
      (f) =>
        (/^(test|samples|tools|docs|scripts|\.cache|\.ci|client\/out|server\/out)\/|\.ts$|\.map$/.test(f) && !/^docs\/images\/[^/]+\.png$/.test(f)) ||
        (f.startsWith('node_modules/') && !/^node_modules\/(kuromoji\/package\.json|an-array-of-english-words\/(package\.json|index\.json))/.test(f)),
    );
    assert.deepEqual(unwanted, []);
  });
});

describe('the ReDoS analyser in the bundles', () => {
  it('is a bundle of its own beside the server and the CLI, which require it from there only when a pattern needs it', () => {
    for (const bundle of ['server.js', 'cli.js']) {
      const code = fs.readFileSync(path.join(ROOT, 'dist', bundle), 'utf8');
      assert.match(code, /require\("\.\/recheck\.js"\)/, `${bundle} does not require ./recheck.js`);
      assert.ok(code.length < 2_500_000, `${bundle} is ${code.length} characters: is recheck bundled into it again?`);
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the shipped bundle, as the server loads it
    const recheck = require(path.join(ROOT, 'dist', 'recheck.js')) as { checkSync(source: string, flags: string): { status: string } };
    assert.equal(recheck.checkSync('^(a+)+$', '').status, 'vulnerable');
    assert.equal(recheck.checkSync('^Google\\s+Cloud$', 'i').status, 'safe');
  });
});

describe('the packaged README', () => {
  it('links only images the package contains (no public repository to fetch them from)', () => {
    const listing = spawnSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'ls'], { cwd: ROOT, encoding: 'utf8' });
    const files = new Set(listing.stdout.split('\n').filter((line) => line !== ''));
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)|<img[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? '');
    assert.ok(images.length > 0, 'the README shows screenshots');
    for (const image of images) {
      assert.doesNotMatch(image, /^[a-z]+:/, `${image}: an absolute URL`);
      assert.ok(files.has(image), `${image} is linked from the README but not packaged`);
    }
  });
});

describe('the bundled CLI', () => {
  it('reports exactly what the compiled CLI reports', () => {
    const fixture = path.join(ROOT, 'test', 'fixtures', 'podcast-with-errors.txt');
    const bundled = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', '--locale', 'en', fixture], {
      encoding: 'utf8',
    });
    assert.equal(bundled.status, 1, bundled.stderr);
    assert.equal(bundled.stdout, runCli(['check', '--format', 'json', fixture]).stdout);
  });
});
