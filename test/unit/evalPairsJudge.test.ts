import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadBuiltInKnowledgeBase } from '../../server/src/core/knowledge/knowledgeBase';
import { equallyRight } from '../../tools/evalPairs';

describe("the pairs eval's judgement of a fix", () => {
  const kb = loadBuiltInKnowledgeBase();
  const cases: [written: string, fix: string, right: boolean][] = [
    ['1万8,000基', '1万8000基', true],
    ['1000億円', '1,000億円', true],
    ['Google DeepMind', 'グーグル・ディープマインド', true],
    ['ユニツリー', 'ユニツリー（Unitree）', true],
    ['Unitree', 'ユニツリー（Unitree）', true],
    ['フォレスト・ノロッド', 'フォレスト・ノーロッド', true],
    ['ヘンナ・ヴィルクネン', 'ヘンナ・ヴィルックネン', true],
    ['日本のルネサスエレクトロニクス', '日本のルネサス エレクトロニクス', true],
    // Another value, another entity, a short name or a spelling the knowledge base lacks is not the same fix.
    ['1万800基', '1万8000基', false],
    ['18,00基', '1800基', false],
    ['グーグル', 'グーグル・ディープマインド', false],
    ['ディープマインド', 'グーグル・ディープマインド', true],
    ['OpenAI', 'グーグル・ディープマインド', false],
    ['ユニツリ', 'ユニツリー（Unitree）', false],
    // Only the knowledge base's spelling differs so and is right: not a rendering by rule, nor another letter.
    ['ルガノ', 'ルガーノ', false],
    ['ブラニン・マクビー', 'ブランニン・マクビー', false],
    ['日本のルネサスエレクトロニクス', '日本の ルネサスエレクトロニクス', false],
  ];
  for (const [written, fix, right] of cases) {
    it(`${right ? 'takes' : 'refuses'} 「${written}」 for 「${fix}」`, () => assert.equal(equallyRight(written, fix, kb), right));
  }
});
