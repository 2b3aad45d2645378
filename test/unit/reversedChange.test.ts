import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';

const CODE = 'reversed-change';

describe('a change said the wrong way round', () => {
  const flagged: [string, string, string][] = [
    ['HBMの価格はこの2年で3倍に下落しました。', '下落', '上昇'],
    ['売上高は前年の1.5倍に減少した。', '減少', '増加'],
    ['利用者は2倍に減った。', '減った', '増えた'],
    ['利用者は2倍に減っている。', '減って', '増えて'],
    ['利用者は2倍に減る見通しだ。', '減る', '増える'],
    ['利用者は2倍に減りました。', '減り', '増え'],
    ['価格は3倍に下がった。', '下がった', '上がった'],
    ['売上は2倍に落ち込んだ。', '落ち込んだ', '伸びた'],
    ['売上は2倍に落ち込む見込みだ。', '落ち込む', '伸びる'],
    ['売上は2倍に落ち込みました。', '落ち込み', '伸び'],
    ['価格は３倍に下落した。', '下落', '上昇'],
    ['コストは10分の1に増加した。', '増加', '減少'],
    ['コストは3分の1に増えた。', '増えた', '減った'],
    ['コストは3分の1に増える。', '増える', '減る'],
    ['コストは3分の1に増えています。', '増えて', '減って'],
    ['コストは3分の1に増えました。', '増え', '減り'],
    ['売上は10分の1に伸びた。', '伸びた', '落ち込んだ'],
    ['売上は10分の1に伸びる。', '伸びる', '落ち込む'],
    ['売上は10分の1に伸びました。', '伸び', '落ち込み'],
    ['コストは３分の１に上がった。', '上がった', '下がった'],
  ];
  for (const [text, verb, fix] of flagged)
    it(`flags 「${verb}」 in 「${text}」`, async () => {
      const found = (await check(text)).found(CODE);
      assert.deepEqual(
        found.map((f) => [f.flagged, f.fix, f.severity]),
        [[verb, fix, 'warning']],
      );
    });

  // From one figure to another, the other way than the verb says: information, as it reads the numbers alone.
  const fromTo: [string, string, string][] = [
    ['レンタル価格は8ドル前後だったのが、今は2ドル前後まで上がっています。', '上がって', '下がって'],
    ['市場は26兆ウォンから33兆ウォンに縮小した。', '縮小', '拡大'],
    ['シェアは40%から25%へと大きく増加した。', '増加', '減少'],
    ['売上高は1億2000万ドルから9500万ドルに伸びた。', '伸びた', '落ち込んだ'],
    ['成長率は2%からマイナス1%に上昇した。', '上昇', '下落'],
    ['成長率はマイナス1%からマイナス3%に上昇した。', '上昇', '下落'],
    ['成長率は▲1%から2%に低下した。', '低下', '上昇'],
    ['PERは20倍から30倍に低下した。', '低下', '上昇'],
    // The size of the change between the figures and the verb.
    ['売上高は100億ドルから80億ドルとなり、20%増となった。', '増', '減'],
    ['利用者は100万人から130万人に3割減った。', '減った', '増えた'],
    ['売上高は100億ドルから80億ドルに20%増えた。', '増えた', '減った'],
  ];
  for (const [text, verb, fix] of fromTo)
    it(`flags 「${verb}」 as information in 「${text}」`, async () => {
      const found = (await check(text)).found(CODE);
      assert.deepEqual(
        found.map((f) => [f.flagged, f.fix, f.severity]),
        [[verb, fix, 'information']],
      );
    });

  const left: [string, string][] = [
    ['an exchange rate quoted in yen per dollar', '円相場は1ドル150円から140円に上昇した。'],
    ['a rank that rises as its number falls', '同社の順位は10位から3位に上昇した。'],
    ['a ranking that goes up', 'ランキングは5位から2位に上がった。'],
    ['a rise from a negative figure (マイナス)', '成長率はマイナス2%から1%に上昇した。'],
    ['a rise from a negative figure (−)', '成長率は−2%から1%に上昇した。'],
    ['a rise from a negative figure (-)', '成長率は-2%から1%に上昇した。'],
    ['a rise from a negative figure (▲)', '成長率は▲2%から1%に上昇した。'],
    ['a ratio that falls from one multiple to another', 'PER（株価収益率）は30倍から20倍に低下した。'],
    ['a fall from one figure to a lower one', '価格は8ドルから2ドルまで下がった。'],
    ['a rise from one figure to a higher one', '市場は26兆ウォンから33兆ウォンに拡大した。'],
    ['a span of years, not a figure', '利用者は2024年から2023年に減少したとの訂正が出た。'],
    ['figures in two units', '価格は8ドルから200円に上がった。'],
    ['a verb after more than an adverb', '価格は8ドルから2ドルになり、その後また上昇した。'],
    ['a rise to three times', 'HBMの価格は3倍に上昇した。'],
    ['a fall to a third', 'コストは3分の1に低下した。'],
    ['a fall to less than one times', '株価純資産倍率は0.8倍に低下した。'],
    ['the size of a fall, three times another', '下げ幅は前年の3倍に下落幅が広がった。'],
    ['a fall three times as large', '前年の3倍の下落となった。'],
    ['a fall in full-width digits to less than one times', '倍率は０．８倍に落ち込んだ。'],
    ['a rise in full-width digits to twice', '利用者は２倍に増えた。'],
    ['a fall to a tenth said in full-width digits', '売上は１０分の１に落ち込んだ。'],
  ];
  for (const [what, text] of left)
    it(`leaves ${what} alone`, async () => {
      assert.deepEqual((await check(text)).found(CODE), []);
    });

  const contradicted: [string, string, string][] = [
    ['第4四半期も記録的な四半期となりました。売上高は393億ドルで、前四半期比12%増、前年同期比では78%減となりました。', '減', '増'],
    ['売上高は過去最高の120億ドルで、前年比15%減だった。', '減', '増'],
    ['これらはいずれも過去最低の数字であり、2023年の赤字からの劇的な転換を意味する。', '過去最低', '過去最高'],
    ['AIの需要は引き続き当社の供給能力を下回っており、データセンターの容量には制約が続いています。', '下回', '上回'],
    // A record low of a figure the sentence (or the next one, before a turn) says rose or was driven up.
    ['半導体の輸出は、2024年に過去最低を記録しました。AI向けのメモリーがけん引しました。', '過去最低', '過去最高'],
    ['AI向けメモリーがけん引し、半導体の輸出は過去最低を記録した。', '過去最低', '過去最高'],
    ['販売台数は前年比12%増で過去最低だった。', '過去最低', '過去最高'],
    // A comparison its own two figures of one unit contradict.
    ['出荷は130万台で、前年の150万台を上回った。', '上回', '下回'],
    ['予想の3ドルを下回る5ドルだった。', '下回', '上回'],
    ['シェアは35%となり、前年の30%を大きく下回っています。', '下回', '上回'],
    ['平均価格は2.5ドルで、世界相場の3〜4ドルを上回る。', '上回', '下回'],
  ];
  for (const [text, word, fix] of contradicted)
    it(`flags 「${word}」 against its sentence in 「${text}」`, async () => {
      const found = (await check(text)).found(CODE);
      assert.deepEqual(
        found.map((f) => [f.flagged, f.fix, f.severity]),
        [[word, fix, 'information']],
      );
    });

  const consistent: [string, string][] = [
    ['a record with a rise', '売上高は過去最高の120億ドルで、前年比15%増だった。'],
    ['a record of profit beside a fall of sales', '純利益は過去最高となった。売上高は前年比5%減だった。'],
    ['a record and a fall of another figure, with a turn', '売上高は過去最高を更新した。一方、スマートフォン向けは前年比10%減だった。'],
    ['a fall two sentences after the record', '第4四半期は記録的な四半期でした。データセンターが伸びました。ゲーム部門は前年比10%減でした。'],
    ['a record low that is one', '2023年の売上高は過去最低の水準で、赤字が続いた。'],
    ['demand above constrained supply', 'AIの需要は引き続き当社の供給能力を上回っており、容量には制約が続いています。'],
    ['demand below supply with nothing short', 'PCの需要は供給を下回っており、在庫が積み上がっている。'],
    ['a falling cost as a tailwind', 'バッテリーのコストが下がってきたことも追い風になっています。'],
    ['a rising price as a tailwind for the seller', 'HBMの価格が上がってきたことも追い風になっています。'],
    ['a competitor’s rising cost as a tailwind', '競合のコストが上がってきたことも当社には追い風です。'],
    ['a fall with its size, as the figures say', '売上高は100億ドルから80億ドルに、約20%減少した。'],
    ['a rise with its size, as the figures say', '売上高は80億ドルから100億ドルとなり、25%増となった。'],
    ['a bare 増 that heads a word', '売上高は80億ドルから60億ドルとなり、20%増資した。'],
    ['a record low of a figure that is good when low', '失業率は過去最低で、景気は好調だ。'],
    ['a record low with a rise after a turn', '半導体の輸出は過去最低を記録した。しかし、メモリーは好調だった。'],
    ['a record low and a rise of another figure', '輸出は過去最低だったが、輸入は急増した。'],
    ['a comparison its figures bear out', '出荷は170万台で、前年の150万台を上回った。'],
    ['a figure below the compared one said below', '予想の3ドルを下回る2ドルだった。'],
    ['a negated comparison', '出荷は130万台で、前年の150万台を上回らなかった。'],
    ['figures of two units', '出荷は130万台で、前年の150万ドルを上回った。'],
    ['a figure a change starts from', '売上高は、従来見通しの45億ドル超から引き上げ、50億ドルを上回ると見込む。'],
    ['figures more than ten times apart (a magnitude or currency slipped)', '利用料は平均67ドルに抑え、世界相場の2.5〜3ドルを大きく下回る。'],
    ['a figure inside the compared range', '平均価格は3.5ドルで、世界相場の3〜4ドルを上回る。'],
    ['a quoted exchange rate', '円相場は1ドル=150円となり、前日の148円を下回る円高となった。'],
    ['a percentage of another base', '売上高は100億ドルで、予想を5%上回った。'],
    ['a division’s fall right after the whole’s record', '第4四半期は記録的な四半期でした。ゲーム部門は前年比10%減でした。'],
  ];
  for (const [what, text] of consistent)
    it(`leaves ${what} alone`, async () => {
      assert.deepEqual((await check(text)).found(CODE), []);
    });
});
