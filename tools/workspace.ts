/** The workspace the extension-host suite opens: our fixtures, and the seed transcripts when available. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SEEDS_DIRECTORY } from '../test/support/seeds';
import { tempDir } from '../test/support/tempDir';

const ROOT = path.resolve(__dirname, '..');

export function prepareWorkspace(): string {
  const dir = tempDir('tl-workspace-');
  const fixtures = path.join(ROOT, 'test', 'fixtures');
  for (const folder of [fixtures, path.join(ROOT, 'samples')]) {
    for (const file of fs.readdirSync(folder)) fs.copyFileSync(path.join(folder, file), path.join(dir, file));
  }
  const seeds = SEEDS_DIRECTORY;
  if (fs.existsSync(seeds)) {
    for (const file of fs.readdirSync(seeds).filter((f) => f.endsWith('.txt'))) fs.copyFileSync(path.join(seeds, file), path.join(dir, file));
  } else {
    console.warn(`!!! No seed transcripts at ${seeds}: the seed test of the extension-host suite will be skipped.`);
  }
  return dir;
}
