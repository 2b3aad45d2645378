/** The workspace the extension-host suite opens: our fixtures, and the seed transcripts when available. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SEEDS_DIRECTORY } from '../test/support/seeds';

const ROOT = path.resolve(__dirname, '..');

export function prepareWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-workspace-'));
  const fixtures = path.join(ROOT, 'test', 'fixtures');
  for (const folder of [fixtures, path.join(ROOT, 'samples')]) {
    for (const file of fs.readdirSync(folder)) fs.copyFileSync(path.join(folder, file), path.join(dir, file));
  }
  // Documents the suite edits get their own copies, so tests do not disturb each other.
  for (const copy of ['quick-fix.txt', 'quick-fix-2.txt', 'fix-all.txt', 'accept.txt', 'ignore.txt']) fs.copyFileSync(path.join(fixtures, 'podcast-with-errors.txt'), path.join(dir, copy));
  const seeds = SEEDS_DIRECTORY;
  if (fs.existsSync(seeds)) {
    for (const file of fs.readdirSync(seeds).filter((f) => f.endsWith('.txt'))) fs.copyFileSync(path.join(seeds, file), path.join(dir, file));
  } else {
    console.warn(`!!! No seed transcripts at ${seeds}: the seed test of the extension-host suite will be skipped.`);
  }
  return dir;
}
