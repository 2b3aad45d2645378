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
    name: 'a round in won beside its valuation in yen, in a story told in yen',
    text: ['この新興企業は2022年に20億円を集めた。', '同社は2024年、シリーズCで32億ウォンを調達し、評価額は410億円を超えた。', '売上高は15億円だった。'].join(
      '\n',
    ),
    expected: [['ウォン', '円', 'information']],
  },
  {
    name: 'a part after bare うち and a comma, its sum the only amount of the sentence before',
    text: ['欧州委員会は研究に200億ユーロを用意します。', 'うち、30億ドルを半導体に充てます。', '加盟国も50億ユーロを出します。'].join('\n'),
    expected: [['ドル', 'ユーロ', 'information']],
  },
  {
    name: 'a part whose sum the sentence before gives as the total beside its items',
    text: ['政府は研究開発に4000億円、人材育成に1000億円、合計で5000億円を投じる。', 'そのうち800億ドルを半導体に充てる。', '残りは2000億円だ。'].join('\n'),
    expected: [['ドル', '円', 'information']],
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
  // Review round (rv/pc1): a correct euro round beside a dollar valuation in a document told mostly in dollars.
  {
    name: 'a euro round at a dollar valuation in a story told in dollars: dollars beside a round are never judged',
    text: [
      'オープンAIは400億ドルを調達しました。',
      'アンソロピックは130億ドルを調達しました。',
      'xAIは60億ドルを調達しました。',
      'ミストラルAIは17億ユーロを調達し、評価額は140億ドルに達しました。',
    ].join('\n'),
  },
  // Review round (rv/pc2): うちの会社 is "our company", not "of which".
  {
    name: 'うちの (our) opening a sentence after dollar sentences: no part of a sum',
    text: [
      'エヌビディアの売上高は350億ドルでした。',
      'マイクロソフトは800億ドルを投じます。',
      'アマゾンも1000億ドルを投資すると述べました。',
      'うちの会社は日本で3億円を投資します。',
    ].join('\n'),
  },
  {
    name: 'うちは (we) opening a sentence after a sum: no part of it',
    text: ['大手は合計で500億ドルを投じます。', 'うちは3億円を投資します。', '米国勢は100億ドルを追加します。'].join('\n'),
  },
  // Review round (rv/pc3): the sentence before lists several amounts and names no total: which one is the sum is unknown.
  {
    name: 'a sentence before that lists several amounts with no total: no single sum',
    text: [
      'ソフトバンクは総額で3兆円を投資すると発表しました。',
      '日本では設備投資に5000億円、研究開発に2000億円を充てます。',
      'そのうち米国の子会社が200億ドルの社債を発行します。',
    ].join('\n'),
  },
  {
    name: 'a part whose number is larger than its sum’s: not a part of it, whatever the units',
    text: ['欧州委員会は研究に20億ユーロを用意します。', 'そのうち300億ドルを半導体に充てます。', '加盟国も50億ユーロを出します。'].join('\n'),
  },
];

describe('amounts that belong together told in two currencies', () => {
  detectorTable(CODE, FOUND, QUIET);
});
