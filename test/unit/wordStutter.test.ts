import { describe } from 'node:test';
import { detectorTable, type FlaggedCase, type QuietCase } from '../support/detectorTable';

const CODE = 'repeated-word';

// Sentences written by us: a word with kanji said twice as a speaker restarts, and the doubled words Japanese means.
const FOUND: readonly FlaggedCase[] = [
  { name: 'a kanji noun written twice', text: 'これは業界でも最大規模規模の投資になります。', expected: [['規模', '', 'warning']] },
  { name: 'a kanji noun written twice before a particle', text: '各国は安全安全よりも成長を優先しはじめた。', expected: [['安全', '', 'warning']] },
  { name: 'a verb written twice before its noun', text: '学習に掛かる掛かる費用が桁違いです。', expected: [['掛かる', '', 'warning']] },
  { name: 'a noun and its particle written twice', text: 'まずは自分の自分のデータで試してください。', expected: [['自分の', '', 'information']] },
  {
    name: 'a katakana word doubled at the end of a longer one',
    text: '彼は以前、検索エンジンのロボティクスチームチームにいました。',
    expected: [['チーム', '', 'warning']],
  },
];

const QUIET: readonly QuietCase[] = [
  { name: 'counting one by one', text: '一人一人の意見を聞き、一つ一つ確かめます。' },
  { name: 'doubled adverbs of the language', text: '恐る恐る近づくと、見る見るうちに日に日に増えていった。' },
  { name: 'a set phrase of doubled nouns', text: '要所要所で確認し、場面場面で判断する。' },
  { name: 'a word said twice for emphasis at the end of a clause', text: '違う違う、そうじゃない。言った言った。' },
  { name: 'an iteration mark', text: '人々が時々集まり、様々な話をした。' },
  { name: 'a word of quantity said twice for emphasis', text: 'AIが多くの多くの仕事で人に取って代わる。' },
  { name: 'a verb said again before a conjunction', text: '密度は上がってる上がってるけど、伸びは鈍い。' },
  { name: 'a sound word of two morae', text: 'ガチャガチャ音がして、ドキドキした。' },
];

describe('words with kanji written twice in a row', () => {
  detectorTable(CODE, FOUND, QUIET);
});
