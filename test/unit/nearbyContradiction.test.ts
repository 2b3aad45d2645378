import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

const CODE = 'nearby-contradiction';

describe('a change or a year the sentence on the next or the previous line contradicts', () => {
  const flagged: [string, string, string, string][] = [
    [
      'a record low the next line says was driven up',
      '半導体の輸出は、2024年に過去最低を記録しました。\nAI向けのメモリーがけん引したわけです。',
      '過去最低',
      '過去最高',
    ],
    ['a fall right after a record on the line before', '当四半期の売上高は過去最高でした。\n前年同期比12%減でした。', '減', '増'],
    ['a fall of the recorded figure itself', '当四半期の売上高は過去最高でした。\n売上高は前年同期比12%減でした。', '減', '増'],
    ['a comparison against the figure of the line before', '今年の出荷は130万台でした。\n前年の150万台を上回りました。', '上回', '下回'],
    ['a comparison said below, the figure before above', '売上高は52億ドルでした。\n市場予想の48億ドルを下回りました。', '下回', '上回'],
    [
      'a whole below the part the next line takes from it',
      '欧州委員会は2,000万ユーロを動員する計画を示しました。\nそのうち200億ユーロは、AIギガファクトリーのための基金です。',
      '2,000万',
      '2,000億',
    ],
    ['the smallest slip that puts the whole above its part', '研究費に3億ドルを投じました。\nそのうち50億ドルは政府の補助金です。', '3億', '300億'],
    [
      'the largest amount of the currency before, all below the part',
      '同社は2億ドルを調達し、うち5,000万ドルを研究に充てました。\nそのうち10億ドルは国内の投資家からです。',
      '2億',
      '20億',
    ],
    ['a comparison whose subject is the one before', '出荷は130万台でした。\n出荷は前年の150万台を上回りました。', '上回', '下回'],
    ['two sentences of one line', '今年の出荷は130万台でした。前年の150万台を上回りました。', '上回', '下回'],
    [
      'a year of the entity the line before names',
      '一番大きな話は、やはりスターゲートでしょう。\n2024年1月に、ホワイトハウスで発表されました。\nスターゲートには多くの企業が出資します。',
      '2024',
      '2025',
    ],
  ];
  for (const [why, text, word, fix] of flagged)
    it(`flags ${why}`, async () => {
      const found = (await check(text)).found(CODE);
      assert.deepEqual(
        found.map((f) => [f.flagged, f.fix, f.severity]),
        [[word, fix, 'information']],
      );
    });

  const left: [string, string][] = [
    ['a record low the next line says fell', '半導体の輸出は、2024年に過去最低を記録しました。\nスマートフォン向けの需要が落ち込んだためです。'],
    ['a record low whose next line turns first', '半導体の輸出は、2024年に過去最低を記録しました。\nしかし、AI向けのメモリーがけん引しています。'],
    ['a record low and its rise in one line (reversed-change’s)', '半導体の輸出は過去最低で、AI向けのメモリーがけん引した。'],
    ['a fall of a segment after a record (its own subject)', '当四半期の売上高は過去最高でした。\nクラウドは前年同期比12%減でした。'],
    ['a fall of a region after a record', '同社の売上高は過去最高でした。\n中国は前年同期比20%減でした。'],
    ['a fall of a region marked with では', '同社の売上高は過去最高でした。\n中国では前年同期比20%減でした。'],
    ['a record low the next line says another figure rose', 'スマートフォンの販売は過去最低を記録しました。\n在庫が急増したためメーカーは減産に動きました。'],
    ['a record low beside another market doing well', '国内の販売は過去最低でした。\n海外ではEVの需要が好調でした。'],
    ['a そのうち meaning eventually', '今の株価は10ドルほどです。\nそのうち100ドルになると話す投資家もいます。'],
    [
      'a whole that is not the last amount of its sentence',
      '同社は45億ドルを調達し、うち5億ドルを研究に充てました。\nそのうち20億ドルはデータセンター向けです。',
    ],
    ['a part after a sentence that raises or spends nothing', '売上高は45億ドル、純利益は5億ドルでした。\nそのうち20億ドルはデータセンター向けです。'],
    ['a part of what is to come', '同社は2億ドルを調達しました。\nそのうち10億ドルに増やす見通しです。'],
    ['a part below its whole', '株主に1株あたり5ドルを配当として支出しました。\nうち2ドルは特別配当です。'],
    ['a comparison whose sentence has a subject of its own', 'A社の出荷は130万台でした。\nB社は前年の150万台を上回りました。'],
    [
      'a year after a subject of its own',
      'スターゲートの話です。\n一番大きな話は、やはりスターゲートでしょう。\n新しい会社は2024年1月に、ホワイトハウスで発表されました。\nスターゲートには多くの企業が出資します。',
    ],
    [
      'a year of a company of its own after a line naming another',
      'グーグルとOpenAIの競争が続いています。グーグルは新しいモデルを出し、グーグルの株価も上がりました。\nOpenAIの元研究者たちが独立しました。\n彼らの新しい会社は2025年に設立されました。\nOpenAIも対抗策を考えています。',
    ],
    ['a fall of a part after a record of the whole', '当四半期の売上高は過去最高でした。\nゲーム部門は前年同期比12%減でした。'],
    ['a fall of profit after a record of sales', '当四半期の売上高は過去最高でした。\n営業利益は前年同期比12%減でした。'],
    ['a fall with no record before', '当四半期の売上高は50億ドルでした。\nクラウドは前年同期比12%減でした。'],
    ['a comparison the figures agree with', '今年の出荷は170万台でした。\n前年の150万台を上回りました。'],
    ['a comparison whose own line holds its figure', '今年の出荷は130万台でした。\n販売は160万台で、前年の150万台を上回りました。'],
    ['a comparison with two figures of the unit before', '出荷は130万台、受注は200万台でした。\n前年の150万台を上回りました。'],
    ['a whole above its part', '欧州委員会は2,000億ユーロを動員する計画を示しました。\nそのうち200億ユーロは、基金です。'],
    ['a part in another currency', '同社は2,000万ドルを調達しました。\nそのうち200億円は、国内の投資家からです。'],
    ['a part not at the start of its sentence', '同社は2,000万ユーロを調達しました。\n基金のうち200億ユーロは、別の計画です。'],
    ['a future level below a threshold', '中国向けの売上比率は43%でした。来年は30%を下回る水準に下がると見ています。'],
    ['a comparison with no past or forecast figure', '今年の出荷は130万台でした。\n業界平均の150万台を上回りました。'],
    ['a comparison with figures ten times apart', '今年の出荷は13万台でした。\n前年の150万台を上回りました。'],
    [
      'a year the knowledge base records',
      '一番大きな話は、やはりスターゲートでしょう。\n2025年1月に、ホワイトハウスで発表されました。\nスターゲートには多くの企業が出資します。',
    ],
    [
      'a sentence naming nothing, about the entity named most (wrong-year’s)',
      '一番大きな話は、やはりスターゲートでしょう。\n2024年1月に発表されました。\nスターゲートには多くの企業が出資します。',
    ],
    ['a year of an entity named once', '一番大きな話は、やはりスターゲートでしょう。\n2024年1月に、ホワイトハウスで発表されました。'],
    ['a year of a plan', '一番大きな話は、やはりスターゲートでしょう。\n2024年1月に発表される予定です。\nスターゲートには多くの企業が出資します。'],
    [
      'a year two digits off',
      '一番大きな話は、やはりスターゲートでしょう。\n2014年1月に、ホワイトハウスで発表されました。\nスターゲートには多くの企業が出資します。',
    ],
  ];
  for (const [why, text] of left)
    it(`leaves alone ${why}`, async () => {
      assert.deepEqual((await check(text)).found(CODE), []);
    });
});
