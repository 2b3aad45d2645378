/** What the source checks read about figures: magnitudes, rate periods, exact figures as the translation writes them, and figures the source confirms. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeSourceFindings } from '../../server/src/core/bilingual';
import { computeMatch } from '../../server/src/core/bilingual/checks/quantityMatch';
import { formatJapaneseFigure } from '../../server/src/core/bilingual/japaneseNumerals';
import { englishQuantities, japaneseQuantities } from '../../server/src/core/bilingual/quantities';
import { englishPeriods, japanesePeriods } from '../../server/src/core/bilingual/ratePeriods';
import { englishVagueQuantities, formatVagueJapanese, japaneseVagueQuantities } from '../../server/src/core/bilingual/vagueQuantities';
import { makeFinding } from '../../server/src/core/finding';
import type { Finding, OffsetRange } from '../../server/src/core/types';
import { checkPair } from '../support/pairs';

const textsOf = (text: string, ranges: readonly OffsetRange[]): string[] => ranges.map((r) => text.slice(r.start, r.end));

describe('magnitudes', () => {
  const english: [string, string, number][] = [
    ['It handles hundreds of thousands of requests.', 'hundreds of thousands', 1e5],
    ['Revenue of tens of millions of dollars.', 'tens of millions', 1e7],
    ['It will employ several hundred people.', 'several hundred', 1e2],
    ['Dozens of start-ups applied.', 'Dozens', 1e1],
    ['Thousands of GPUs were shipped.', 'Thousands', 1e3],
    ['A few billion dollars changed hands.', 'A few billion', 1e9],
  ];
  for (const [text, read, value] of english) {
    it(`reads "${read}" as ${value}`, () => {
      const found = englishVagueQuantities(text);
      assert.deepEqual(
        found.map((q) => [text.slice(q.numberRange.start, q.numberRange.end), q.value]),
        [[read, value]],
      );
    });
  }
  it('reads no magnitude in an exact figure or a word that only starts like one', () => {
    assert.deepEqual(englishVagueQuantities('It has 300 engineers and a hundred servers, and several offices.'), []);
  });
  const japanese: [string, string, number][] = [
    ['毎分数万件を処理する。', '数万', 1e4],
    ['数十万人が使う。', '数十万', 1e5],
    ['約数百人を雇う。', '数百', 1e2],
    ['数千億円を投じる。', '数千億', 1e11],
    ['何百もの企業が参加した。', '何百', 1e2],
  ];
  for (const [text, read, value] of japanese) {
    it(`reads 「${read}」 as ${value}`, () => {
      assert.deepEqual(
        japaneseVagueQuantities(text).map((q) => [text.slice(q.numberRange.start, q.numberRange.end), q.value]),
        [[read, value]],
      );
    });
  }
  it('reads no magnitude in a word with 数 (参加者数, 件数, 多数)', () => {
    assert.deepEqual(japaneseVagueQuantities('参加者数十万人、件数百件、多数の企業。'), []);
  });
  it('reads the unit after a magnitude', () => {
    const [en] = englishVagueQuantities('add several hundred megawatts of demand');
    const [ja] = japaneseVagueQuantities('数百ギガワットの需要');
    assert.equal(en?.unit?.name, 'MW');
    assert.equal(ja?.unit?.name, 'GW');
  });
  it('writes a power of ten as Japanese says some of it', () => {
    assert.deepEqual([1e1, 1e2, 1e3, 1e4, 1e5, 1e7, 1e8, 1e9, 1e12].map(formatVagueJapanese), [
      '数十',
      '数百',
      '数千',
      '数万',
      '数十万',
      '数千万',
      '数億',
      '数十億',
      '数兆',
    ]);
  });
});

describe('rate periods', () => {
  it('reads the period of an English rate, and not "a year ago"', () => {
    const text = 'Prices rose 9% a year, users are counted monthly, and it launched a year ago at $20 per month.';
    assert.deepEqual(
      englishPeriods(text).map((p) => [text.slice(p.range.start, p.range.end), p.period]),
      [
        ['a year', 'year'],
        ['per month', 'month'],
        ['monthly', 'month'],
      ],
    );
  });
  const japanese: [string, string, string][] = [
    ['料金は月に約9％上がる。', '月', 'month'],
    ['年間2000万分を処理する。', '年', 'year'],
    ['毎週更新される。', '週', 'week'],
    ['1日あたり20ドルかかる。', '日', 'day'],
    ['予算は年最大500億ウォンだ。', '年', 'year'],
  ];
  for (const [text, named, period] of japanese) {
    it(`reads 「${named}」 of 「${text}」 as ${period}`, () => {
      const found = japanesePeriods(text);
      assert.deepEqual(
        found.map((p) => [text.slice(p.periodRange?.start ?? 0, p.periodRange?.end ?? 0), p.period]),
        [[named, period]],
      );
    });
  }
  it('reads no rate in a date, a duration or a word (2025年に, 3月に, 3年間, 今年, その年5月)', () => {
    assert.deepEqual(japanesePeriods('2025年に始まり、3月に発表され、3年間続く。今年も同じで、その年5月に終わる。'), []);
  });
});

describe('counts written after a name', () => {
  const read = (ja: string): string[] => japaneseQuantities(ja, [{ name: 'ドル', code: 'USD' }]).map((q) => ja.slice(q.numberRange.start, q.numberRange.end));
  const table: [string, string[]][] = [
    ['1パッケージをGPU2基と数える。', ['1', '2']],
    ['サーバー1台にCPU8個を載せる。', ['1', '8']],
    ['H100を1万基、TPU v5も使う。', ['1万']],
    ['GPT-4oとB200、A100の3種類。', ['3']],
    ['NVL72は72基のGPUを束ねる。', ['72']],
    ['学習には約280万GPU時間を使った。', ['280万']],
    ['A100で3万GPU時間、H200で5000TPU時間。', ['3万', '5000']],
    // A Latin letter of scale belongs to the number only for money and for tokens or parameters.
    ['文脈の長さは256Kトークンです。', ['256K']],
    ['調達額は$5Mだった。', ['5M']],
    ['Llama 3 8Bと7Bモデル、512MBのメモリ。', ['3', '512']],
    ['5MWの電源と「Mistral 7B」。', ['5']],
  ];
  for (const [ja, numbers] of table) it(`reads ${numbers.join(', ') || 'nothing'} in 「${ja}」`, () => assert.deepEqual(read(ja), numbers));
  const valueOf = (ja: string): number[] => japaneseQuantities(ja, [{ name: 'ドル', code: 'USD' }]).map((q) => q.value);
  it('reads the letter of scale as its power of ten', () => {
    assert.deepEqual(valueOf('最大128Kトークン、$1.5Bの評価額。'), [128_000, 1_500_000_000]);
  });
});

describe('an exact figure written as the translation writes figures', () => {
  it('writes the whole value with its Japanese units', () => {
    assert.deepEqual(
      [11000, 5.5e6, 1.25e9, 2e11, 1.5e12, 140, 0.5].map((v) => formatJapaneseFigure(v, false)),
      ['1万1000', '550万', '12億5000万', '2000億', '1兆5000億', '140', '0.5'],
    );
  });
  it('with thousands separators when the translation writes them', () => {
    assert.deepEqual(
      [11000, 2e11, 18000, 1234].map((v) => formatJapaneseFigure(v, true)),
      ['1万1,000', '2,000億', '1万8,000', '1,234'],
    );
  });
});

describe('figures the source confirms', () => {
  const ja = 'ASMLは13億ドルを出資した。';
  const en = 'ASML invested €1.3 billion.';
  const match = computeMatch(englishQuantities(en), japaneseQuantities(ja, [{ name: 'ドル', code: 'USD' }]));
  it('are the figures of the same value, in another currency too', () => {
    assert.deepEqual(
      textsOf(
        ja,
        match.confirmed.map((c) => c.target.numberRange),
      ),
      ['13億'],
    );
    assert.equal(match.confirmed[0]?.sameCurrency, false);
  });
  const own = (code: string, range: OffsetRange): Finding =>
    makeFinding({ code, range, message: code, confidence: 0.8, explanation: { problem: code, reasons: [] }, replacements: ['130億'] });
  it('answer the translation’s own doubt about their size, and only about theirs', () => {
    const number = { start: ja.indexOf('13億'), end: ja.indexOf('13億') + 3 };
    const elsewhere = { start: 0, end: 4 };
    const merged = mergeSourceFindings([own('wrong-magnitude', number), own('wrong-magnitude', elsewhere), own('repeated-word', number)], [], [{ number }]);
    assert.deepEqual(
      merged.map((f) => [f.code, ja.slice(f.range.start, f.range.end)]),
      [
        ['wrong-magnitude', 'ASML'],
        ['repeated-word', '13億'],
      ],
    );
  });
  it('answer a doubt about the currency only when the source’s currency is the same', () => {
    const currency = { start: ja.indexOf('ドル'), end: ja.indexOf('ドル') + 2 };
    const doubt = own('implausible-currency', currency);
    assert.equal(mergeSourceFindings([doubt], [], [{ number: { start: 0, end: 1 } }]).length, 1);
    assert.equal(mergeSourceFindings([doubt], [], [{ number: { start: 0, end: 1 }, currency }]).length, 0);
  });
  it('answer a doubt about the currency of a figure of another value in the source’s currency (the value is the source check’s)', async () => {
    // Our own sentence: rupees in a story about a Taiwanese partner look implausible alone; the source says rupees.
    const { result } = await checkPair(
      '台湾の力晶積成電子製造と建設する工場の費用は9兆1000億ルピーに上る。',
      "The plant, built with Taiwan's Powerchip Semiconductor Manufacturing Corp, will cost 91,000 crore rupees.",
    );
    assert.deepEqual(
      result.findings.map((f) => f.code),
      ['number-mismatch'],
    );
  });
});

describe('English figures in words', () => {
  const ROWS: readonly [string, string, number, string | undefined][] = [
    // An article before a number joined to its unit: the number, not the article (a two-year pause is 2 years).
    ['They asked for a two-year pause.', 'measure', 2, 'year'],
    ['It came after a three-month delay.', 'measure', 3, 'month'],
    // A tens word with its unit: forty years, not a count too big to read.
    ['The plant ran for forty years.', 'measure', 40, 'year'],
    // Half a billion is half of a billion.
    ['The round raised half a billion dollars.', 'money', 5e8, undefined],
    ['It was trained on half a million tokens.', 'measure', 5e5, 'token'],
    // A tens word and a unit word still join (twenty-five percent); a word ending in half is no half.
    ['Sales rose twenty-five percent.', 'percent', 25, undefined],
    ['On behalf a billion users were counted.', 'count', 1e9, undefined],
  ];
  for (const [text, kind, value, unit] of ROWS) {
    it(`reads "${text}" as ${kind} ${value}${unit ? ` ${unit}` : ''}`, () => {
      assert.deepEqual(
        englishQuantities(text).map((q) => [q.kind, q.value, q.unit?.name]),
        [[kind, value, unit]],
      );
    });
  }
  it('reads no figure in "a" alone, nor a count over twelve without its unit', () => {
    assert.deepEqual(englishQuantities('It is a good plan for twenty companies.'), []);
  });
});

describe('dozens', () => {
  // A dozen is twelve of what follows: a dozen, two dozen, half a dozen.
  const READ: readonly [string, string, number][] = [
    ['The lab hired a dozen engineers.', 'a dozen', 12],
    ['Two dozen startups joined the programme.', 'Two dozen', 24],
    ['Half a dozen firms bid for the site.', 'Half a dozen', 6],
  ];
  for (const [text, read, value] of READ)
    it(`reads "${read}" as ${value}`, () => {
      assert.deepEqual(
        englishQuantities(text).map((q) => [q.kind, text.slice(q.numberRange.start, q.numberRange.end), q.value]),
        [['count', read, value]],
      );
    });
  // Loosely meant (about a dozen, a dozen or so), or an order of magnitude (dozens of): no figure to hold the translation to.
  const NOT_READ: readonly string[] = ['About a dozen firms bid.', 'A dozen or so firms bid.', 'Dozens of firms bid.', 'They sold a dozen of them.'];
  for (const text of NOT_READ) it(`reads no exact figure in "${text}"`, () => assert.deepEqual(englishQuantities(text), []));
  it('compares a dozen with the translation’s count, and 2ダース as 24', () => {
    const flagged = (en: string, ja: string): number => computeMatch(englishQuantities(en), japaneseQuantities(ja, [])).number.length;
    assert.equal(flagged('The lab hired a dozen engineers.', '同研究所は技術者を20人採用した。'), 1);
    assert.equal(flagged('The lab hired a dozen engineers.', '同研究所は技術者を12人採用した。'), 0);
    assert.equal(flagged('They ordered two dozen racks.', '2ダースのラックを発注した。'), 0);
  });
  // ダース counts dozens: the fix writes the source's figure in dozens, never the figure itself before ダース.
  const IN_DOZENS: readonly [string, string, string][] = [
    ['They ordered a dozen racks.', '2ダースのラックを発注した。', '1'],
    ['They ordered 24 racks.', '3ダースのラックを発注した。', '2'],
  ];
  for (const [en, ja, fix] of IN_DOZENS)
    it(`fixes 「${ja}」 for "${en}" with ${fix}ダース`, async () =>
      assert.deepEqual(
        (await checkPair(ja, en)).found('number-mismatch').map((f) => [f.flagged, f.fix]),
        [[ja.slice(0, 1), fix]],
      ));
  // A dozen loosely rendered (10人ほど, 約10社), or a count no whole number of dozens: nothing to say.
  const LOOSE_DOZEN: readonly [string, string][] = [
    ['The lab hired a dozen engineers.', '研究所は技術者を10人ほど採用した。'],
    ['The lab hired a dozen engineers.', '研究所は約10人の技術者を採用した。'],
    ['They ordered 30 racks.', '2ダースのラックを発注した。'],
  ];
  for (const [en, ja] of LOOSE_DOZEN)
    it(`says nothing of 「${ja}」 for "${en}"`, async () => assert.deepEqual((await checkPair(ja, en)).found('number-mismatch'), []));
  it('still flags a dozen against a loose figure that is no dozen (20人ほど)', async () =>
    assert.equal((await checkPair('研究所は技術者を20人ほど採用した。', 'The lab hired a dozen engineers.')).found('number-mismatch').length, 1));
  it('reads no figure in 20数社 (twenty-odd)', () => {
    assert.deepEqual(japaneseQuantities('20数社が参加した。', []), []);
  });
});

describe('years joined to a word', () => {
  // A fiscal year or a year's middle is a year, though a letter or a hyphen is joined to it.
  const READ: readonly [string, number][] = [
    ['Revenue for FY2025 rose.', 2025],
    ['The deal closed in mid-2024.', 2024],
  ];
  for (const [text, year] of READ)
    it(`reads ${year} in "${text}"`, () =>
      assert.deepEqual(
        englishQuantities(text).map((q) => [q.kind, q.value]),
        [['year', year]],
      ));
  // A code that only ends in digits of a year's size is no year.
  it('reads no year in "XFY2025" or "SKU-2025"', () => {
    assert.deepEqual(englishQuantities('Model XFY2025 shipped.'), []);
    assert.deepEqual(englishQuantities('Part SKU-2025 shipped.'), []);
  });
  // 2026年3月期 names a fiscal year by its end, which English names by its start as often (fiscal 2025): not compared.
  it('reads no year in 2026年3月期, and one in 2025年度', () => {
    assert.deepEqual(
      japaneseQuantities('2026年3月期に減益を見込む。', []).filter((q) => q.kind === 'year'),
      [],
    );
    assert.deepEqual(
      japaneseQuantities('2025年度に増収を見込む。', []).map((q) => [q.kind, q.value]),
      [['year', 2025]],
    );
  });
  // A fiscal year either side is named by its start or its end: FY2026 may be 2025年度 (a year off either way agrees).
  const FISCAL_AGREES: readonly [string, string][] = [
    ['The company turned a profit in FY2026.', '同社は2025年度に黒字化した。'],
    ['The company turned a profit in fiscal 2024.', '同社は2025年度に黒字化した。'],
    ['The company turned a profit in FY2025.', '同社は2025年度に黒字化した。'],
  ];
  for (const [en, ja] of FISCAL_AGREES)
    it(`says nothing of 「${ja}」 for "${en}"`, async () => assert.deepEqual((await checkPair(ja, en)).found('number-mismatch'), []));
  const FISCAL_DIFFERS: readonly [string, string][] = [
    ['The company turned a profit in FY2028.', '同社は2025年度に黒字化した。'],
    // A calendar year on both sides is compared exactly.
    ['The company turned a profit in 2026.', '同社は2025年に黒字化した。'],
  ];
  for (const [en, ja] of FISCAL_DIFFERS)
    it(`flags 「${ja}」 for "${en}"`, async () => assert.equal((await checkPair(ja, en)).found('number-mismatch').length, 1));
});

describe('the US dollar, however the English writes it', () => {
  const READ: readonly [string, string, number][] = [
    ['Capital spending was 6.4 billion U.S. dollars.', '6.4 billion U.S. dollars', 6.4e9],
    ['Capital spending was U.S.$6.4 billion.', 'U.S.$6.4 billion', 6.4e9],
    ['Capital spending was U.S. $6.4 billion.', 'U.S. $6.4 billion', 6.4e9],
    ['Capital spending was US$6.4 billion.', 'US$6.4 billion', 6.4e9],
    ['Capital spending was 6.4 billion US dollars.', '6.4 billion US dollars', 6.4e9],
  ];
  for (const [text, read, value] of READ)
    it(`reads "${read}" as ${value} USD`, () => {
      assert.deepEqual(
        englishQuantities(text).map((q) => [q.kind, q.currency, text.slice(q.range.start, q.range.end), q.value]),
        [['money', 'USD', read, value]],
      );
    });
  // Not US dollars: another country's dollar; the U.S. with no amount.
  it('reads Canadian dollars as CAD', () => {
    assert.deepEqual(
      englishQuantities('It cost 6.4 billion Canadian dollars.').map((q) => q.currency),
      ['CAD'],
    );
  });
  it('reads no amount in "the U.S. economy"', () => {
    assert.deepEqual(englishQuantities('The U.S. economy grew.'), []);
  });
});

describe('multiples in a word', () => {
  // A multiple in one word is a count, as 10倍 is: tenfold, a hundredfold, three-fold.
  const READ: readonly [string, string, number][] = [
    ['Inference demand grew tenfold last year.', 'tenfold', 10],
    ['Costs fell a hundredfold over the decade.', 'hundredfold', 100],
    ['Output rose three-fold.', 'three-fold', 3],
    ['Traffic grew roughly twofold.', 'twofold', 2],
    ['Throughput rose fiftyfold.', 'fiftyfold', 50],
    ['Prices fell a thousandfold.', 'thousandfold', 1000],
  ];
  for (const [text, read, value] of READ)
    it(`reads "${read}" as ${value}`, () => {
      assert.deepEqual(
        englishQuantities(text).map((q) => [q.kind, text.slice(q.numberRange.start, q.numberRange.end), q.value]),
        [['count', read, value]],
      );
    });
  // Not a multiple: verbs of change (Japanese writes 倍増 as often as 2倍), words that only contain one, a manifold.
  const NOT_READ: readonly string[] = [
    'HBM4 doubles the interface width.',
    'Revenue tripled in the quarter.',
    'The manifold was redesigned.',
    'A tenfolder is no word.',
  ];
  for (const text of NOT_READ) it(`reads no multiple in "${text}"`, () => assert.deepEqual(englishQuantities(text), []));
  it('compares a multiple with the translation’s 倍', () => {
    const match = computeMatch(englishQuantities('Demand grew tenfold.'), japaneseQuantities('需要は100倍に伸びた。', []));
    assert.deepEqual(
      match.number.map(({ source, target }) => [source.value, target.value]),
      [[10, 100]],
    );
  });
});
