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
  { name: 'the end of a known place name said again', text: '来月はサンフランシスコスコの本社で発表があります。', expected: [['スコ', '', 'warning']] },
  {
    name: 'a katakana word written again after a space, running on with its particle',
    text: '新しいアクセラレーター アクセラレーターは消費電力が大きいんです。',
    expected: [['アクセラレーター ', '', 'warning']],
  },
  {
    name: 'a noun and its particle written twice, the second copy inside a compound particle',
    text: '企業は訴訟を訴訟を通じて有利な条件を引き出した。',
    expected: [['訴訟を', '', 'information']],
  },
  { name: 'a katakana word and its particle written twice', text: 'クラウドのクラウドの需要も伸びています。', expected: [['クラウドの', '', 'information']] },
  {
    name: 'a noun and its case particle written twice before a comma',
    text: '歩留まりが課題で課題で、量産が遅れています。',
    expected: [['課題で', '', 'information']],
  },
  {
    name: 'a noun with Latin letters and its particle written twice',
    text: '同社は生成AIの生成AIのサービスを広げている。',
    expected: [['生成AIの', '', 'information']],
  },
  { name: 'a phrase said again across a comma', text: 'その構造は、その構造は、まだ変わっていません。', expected: [['その構造は、', '', 'information']] },
  {
    name: 'a clause said again across a comma',
    text: '需要はあるんですけど、あるんですけど、供給が足りない。',
    expected: [['あるんですけど、', '', 'information']],
  },
  {
    name: 'a phrase said three times across commas',
    text: '新しい工場は、新しい工場は、新しい工場は来年動きます。',
    expected: [['新しい工場は、新しい工場は、', '', 'information']],
  },
  {
    name: 'a noun with the word that qualifies it written twice',
    text: '国内では大きな会社が大きな会社がなかなか育たない。',
    expected: [['大きな会社が', '', 'information']],
  },
  {
    name: 'a noun of action with its joining する written twice before a comma',
    text: '同社はシリーズDで約7億ドルを調達し調達し、評価額は約26億ドルとなった。',
    expected: [['調達し', '', 'warning']],
  },
  {
    name: 'a noun phrase joined to itself by の',
    text: '核融合のスタートアップのスタートアップにも資金が流れている。',
    expected: [['スタートアップの', '', 'information']],
  },
];

const QUIET: readonly QuietCase[] = [
  { name: 'counting one by one', text: '一人一人の意見を聞き、一つ一つ確かめます。' },
  { name: 'a noun after の, then the head of a compound that starts with it', text: '一部の企業の企業価値は、利益をはるかに上回る。' },
  { name: 'doubled adverbs of the language', text: '恐る恐る近づくと、見る見るうちに日に日に増えていった。' },
  { name: 'a set phrase of doubled nouns', text: '要所要所で確認し、場面場面で判断する。' },
  { name: 'a word said twice for emphasis at the end of a clause', text: '違う違う、そうじゃない。言った言った。' },
  { name: 'an iteration mark', text: '人々が時々集まり、様々な話をした。' },
  { name: 'a word of quantity said twice for emphasis', text: 'AIが多くの多くの仕事で人に取って代わる。' },
  { name: 'a word of size said twice for emphasis, without its noun', text: '大きな大きな夢を語った。' },
  { name: 'a noun of action said again in another form', text: '資金を調達し、調達した資金で工場を建てる。' },
  { name: 'a verb said again before a conjunction', text: '密度は上がってる上がってるけど、伸びは鈍い。' },
  { name: 'a sound word of two morae', text: 'ガチャガチャ音がして、ドキドキした。' },
  { name: 'a menu of labels set apart by spaces', text: 'メニュー イノベーション イノベーション すべて見る' },
  { name: 'a refrain set apart by spaces at the end of its line', text: '機械とは アップダウン アップダウン\n次の行です。' },
  { name: 'a place name whose last syllable doubles', text: 'ワイキキの浜辺を歩き、ハワイの島々を巡った。' },
  { name: 'two different katakana words after a space', text: 'データ データセンターの電力が足りない。' },
  { name: 'a katakana word said twice across a comma', text: 'パッケージング、パッケージングが鍵です。' },
  { name: 'fillers said again across commas', text: '僕らは、あの、あの、あの、考えました。はい、はい、わかりました。' },
  { name: 'a conjunction said again across a comma', text: 'ただ、ただ、今回の用途とは違います。' },
  { name: 'agreement said twice, ending in a sentence-final particle', text: 'そうだね、そうだね。その通りです。' },
  { name: 'a worry said twice, starting with an adverb', text: '速すぎて、どうしよう、どうしようって思ってます。' },
  { name: 'doubled words of the language beside a comma', text: 'いやいや、そうそう、色々な人々が時々来ます。' },
  { name: 'a phrase of degree said twice (no content word)', text: 'それは、それは、大変でした。' },
  { name: 'a noun joined to itself by の for emphasis, two characters', text: '基本の基本から学びます。' },
  { name: 'a noun joined by の to a longer compound of itself', text: '核融合のスタートアップのスタートアップ企業にも投資した。' },
  { name: 'two different phrases across a comma', text: 'その構造は、その費用は、まだ決まっていません。' },
];

describe('words with kanji written twice in a row', () => {
  detectorTable(CODE, FOUND, QUIET);
});
