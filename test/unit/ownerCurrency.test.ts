import { describe } from 'node:test';
import { detectorTable, type FlaggedCase, type QuietCase } from '../support/detectorTable';

const CODE = 'owner-currency';

// Our own passages: the owner of an amount named lines before it (a heading, a speaker's label, 同社).
const FOUND: readonly FlaggedCase[] = [
  {
    name: 'an American company’s revenue in euros, the company named in the heading',
    text: [
      '【オラクル 決算説明会】',
      '司会：それでは始めます。',
      '最高経営責任者：ありがとうございます。今期の売上高は150億ユーロでした。',
      'ASMLとの協業も進んでいます。同社の売上高は50億ドルでした。',
      'クラウド事業の受注残は4550億ドルです。',
    ].join('\n'),
    expected: [['ユーロ', 'ドル', 'information']],
  },
  {
    name: 'a British institute’s budget in dollars, the institute named on the line before',
    text: [
      '英国のAIセキュリティ研究所について伺います。',
      'ゲスト：はい。もともとは1億ドルの予算で始まったんです。',
      '英国政府は5000万ポンドを追加しました。',
    ].join('\n'),
    expected: [['ドル', 'ポンド', 'information']],
  },
];

const QUIET: readonly QuietCase[] = [
  {
    name: 'the currency the document counts in most',
    text: ['SKハイニックスの決算です。営業利益は10兆ウォンでした。', 'アナリスト：ゴールドマン・サックス証券です。', '売上高は24兆ウォンを超えましたね。'].join(
      '\n',
    ),
  },
  {
    name: 'a company’s round in dollars after a heading that names a region',
    text: ['## 欧州最大のシリーズB', '', 'ロンドンの新興企業は9月、シリーズBで11億ドルを調達した。', 'EUは200億ユーロの基金を設けた。'].join('\n'),
  },
  {
    name: 'an acquisition: the seller may be of the currency’s country',
    text: [
      'ケイデンスの決算です。売上高は13億ドルでした。',
      'また、設計事業を約27億ユーロで買収することで合意しました。',
      'ASMLの売上高は75億ユーロでした。',
    ].join('\n'),
  },
  {
    name: 'an owner named further back than three lines',
    text: ['オラクルの話です。', '一つ目。', '二つ目。', '三つ目。', '四つ目。売上高は150億ユーロでした。', 'ASMLの売上高は75億ユーロでした。'].join('\n'),
  },
];

describe('an amount in a currency its owner, named lines before, does not use', () => {
  detectorTable(CODE, FOUND, QUIET);
});
