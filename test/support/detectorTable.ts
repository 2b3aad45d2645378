/**
 * A detector's table test, as textlint's rule tester reads: sentences it must flag (with the flagged text, the
 * fix and the severity) and sentences it must leave alone. Call it inside a `describe`. A case with a `source`
 * is a translation checked against that English original; its expectations also name the source text each
 * finding points to.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { check } from './analysis';
import { checkPair } from './pairs';

export type Expected = readonly (readonly [flagged: string, fix: string | undefined, severity: string, source?: string])[];

export interface FlaggedCase {
  readonly name: string;
  readonly text: string;
  /** The English original, for a check against a source. */
  readonly source?: string;
  readonly expected: Expected;
}

export interface QuietCase {
  readonly name: string;
  readonly text: string;
  readonly source?: string;
}

async function found(code: string, text: string, source: string | undefined): Promise<Expected> {
  if (source === undefined) return (await check(text)).found(code).map((f) => [f.flagged, f.fix, f.severity] as const);
  return (await checkPair(text, source)).found(code).map((f) => [f.flagged, f.fix, f.finding.severity, f.sourceText ?? ''] as const);
}

export function detectorTable(code: string, flagged: readonly FlaggedCase[], quiet: readonly QuietCase[]): void {
  for (const { name, text, source, expected } of flagged) {
    it(name, async () => {
      const actual = await found(code, text, source);
      // An expectation of three (an added sentence points to no source text) is compared without the source.
      assert.deepEqual(
        actual.map((row, i) => (expected[i]?.length === 3 ? row.slice(0, 3) : row)),
        expected,
      );
    });
  }
  for (const { name, text, source } of quiet) {
    it(`stays quiet: ${name}`, async () => {
      assert.deepEqual(await found(code, text, source), []);
    });
  }
}
