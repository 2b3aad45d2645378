import { describe } from 'node:test';
import { detectorTable, type FlaggedCase, type QuietCase } from '../support/detectorTable';

const CODE = 'paired-currency';

// Our own passages: two amounts that belong together (a sum and its part, a round and its valuation) in two currencies.
const FOUND: readonly FlaggedCase[] = [
  {
    name: 'a part opening the next speaker’s line in another currency than the sum',
    text: [
      '司会：予算の話です。',
      'ゲスト：欧州委員会は全体で500億ユーロを用意します。',
      'ゲスト：そのうち80億ドルを研究拠点に充てます。',
      '加盟国も120億ユーロを出します。',
    ].join('\n'),
    expected: [['ドル', 'ユーロ', 'information']],
  },
  {
    name: 'a sum given in the currency the document uses less, its part after のうち',
    text: ['フランスのAI予算は300億ユーロです。', 'シリーズCで40億円を調達し、そのうち25億ユーロを半導体装置メーカーが出した。'].join('\n'),
    expected: [['円', 'ユーロ', 'information']],
  },
  {
    name: 'a round in yen beside its valuation in dollars, in a story told in dollars',
    text: [
      'この新興企業は2022年に2億ドルを集めた。',
      '同社は2024年、シリーズDで3億2000万円を調達し、評価額は41億ドルを超えた。',
      '売上高は1億5000万ドルだった。',
    ].join('\n'),
    expected: [['円', 'ドル', 'information']],
  },
];

const QUIET: readonly QuietCase[] = [
  {
    name: 'a European round in euros at a valuation in dollars, as the press reports it',
    text: ['パリの新興企業は2023年に1億1000万ユーロを集めた。', '同社はシリーズBで4億6000万ユーロを調達し、評価額は約30億ドルに達した。'].join('\n'),
  },
  {
    name: 'a part in the sum’s own currency',
    text: ['ゲスト：全体で500億ユーロを動員します。', 'ゲスト：そのうち80億ユーロをギガファクトリーに充てます。'].join('\n'),
  },
  {
    name: 'a conversion for the reader beside the round',
    text: ['同社は12億ドル（約1800億円）を調達し、評価額は90億ドルになった。', '売上高は3億ドルだった。'].join('\n'),
  },
  {
    name: 'even counts: which of the two slipped is unknown',
    text: ['ソウルの新興企業はシリーズBで800億ウォンを調達し、評価額は5億ドルになった。'].join('\n'),
  },
  {
    name: 'a sentence before with two currencies (a sum and its conversion): no single sum',
    text: ['政府は100億ドル、日本円で1兆5000億円を投じる。', 'そのうち20億ドルを研究に充てる。', '残りは20億円だ。'].join('\n'),
  },
];

describe('amounts that belong together told in two currencies', () => {
  detectorTable(CODE, FOUND, QUIET);
});
