/**
 * Fixes are exact, on the real seed transcripts (TRANSCRIPT_LENS_SEEDS): every offered fix changes only its
 * span and leaves no problem of its kind there; fix-all never overlaps and is a no-op the second time.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { TranscriptDocument } from '../../server/src/core/document';
import { applyEdits, preferredEdits } from '../../server/src/core/fixes';
import { testServices } from '../support/analysis';
import { SEEDS_DIRECTORY, seedsAvailable, warnNoSeeds } from '../support/seeds';

const SEEDS = SEEDS_DIRECTORY;
const available = seedsAvailable();
if (!available) warnNoSeeds('Fix checks on the seeds');
const seeds = available
  ? fs
      .readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : [];

describe('fixes on the real seed transcripts', { skip: available ? false : `no seeds at ${SEEDS}` }, () => {
  for (const seed of seeds) {
    it(`${seed}: each fix changes only its span and removes its problem`, async () => {
      const services = await testServices();
      const text = fs.readFileSync(path.join(SEEDS, seed), 'utf8');
      const { findings } = analyze(new TranscriptDocument(text), services);
      for (const finding of findings) {
        for (const fix of finding.fixes) {
          const edit = fix.edits[0];
          assert.ok(edit && fix.edits.length === 1, `${finding.code}: one edit per fix`);
          assert.deepEqual(edit.range, finding.range, `${finding.code}: the fix replaces exactly the flagged span`);
          const fixed = applyEdits(text, fix.edits);
          assert.equal(fixed.slice(0, edit.range.start), text.slice(0, edit.range.start));
          assert.equal(fixed.slice(edit.range.start + edit.newText.length), text.slice(edit.range.end));
          if (!fix.preferred) continue;
          const after = analyze(new TranscriptDocument(fixed), services).findings;
          const at = { start: edit.range.start, end: edit.range.start + edit.newText.length };
          const left = after.filter((f) => f.code === finding.code && f.range.start < Math.max(at.end, at.start + 1) && at.start < f.range.end);
          assert.deepEqual(
            left.map((f) => f.message),
            [],
            `${finding.code} at ${finding.range.start} is still reported after its fix`,
          );
        }
      }
    });

    it(`${seed}: fix-all never overlaps and changes nothing the second time`, async () => {
      const services = await testServices();
      const text = fs.readFileSync(path.join(SEEDS, seed), 'utf8');
      const confident = (t: string) => analyze(new TranscriptDocument(t), services).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
      const edits = preferredEdits(confident(text));
      edits.forEach((edit, i) => assert.ok(i === 0 || (edits[i - 1]?.range.end ?? 0) <= edit.range.start, 'edits are ordered and disjoint'));
      const once = applyEdits(text, edits);
      assert.equal(applyEdits(once, preferredEdits(confident(once))), once);
    });
  }
});
