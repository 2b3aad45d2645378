/** Table tests of the fraction and multiple slips of number-mismatch (fractionSlips): 3分の1 for "two-thirds of", 3倍 for "doubled". */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { englishRatios, japaneseRatios } from '../../server/src/core/bilingual/checks/fractionSlips';
import { detectorTable, type FlaggedCase, type QuietCase } from '../support/detectorTable';

function flags(ja: string, en: string, flagged: string, fix: string, source: string): FlaggedCase {
  return { name: `flags 「${flagged}」 in ${ja} against "${source}"`, text: ja, source: en, expected: [[flagged, fix, 'warning', source]] };
}

function quiet(ja: string, en: string): QuietCase {
  return { name: ja, text: ja, source: en };
}

describe('number-mismatch: fractions and multiples in words', () =>
  detectorTable(
    'number-mismatch',
    [
      flags('売上の3分の1は中国向けだった。', 'Two-thirds of sales went to China.', '3分の1', '3分の2', 'Two-thirds'),
      flags('売上の半分は中国向けだった。', 'A quarter of sales went to China.', '半分', '4分の1', 'A quarter'),
      flags('売上の4分の1は中国向けだった。', 'Half of sales went to China.', '4分の1', '半分', 'Half'),
      flags('売上は3倍になった。', 'Sales doubled.', '3倍', '2倍', 'doubled'),
      flags('利用者は2倍に増えた。', 'Users tripled.', '2倍', '3倍', 'tripled'),
      // A tenth, one in N (the counter kept), a fall by a multiple, a half as a fall.
      flags('液冷のサーバーは全体の5分の1にすぎない。', 'Only a tenth of the servers are liquid cooled.', '5分の1', '10分の1', 'a tenth'),
      flags('労働者の4人に1人が毎日AIを使う。', 'One in five workers uses AI daily.', '4人に1人', '5人に1人', 'One in five'),
      flags('コストはこの2年で100分の1に下がった。', 'Costs fell tenfold in two years.', '100分の1', '10分の1', 'fell tenfold'),
      flags('新モデルは運用コストが100分の1だ。', 'The new model is 10x cheaper to run.', '100分の1', '10分の1', '10x cheaper'),
      flags('価格は1年で3分の1に下がった。', 'Prices dropped by half in a year.', '3分の1', '半分', 'dropped by half'),
      // The whole number is read and replaced, never its tail.
      flags('コストはこの2年で100分の1に下がった。', 'Costs fell fivefold in two years.', '100分の1', '5分の1', 'fell fivefold'),
    ],
    [
      quiet('売上の3分の2は中国向けだった。', 'Two-thirds of sales went to China.'),
      quiet('売上の半分は中国向けだった。', 'Half of sales went to China.'),
      quiet('売上は2倍になった。', 'Sales doubled.'),
      quiet('売上は倍増した。', 'Sales doubled.'),
      quiet('コストはこの2年で10分の1に下がった。', 'Inference costs have fallen tenfold in two years.'),
      quiet('価格は1年で半減した。', 'Prices were halved in a year.'),
      quiet('労働者の5人に1人が毎日AIを使う。', 'One in five workers uses AI daily.'),
      quiet('企業の10社に1社がAIを導入した。', 'One in 10 companies has adopted AI.'),
      // 10分 is ten minutes, not a tenth.
      quiet('会議は10分の休憩を挟んだ。', 'A quarter of the budget went to chips, the meeting heard after a break.'),
      // An ordinal is no fraction (the third of four plants).
      quiet('4工場のうち3番目は熊本にある。', 'The third of four plants is in Kumamoto.'),
      // Another multiple of the source (3x, tenfold) is the quantity readers' own: the 倍 may be its.
      quiet('性能は3倍に向上した。', 'Performance doubled, to 3x the old chip.'),
      quiet('性能は10倍に向上した。', 'Performance doubled this year and rose tenfold in five years.'),
      // Two fractions unwritten and two others in their place: which stands for which is a guess.
      quiet('売上の半分は米国、4分の1は中国向けだった。', 'Two-thirds of sales went to the US and a fifth of them to China.'),
      // The tail of a longer number is no fraction of its own: 15分の1 is not 5分の1 (a fix would write 110分の1), and its 1
      // is no slip of "tenfold" (15分の10); 二十人に一人 is not 十人に一人, 十二倍 not 2倍.
      quiet('コストは2年で15分の1に下がりました。', 'Costs fell tenfold in two years.'),
      quiet('利用者の二十人に一人が有料サービスに支払っています。', 'About one in ten users now pay for the service.'),
      quiet('利用者は十二倍に増えた。', 'Users tripled.'),
      // A rank, not a share: "number one in two categories" is no 2人に1人.
      quiet('同社は2つの部門で首位だった。', 'The company was number one in two categories.'),
      quiet('同社は3つの市場で首位だった。', 'The company is No. 1 in three markets.'),
    ],
  ));

describe('fractions and multiples read on each side', () => {
  it('reads English fractions before "of" and multiple verbs, not ordinals or a quarter of a year', () => {
    assert.deepEqual(
      englishRatios('two-thirds of sales, a quarter of users, half of them, the third of four, the first quarter, revenue doubled').map((m) => [
        m.kind,
        m.numerator,
        m.denominator,
      ]),
      [
        ['fraction', 2, 3],
        ['fraction', 1, 4],
        ['fraction', 1, 2],
        ['multiple', 2, 1],
      ],
    );
  });
  it('reads no fraction or multiple in the tail of a longer number', () => {
    assert.deepEqual(
      japaneseRatios('15分の1、二十人に一人、数十倍、十二倍、3分の12、100人に1人').map((m) => [m.kind, m.numerator, m.denominator]),
      [['fraction', 1, 100]],
    );
  });
  it('reads one in N as a share, not a rank', () => {
    assert.deepEqual(
      englishRatios('number one in two categories, No. 1 in three, #1 in five, no one in ten, one in four users').map((m) => [m.numerator, m.denominator]),
      [[1, 4]],
    );
  });
  it('reads Japanese fractions and whole multiples, not the 倍 of a decimal', () => {
    assert.deepEqual(
      japaneseRatios('3分の2、三分の一、半数、2倍、三倍、1.5倍').map((m) => [m.kind, m.numerator, m.denominator]),
      [
        ['fraction', 2, 3],
        ['fraction', 1, 3],
        ['fraction', 1, 2],
        ['multiple', 2, 1],
        ['multiple', 3, 1],
      ],
    );
  });
});
