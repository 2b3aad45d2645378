import { describe } from 'node:test';
import { detectorTable, type FlaggedCase, type QuietCase } from '../support/detectorTable';

const CODE = 'truncated-document-name';

// Names the knowledge base does not know, written by us: an invented biotech, a researcher, a chip start-up.
const CASES: readonly FlaggedCase[] = [
  {
    name: 'a dotted name cut inside its last piece, its first pieces whole: a warning with the whole name as fix',
    text: 'ルシア・ベレンゲル氏が登壇した。続いてルシア・ベレン氏は量産の時期に答えた。',
    expected: [['ルシア・ベレン', 'ルシア・ベレンゲル', 'warning']],
  },
  {
    name: 'a dotted company name cut inside a later piece',
    text: 'ノヴァ・セラフィクス・ラボは資金を集めた。ノヴァ・セラフィは創薬を手がける。',
    expected: [['ノヴァ・セラフィ', 'ノヴァ・セラフィクス・ラボ', 'warning']],
  },
  {
    name: 'a dotted name cut before a geminate mark a sound follows (the mark is lost with the rest)',
    text: 'CEOのエミル・ヴァラック氏が登壇した。続いてエミル・ヴァラ氏は量産の時期に答えた。',
    expected: [['エミル・ヴァラ', 'エミル・ヴァラック', 'warning']],
  },
  {
    name: 'a dotted name, its first pieces whole, cut before the small kana of its last sound',
    text: 'ソ・ドゥヒョン氏が登壇した。続いてソ・ドゥヒ氏は量産の時期に答えた。',
    expected: [['ソ・ドゥヒ', 'ソ・ドゥヒョン', 'warning']],
  },
  {
    name: 'one word cut short where the document writes it whole: information (it may be a short form)',
    text: '新興のヴェラノヴァ社が資金を集めた。ヴェラノは創薬を手がける。',
    expected: [['ヴェラノ', 'ヴェラノヴァ', 'information']],
  },
  {
    name: 'a surname cut short beside the dotted full name',
    text: 'ルシア・ベレンゲル氏が登壇した。ベレン氏は質問に答えた。',
    expected: [['ベレン', 'ベレンゲル', 'information']],
  },
  {
    name: 'an ordinary word standing as a subject where the next line names the company it begins: information',
    text: 'クルーソーはテキサスで建設を進めている。\n開発はクルーが担当する。',
    expected: [['クルー', 'クルーソー', 'information']],
  },
  {
    name: 'an ordinary word answering a question about the company it begins, two kana lost',
    text: '司会：グラフコアは？\nゲスト：グラフは、推論向けのチップを売りにしています。',
    expected: [['グラフ', 'グラフコア', 'information']],
  },
  {
    name: 'an ordinary word beside a name no dictionary knows that it begins',
    text: 'ミラーヴァ社は新しいチップを出した。ミラーは量産を急ぐ。',
    expected: [['ミラー', 'ミラーヴァ', 'information']],
  },
];

const QUIET: readonly QuietCase[] = [
  { name: 'a loanword compound and its first word', text: 'このビルドツールは速い。ビルドの時間が短い。' },
  { name: 'a compound of an unknown word and a word of its own (ツール)', text: 'ザンテリスツールを使う。ザンテリスは速い。' },
  { name: 'an ordinary word that begins a name', text: 'オープンソースの話。オープンな議論。' },
  { name: 'a given name and a surname that begins alike', text: 'ジョン・スミス氏とジョンソン氏が対談した。' },
  { name: 'a plural ending is a variant, not a cut', text: 'フリーメイソンズの話。フリーメイソンの歴史。' },
  { name: 'a long tail lost is another word, not a cut', text: 'ヴェラノヴァリスクは高い。ヴェラノは別の会社だ。' },
  { name: 'a known name of the knowledge base is left to truncated-name', text: 'ネビウスはGPUクラウドだ。ネビは財務が強い。' },
  {
    name: 'one word cut before a small kana (only a dotted name’s whole first pieces vouch for that)',
    text: 'ヴェラニョス社が資金を集めた。ヴェラニは創薬を手がける。',
  },
  { name: 'a dotted name cut before a small kana keeping two kana of the piece', text: 'ソ・ヒョン氏が登壇した。ソ・ヒ氏は答えた。' },
  { name: 'a whole name written twice', text: 'ルシア・ベレンゲル氏が登壇した。ルシア・ベレンゲル氏は答えた。' },
  {
    name: 'an ordinary word far from the name it begins',
    text: 'クルーソーは建設を進めている。\n一行目。\n二行目。\n三行目。\nクルーが船を動かす。',
  },
  { name: 'an ordinary word whose rest of the name is a word of its own (マイクロ / ソフト)', text: 'マイクロソフトの決算が出た。マイクロの視点で見る。' },
  { name: 'an ordinary word not standing alone as a noun (before を)', text: 'クルーソーは建設を進めている。クルーを募集する。' },
  { name: 'an ordinary word beside a compound of ordinary words it begins', text: 'データセンターの話。データは重要だ。' },
  { name: 'an ordinary word beside a longer ordinary word it begins (パン / パンダ)', text: '動物園のパンダが人気だ。パンは売り切れた。' },
  { name: 'the first word of a compound ending in a loanword (モバイル + アプリ)', text: '新しいモバイルアプリの話。モバイルの画面は小さい。' },
  { name: 'the first word of a compound cut inside its last word (ドジャー + スタジアム)', text: 'ドジャースタジアムで試合があった。ドジャースが勝った。' },
  { name: 'the short form of a country', text: 'サウジアラビアは投資を増やす。UAEとサウジが競う。' },
];

describe('a name cut short where the document writes it whole', () => {
  detectorTable(CODE, CASES, QUIET);
});
