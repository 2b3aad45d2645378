/** Where the extension’s files are, whether the code runs compiled by tsc (server/out) or bundled (dist). */
import * as fs from 'node:fs';
import * as path from 'node:path';

let root: string | undefined;

/** The folder holding package.json, server/data and l10n: the nearest ancestor of this module that has server/data. */
export function packageRoot(): string {
  if (root === undefined) {
    let dir = __dirname;
    while (!fs.existsSync(path.join(dir, 'server', 'data', 'schema'))) {
      const parent = path.dirname(dir);
      if (parent === dir) throw new Error(`Transcript Lens cannot find its data files (server/data) above ${__dirname}; reinstall the extension.`);
      dir = parent;
    }
    root = dir;
  }
  return root;
}
