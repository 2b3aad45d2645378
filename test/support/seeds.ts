/**
 * Where the real seed transcripts are: $TRANSCRIPT_LENS_SEEDS, else ../shared/seeds beside the project
 * (where CI has them). They are third-party text and never part of this repository.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SEEDS_DIRECTORY = path.resolve(process.env.TRANSCRIPT_LENS_SEEDS ?? path.join(__dirname, '..', '..', '..', 'shared', 'seeds'));

export const seedsAvailable = (): boolean => fs.existsSync(SEEDS_DIRECTORY);

/** Says loudly that something could not run for want of the seeds. */
export function warnNoSeeds(what: string): void {
  process.stderr.write(`\n!!! ${what} SKIPPED: no transcripts at ${SEEDS_DIRECTORY}. Set TRANSCRIPT_LENS_SEEDS to the seeds directory (CI does).\n\n`);
}
