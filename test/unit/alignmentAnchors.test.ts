/** What the aligner trusts on both sides: speakers' turns (when both texts label them), and numbers but the number one. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AlignmentUnit } from '../../server/src/core/bilingual/align';
import { turnsOnBothSides } from '../../server/src/core/bilingual/alignment';
import { englishAnchors, japaneseAnchors, TURN } from '../../server/src/core/bilingual/anchors';
import { japaneseCurrencyNames } from '../../server/src/core/bilingual/quantities';
import { segmentText } from '../../server/src/core/bilingual/segments';
import { testServices } from '../support/analysis';

async function anchorsOf(text: string, language: 'en' | 'ja'): Promise<string[]> {
  const services = await testServices();
  const [segment] = segmentText(text, language);
  assert.ok(segment);
  const anchors =
    language === 'en'
      ? englishAnchors(segment, services.kb, services.lexicon)
      : japaneseAnchors(segment, japaneseCurrencyNames(services.kb.currencies), () => []);
  return [...anchors].sort();
}

describe('speakers’ turns', () => {
  const turns: [string, 'en' | 'ja', boolean][] = [
    ['MINA: What has that meant for their financials?', 'en', true],
    ['Host: Is drug discovery really going to change?', 'en', true],
    ['Jim Keller: Nothing lasts forever.', 'en', true],
    ['ミナ：それは同社の業績にどのような影響を与えたのでしょうか。', 'ja', true],
    ['司会：成功例もあるのでしょうか。', 'ja', true],
    // No label: a time, a sentence with a colon inside it.
    ['The meeting starts at 10:30 tomorrow.', 'en', false],
    ['It has two goals: speed and cost.', 'en', false],
    ['会議は明日10:30に始まる。', 'ja', false],
    ['同社によると、目標は二つある：速さとコストだ。', 'ja', false],
  ];
  for (const [text, language, turn] of turns) {
    it(`${turn ? 'a turn' : 'no turn'}: ${text}`, async () => assert.equal((await anchorsOf(text, language)).includes(TURN), turn));
  }
  const unit = (turn: boolean): AlignmentUnit => ({ length: 10, anchors: new Set(turn ? [TURN, 'n:5'] : ['n:5']) });
  it('keeps the turns when both texts label them', () => {
    const [source, target] = turnsOnBothSides([unit(true), unit(false)], [unit(true)]);
    assert.deepEqual(
      [...source, ...target].map((u) => u.anchors.has(TURN)),
      [true, false, true],
    );
  });
  it('drops the turns of a text whose other labels none', () => {
    const [source, target] = turnsOnBothSides([unit(true), unit(false)], [unit(false)]);
    assert.deepEqual(
      [...source, ...target].map((u) => [...u.anchors]),
      [['n:5'], ['n:5'], ['n:5']],
    );
  });
});

describe('the number one', () => {
  it('is no anchor (English writes it as a word the readers skip)', async () => {
    assert.deepEqual(await anchorsOf('中規模の都市1つ分に相当する電力を消費する。', 'ja'), []);
  });
  it('other numbers are', async () => {
    assert.deepEqual(await anchorsOf('2つの工場を建てる。', 'ja'), ['d:2', 'n:2']);
  });
});
