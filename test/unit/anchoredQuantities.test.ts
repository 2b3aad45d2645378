/**
 * The figures of a pair the aligner is less sure of (a sentence dropped or added beside it, merged in): the number,
 * currency and unit checks say only the conflicts that tie themselves (the same value in another currency or unit, the
 * same digits at another scale, a year with one digit changed), and nothing in a pair the aligner is unsure of.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Alignment, type AlignedPair } from '../../server/src/core/bilingual/alignment';
import type { Segment } from '../../server/src/core/bilingual/segments';
import type { SourceCheck, SourceCheckContext } from '../../server/src/core/bilingual/checks/check';
import { numberMismatch, slipOf } from '../../server/src/core/bilingual/checks/numberMismatch';
import { currencyMismatch } from '../../server/src/core/bilingual/checks/currencyMismatch';
import { unitMismatch } from '../../server/src/core/bilingual/checks/unitMismatch';
import { quantity, type Quantity, type QuantityKind } from '../../server/src/core/bilingual/quantities';
import { testServices } from '../support/analysis';

function segment(text: string): Segment {
  return { index: 0, range: { start: 0, end: text.length }, text, line: 0, pieces: [{ start: 0, text }] };
}

/** One pair of the given confidence: the source sentence and the translation (with the sentence it gained). */
function onePair(en: string, ja: string, confidence: number): { alignment: Alignment; ja: string } {
  const pair: AlignedPair = { index: 0, source: [segment(en)], target: [segment(ja)], confidence };
  return { alignment: new Alignment('pair.en.txt', en, [pair], 'length'), ja };
}

async function context(): Promise<SourceCheckContext> {
  const { kb, lexicon, rules } = await testServices();
  const currencies = kb.currencies.flatMap((c) => c.names.map((name) => ({ name, code: c.code })));
  return { kb, lexicon, rules, mentions: [], findings: [], currencies };
}

/** The gained sentence every translation below ends with: no figure, no name. */
const GAINED = '社員の多くは大学を出たばかりの若手だという。';

const LESS_SURE = 0.5;
const UNSURE = 0.3;

const FLAGGED: readonly [SourceCheck, string, string, string, string][] = [
  // The same digits at another scale.
  [numberMismatch, 'The startup raised 30 million dollars.', '同社は3億ドルを調達した。', '3億', '3000万'],
  [numberMismatch, 'The model was trained on 15 trillion tokens.', 'このモデルは1.5兆トークンで学習された。', '1.5兆', '15兆'],
  // A year with one digit changed.
  [numberMismatch, 'The company was founded in 2019.', '同社は2018年に設立された。', '2018', '2019'],
  // The same value in another currency, in another unit.
  [currencyMismatch, 'The startup raised 30 million dollars.', '同社は3000万ユーロを調達した。', 'ユーロ', 'ドル'],
  [unitMismatch, 'The data centre draws 40 megawatts.', 'このデータセンターは40キロワットを使う。', 'キロワット', 'メガワット'],
];

const QUIET: readonly [SourceCheck, string, string][] = [
  // Another figure altogether, a year far off: in a merged pair, perhaps the gained sentence's.
  [numberMismatch, 'The startup raised 30 million dollars.', '同社は4億ドルを調達した。'],
  [numberMismatch, 'The company was founded in 2019.', '同社は2021年に設立された。'],
  // Two figures of a kind on one side: which one the other renders is a guess.
  [numberMismatch, 'The startup raised 30 million dollars.', '同社は3億ドルを調達し、2億ドルを投じた。'],
  // The same figure: nothing to say.
  [numberMismatch, 'The startup raised 30 million dollars.', '同社は3000万ドルを調達した。'],
];

describe('figures of a pair the aligner is less sure of', () => {
  for (const [check, en, ja, flagged, fix] of FLAGGED) {
    it(`${check.code}: flags 「${flagged}」 against "${en}"`, async () => {
      const { alignment, ja: text } = onePair(en, ja + GAINED, LESS_SURE);
      const findings = check.check(alignment, await context());
      assert.deepEqual(
        findings.map((f) => [text.slice(f.range.start, f.range.end), f.fixes[0]?.edits[0]?.newText]),
        [[flagged, fix]],
      );
    });
    it(`${check.code}: says nothing of 「${flagged}」 in a pair the aligner is unsure of`, async () => {
      const { alignment } = onePair(en, ja + GAINED, UNSURE);
      assert.deepEqual(check.check(alignment, await context()), []);
    });
  }
  for (const [check, en, ja] of QUIET) {
    it(`${check.code}: leaves 「${ja}」 alone against "${en}"`, async () => {
      const { alignment } = onePair(en, ja + GAINED, LESS_SURE);
      assert.deepEqual(check.check(alignment, await context()), []);
    });
  }
});

describe('slipOf', () => {
  const q = (value: number, kind: QuantityKind = 'count'): Quantity =>
    quantity({ value, kind, range: { start: 0, end: 1 }, numberRange: { start: 0, end: 1 } });
  const ROWS: readonly [Quantity, Quantity, boolean][] = [
    [q(30e6), q(3e8), true],
    [q(15e12), q(1.5e12), true],
    [q(2048), q(20480), true],
    [q(2023, 'year'), q(2024, 'year'), true],
    [q(2019, 'year'), q(2009, 'year'), true],
    [q(30e6), q(4e8), false],
    [q(2019, 'year'), q(2015, 'year'), true],
    [q(2019, 'year'), q(2021, 'year'), false],
    [q(9), q(19), false],
    [q(30e6), q(30e6), false],
    [q(3, 'vague'), q(4, 'vague'), false],
  ];
  for (const [source, target, slip] of ROWS) {
    it(`${source.value} ↔ ${target.value}: ${slip ? 'a slip' : 'no slip'}`, () => assert.equal(slipOf(source, target), slip));
  }
});
