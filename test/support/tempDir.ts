/** Scratch folders for tests and test drivers, removed when the process exits (tests must not litter /tmp). */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const made: string[] = [];

/** A new empty folder under the system's temporary folder, named PREFIX…, deleted at process exit. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (made.length === 0) process.on('exit', removeAll);
  made.push(dir);
  return dir;
}

function removeAll(): void {
  for (const dir of made.splice(0)) {
    try {
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch (error) {
      // A child process still writing there (code-server shutting down): say so rather than fail the run.
      console.warn(`Could not remove ${dir}: ${(error as Error).message}`);
    }
  }
}
