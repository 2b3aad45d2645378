/**
 * A detector's table test, as textlint's rule tester reads: sentences it must flag (with the flagged text, the
 * fix and the severity) and sentences it must leave alone. Call it inside a `describe`.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { check } from './analysis';

export type Expected = readonly (readonly [flagged: string, fix: string | undefined, severity: string])[];

export interface FlaggedCase {
  readonly name: string;
  readonly text: string;
  readonly expected: Expected;
}

export interface QuietCase {
  readonly name: string;
  readonly text: string;
}

export function detectorTable(code: string, flagged: readonly FlaggedCase[], quiet: readonly QuietCase[]): void {
  for (const { name, text, expected } of flagged) {
    it(name, async () => {
      const result = await check(text);
      assert.deepEqual(
        result.found(code).map((f) => [f.flagged, f.fix, f.severity]),
        expected,
      );
    });
  }
  for (const { name, text } of quiet) {
    it(`stays quiet: ${name}`, async () => {
      assert.deepEqual((await check(text)).found(code), []);
    });
  }
}
