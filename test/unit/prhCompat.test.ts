/**
 * Our prh dictionaries against the prh library itself, on the published dictionaries that ship in the prh
 * package (WEB+DB_PRESS.yml among them) and on our texts, the seeds and the real texts: every rule prh
 * loads loads here, and every change prh makes is made here too, but for the one documented difference
 * (a match that takes in the line break at the end of a sentence line, which our chunks do not reach).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { compare, type Comparison, type Difference } from '../../tools/prhCompat';
import { REAL_TEXT_DIRECTORY } from '../support/realText';
import { SEEDS_DIRECTORY, seedsAvailable, warnNoSeeds } from '../support/seeds';

const PRH_RULES = path.join(path.dirname(require.resolve('prh/package.json')), 'prh-rules');
const ROOT = path.join(__dirname, '..', '..');

function textsIn(directory: string, extension = '.txt'): { name: string; text: string }[] {
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory)
    .filter((name) => name.endsWith(extension))
    .map((name) => ({ name: path.join(directory, name), text: fs.readFileSync(path.join(directory, name), 'utf8') }));
}

const texts = [
  ...textsIn(path.join(ROOT, 'eval', 'corpus', 'dev')),
  ...textsIn(path.join(ROOT, 'samples')),
  ...textsIn(SEEDS_DIRECTORY),
  ...textsIn(REAL_TEXT_DIRECTORY),
];

/**
 * The differences not explained by the documented one: prh's matches that take in a line break (our
 * chunks end before it) are set aside, with our matches of the same place.
 */
function unexplained(comparison: Comparison): Difference[] {
  const byText = new Map(texts.map((t) => [t.name, t.text]));
  const lineBreakMatches = comparison.differences.filter((d) => d.prh && (byText.get(d.text) ?? '').slice(d.prh.start, d.prh.end).includes('\n'));
  const overlapsOne = (d: Difference): boolean =>
    d.ours !== undefined && lineBreakMatches.some((m) => m.text === d.text && m.prh !== undefined && d.ours!.start < m.prh.end && m.prh.start < d.ours!.end);
  return comparison.differences.filter((d) => !lineBreakMatches.includes(d) && !overlapsOne(d));
}

describe('prh compatibility, measured against the prh library', { timeout: 600_000 }, () => {
  if (!seedsAvailable()) warnNoSeeds('prh comparison on the seeds');

  it('loads every rule of WEB+DB_PRESS.yml, refusing none, and changes what prh changes', async () => {
    const result = await compare(path.join(PRH_RULES, 'media', 'WEB+DB_PRESS.yml'), texts);
    assert.deepEqual(result.ourProblems, []);
    assert.equal(result.ourRules, result.prhRules);
    assert.ok(result.ourRules > 1_200, `${result.ourRules} rules`);
    assert.ok(result.same > 0, `${result.same} changes compared`);
    assert.deepEqual(unexplained(result), []);
  });

  for (const dictionary of [
    'media/techbooster.yml',
    'languages/ja/typo.yml',
    'terms/javascript.yml',
    'terms/software.yml',
    'terms/trademark.yml',
    'terms/review.yml',
  ]) {
    it(`loads and applies ${dictionary} as prh does`, async () => {
      const result = await compare(path.join(PRH_RULES, dictionary), texts);
      assert.deepEqual(result.ourProblems, []);
      assert.equal(result.ourRules, result.prhRules);
      assert.deepEqual(unexplained(result), []);
    });
  }

  it('sets aside only differences of the documented kind (the check can fail)', () => {
    const name = texts[0]?.name ?? '';
    const fake: Comparison = {
      dictionary: 'x',
      prhRules: 1,
      ourRules: 1,
      ourProblems: [],
      engines: {},
      same: 0,
      differences: [{ text: name, prh: { start: 0, end: 1, replacement: 'x' } }],
    };
    assert.equal(unexplained(fake).length, (texts[0]?.text ?? '').slice(0, 1).includes('\n') ? 0 : 1);
  });
});
