/**
 * The numbers behind using our own prh loader rather than the prh library (README, "prh dictionaries"):
 * time to load WEB+DB_PRESS.yml, time to match it over about 1 MB of Japanese text, and bundle size.
 *
 *   node --import tsx tools/prhBench.ts TEXT…   (the texts are repeated up to 1 MB)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import * as prh from 'prh';
import { loadPrhFile } from '../server/src/core/dictionary/prh';
import { ourChanges, prhChanges } from './prhCompat';

const DICTIONARY = path.join(path.dirname(require.resolve('prh/package.json')), 'prh-rules', 'media', 'WEB+DB_PRESS.yml');

async function bundleBytes(entry: string): Promise<number> {
  const result = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent' });
  return result.outputFiles.reduce((sum, file) => sum + file.contents.length, 0);
}

async function main(): Promise<void> {
  const sources = process.argv.slice(2).map((file) => fs.readFileSync(file, 'utf8'));
  let text = '';
  while (text.length < 1_000_000 && sources.length > 0) for (const source of sources) text += `${source}\n\n`;
  const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
  let start = process.hrtime.bigint();
  const engine = prh.fromYAMLFilePath(DICTIONARY);
  const prhLoad = ms(start);
  start = process.hrtime.bigint();
  const ours = await loadPrhFile(DICTIONARY);
  const ourLoad = ms(start);
  start = process.hrtime.bigint();
  const theirs = prhChanges(engine, 'bench.txt', text).length;
  const prhMatch = ms(start);
  start = process.hrtime.bigint();
  const mine = ourChanges(ours.rules, text).length;
  const ourMatch = ms(start);
  console.log(`text: ${(text.length / 1e6).toFixed(2)} M characters; WEB+DB_PRESS.yml: prh ${engine.rules.length} rules, ours ${ours.rules.length}`);
  console.log(`load:  prh ${prhLoad.toFixed(0)} ms, ours ${ourLoad.toFixed(0)} ms (ReDoS analysis of the patterns the linear engine does not take included)`);
  console.log(`match: prh ${prhMatch.toFixed(0)} ms (${theirs} changes), ours ${ourMatch.toFixed(0)} ms chunk by chunk (${mine} changes)`);
  const root = path.join(__dirname, '..');
  console.log(
    `bundle (esbuild, minified): prh ${(await bundleBytes(require.resolve('prh'))) / 1000} kB; our loader ${(await bundleBytes(path.join(root, 'server', 'src', 'core', 'dictionary', 'prh.ts'))) / 1000} kB (recheck's pure-JavaScript build included)`,
  );
}

void main();
