import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

const CODE = 'wrong-prize';

describe('a prize given to the wrong field or year for a known person', () => {
  const flagged: [string, string, string | undefined, string][] = [
    ['デミス・ハサビスとデビッド・ベイカーがノーベル物理学賞を受賞しました。', '物理学', '化学', 'warning'],
    ['デミス・ハサビスとジョン・ジャンパーが\n物理学賞を取ったとき、チームは喜びました。', '物理学', '化学', 'warning'],
    ['ジェフリー・ヒントンはノーベル化学賞を受賞した。', '化学', '物理学', 'warning'],
    ['デミス・ハサビスのノーベル物理学賞は記憶に新しい。', '物理学', '化学', 'information'],
    ['ヤン・ルカンがノーベル賞を取る前から、パリには拠点があった。', 'ノーベル賞', 'チューリング賞', 'information'],
    ['デミス・ハサビスは2014年のノーベル化学賞を受賞した。', '2014', '2024', 'warning'],
    ['AlphaFoldを率いたデミス・ハサビスの話です。なお、2014年のノーベル化学賞は、AIの研究が対象となった最初の例だ。', '2014', '2024', 'information'],
  ];
  for (const [text, word, fix, severity] of flagged)
    it(`flags 「${word}」 in 「${text.replace(/\n/g, '⏎')}」`, async () => {
      const found = (await check(text)).found(CODE);
      assert.deepEqual(
        found.map((f) => [f.flagged, f.fix, f.severity]),
        [[word, fix, severity]],
      );
    });

  const left: [string, string][] = [
    ['the right field', 'デミス・ハサビスはノーベル化学賞を受賞した。'],
    ['a field one of the people received', 'ジェフリー・ヒントンとデミス・ハサビスがノーベル物理学賞と化学賞をそれぞれ受賞した。'],
    ['a person the knowledge base gives no prize', 'サム・アルトマンがノーベル物理学賞を受賞した。'],
    ['a prize with no person', '今年のノーベル物理学賞は量子の研究に贈られた。'],
    ['a Nobel Prize for someone who received both', 'ジェフリー・ヒントンがノーベル賞を受賞した。'],
    ['a Nobel Prize not said to be won', 'ヤン・ルカンはノーベル賞級の業績だと言われる。'],
    ['the right year', 'デミス・ハサビスは2024年のノーベル化学賞を受賞した。'],
    ['a year more than one digit off', 'デミス・ハサビスは1998年のノーベル化学賞の話をした。'],
    ['a prize denied for the right one', 'デミス・ハサビスはノーベル物理学賞ではなく化学賞を受賞した。'],
    ['another prize of the day beside the right one', 'デミス・ハサビス氏は、ノーベル物理学賞の発表の翌日に化学賞を受賞した。'],
    ['a prize not received', 'ヤン・ルカンはノーベル賞を取っていない。'],
    ['a year of another prize in a document naming a laureate', 'デミス・ハサビスの話です。2019年のノーベル化学賞はリチウムイオン電池でした。'],
    [
      'a year one digit off of a prize for another field, in a document naming a laureate',
      'デミス・ハサビスの話です。2020年のノーベル化学賞はゲノム編集でした。',
    ],
  ];
  for (const [what, text] of left)
    it(`leaves ${what} alone`, async () => {
      assert.deepEqual((await check(text)).found(CODE), []);
    });
});
