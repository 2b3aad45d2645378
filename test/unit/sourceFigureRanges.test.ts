/**
 * Figures against the source: ranges read and compared bound by bound, currencies of smaller markets, slips of digits,
 * approximate figures, fixes in the notation the translation writes, and gaps between pairs the aligner is fairly sure of.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Alignment, type AlignedPair } from '../../server/src/core/bilingual/alignment';
import { addedSegment } from '../../server/src/core/bilingual/checks/addedSegment';
import type { SourceCheckContext } from '../../server/src/core/bilingual/checks/check';
import { decimalAsWritten } from '../../server/src/core/bilingual/checks/numberMismatch';
import { omittedSegment } from '../../server/src/core/bilingual/checks/omittedSegment';
import { computeMatch, digitSlip } from '../../server/src/core/bilingual/checks/quantityMatch';
import { englishQuantities, japaneseCurrencyNames, japaneseQuantities, sameValue, type Quantity } from '../../server/src/core/bilingual/quantities';
import type { Segment } from '../../server/src/core/bilingual/segments';
import { withRanges } from '../../server/src/core/bilingual/valueRanges';
import { testServices } from '../support/analysis';
import { checkPair } from '../support/pairs';
import { detectorTable, type FlaggedCase, type QuietCase } from '../support/detectorTable';

function flags(ja: string, en: string, expected: FlaggedCase['expected']): FlaggedCase {
  return { name: `flags ${expected.map(([flagged, fix]) => `「${flagged}」→「${fix ?? ''}」`).join(' ')} against "${en}"`, text: ja, source: en, expected };
}

function quiet(ja: string, en: string): QuietCase {
  return { name: ja, text: ja, source: en };
}

/** What a reader makes of a text: each quantity's text with its kind, value, currency or unit, and whether it starts a range. */
function readings(text: string, quantities: readonly Quantity[]): string[] {
  return quantities.map(
    (q) =>
      `${text.slice(q.range.start, q.range.end)} ${q.kind} ${q.value}${q.currency ? ` ${q.currency}` : ''}${q.unit ? ` ${q.unit.name}` : ''}${q.rangeStart ? ' from' : ''}`,
  );
}

describe('ranges of figures', () => {
  const english: [string, string[]][] = [
    ['It may reach 35 to 40 billion dollars.', ['35 money 35000000000 USD from', '40 billion dollars money 40000000000 USD']],
    ['It held between 50% and 60% of the market.', ['50% percent 50 from', '60% percent 60']],
    ['A plan of $38-42 billion.', ['$38 money 38000000000 USD from', '42 billion money 42000000000 USD']],
    ['Margins of 50–60% are usual.', ['50 percent 50 from', '60% percent 60']],
    ['Channels double from 1,024 to 2,048.', ['1,024 count 1024 from', '2,048 count 2048']],
    // "and" joins two figures, not a range, without "between"; a lower bound larger once scaled is no bound of it.
    ['It sold 3 and 4 billion dollars.', ['3 count 3', '4 billion dollars money 4000000000 USD']],
    ['It rose from 500 to 2 billion.', ['500 count 500 from', '2 billion count 2000000000']],
    // A code with a dash is no range.
    ['GPT-4 and a 2-for-1 deal.', []],
  ];
  for (const [text, expected] of english) {
    it(`reads "${text}"`, () => assert.deepEqual(readings(text, withRanges(englishQuantities(text), text, 'en')), expected));
  }
  it('reads the Japanese lower bound with its upper bound’s currency, unit and per cent', async () => {
    const currencies = japaneseCurrencyNames((await testServices()).kb.currencies);
    const read = (text: string): string[] => readings(text, withRanges(japaneseQuantities(text, currencies), text, 'ja'));
    assert.deepEqual(read('380億～420億円の投資'), ['380億 money 38000000000 JPY from', '420億円 money 42000000000 JPY']);
    assert.deepEqual(read('シェアは50～60%だった'), ['50 percent 50 from', '60% percent 60']);
    assert.deepEqual(read('5～10億ドルを調達'), ['5 money 500000000 USD from', '10億ドル money 1000000000 USD']);
    assert.deepEqual(read('2,048から4,096へ'), ['2,048 count 2048 from', '4,096 count 4096']);
    assert.deepEqual(read('3社と5社'), ['3 count 3', '5 count 5']);
    assert.deepEqual(read('10億ドルから20億ドルまで'), ['10億ドル money 1000000000 USD from', '20億ドル money 2000000000 USD']);
    // から before a figure of another kind, or not closed by まで, へ or に, is a change since a figure, not a range.
    assert.deepEqual(read('2024年から30%増えた'), ['2024 year 2024', '30% percent 30']);
    assert.deepEqual(read('100億ドルから20%増の'), ['100億ドル money 10000000000 USD', '20% percent 20']);
    assert.deepEqual(read('100億ドルから120億ドル増の'), ['100億ドル money 10000000000 USD', '120億ドル money 12000000000 USD']);
  });
  it('reads a chained range once per bound and pairs each bound once', async () => {
    const currencies = japaneseCurrencyNames((await testServices()).kb.currencies);
    const en = 'from 10 to 20 to 30';
    const ja = '10から20、さらに30へ';
    const match = computeMatch(withRanges(englishQuantities(en), en, 'en'), withRanges(japaneseQuantities(ja, currencies), ja, 'ja'));
    assert.deepEqual(
      match.confirmed.map(({ target }) => target.value),
      [10, 20, 30],
    );
    const slipped = '10から21～30';
    const changed = computeMatch(withRanges(englishQuantities(en), en, 'en'), withRanges(japaneseQuantities(slipped, currencies), slipped, 'ja'));
    assert.deepEqual(
      changed.number.map(({ source, target }) => [source.value, target.value]),
      [[20, 21]],
    );
  });
  it('compares a range with a range bound by bound', async () => {
    const currencies = japaneseCurrencyNames((await testServices()).kb.currencies);
    const match = (en: string, ja: string): ReturnType<typeof computeMatch> =>
      computeMatch(withRanges(englishQuantities(en), en, 'en'), withRanges(japaneseQuantities(ja, currencies), ja, 'ja'));
    const changed = match('from 1,024 to 2,048', '2,048から4,096へ');
    assert.deepEqual(
      changed.number.map(({ source, target }) => [source.value, target.value]),
      [
        [1024, 2048],
        [2048, 4096],
      ],
    );
    assert.equal(match('35 to 40 billion dollars', '350億～400億ドル').number.length, 0);
    assert.equal(match('35 to 40 billion dollars', '350億～400億ドル').confirmed.length, 2);
    assert.deepEqual(
      match('38 to 42 billion dollars', '380億～420億円').currency.map(({ target }) => target.currency),
      ['JPY', 'JPY'],
    );
  });
});

describe('slips of digits', () => {
  const cases: [number, number, boolean][] = [
    [92.4, 94.2, true],
    [33.9, 39.3, true],
    [732e9, 723e9, true],
    [3e7, 3e8, true],
    [1000, 1e4, true],
    // Not neighbours, another scale, or another digit altogether.
    [123, 321, false],
    [92.4, 9.42, false],
    [45, 47, false],
    [5, 5, false],
  ];
  for (const [a, b, slip] of cases) it(`${a} ↔ ${b}: ${slip ? 'a slip' : 'no slip'}`, () => assert.equal(digitSlip(a, b), slip));
});

describe('approximate figures', () => {
  const cases: [number, number, boolean][] = [
    // A rounding writes fewer digits than what it rounds.
    [1.2e12, 1.19e12, true],
    [730, 732, true],
    [40, 38, true],
    [40, 35, false],
    [90, 92, true],
    // As many digits and another value: another figure, "up to" or "about" notwithstanding.
    [732e9, 723e9, false],
    [45, 46, false],
  ];
  for (const [a, b, same] of cases) it(`about ${a} ${same ? 'is' : 'is not'} ${b}`, () => assert.equal(sameValue(a, b, true), same));
});

describe('a fix in the notation the translation writes', () => {
  const cases: [number, string, string | undefined][] = [
    [66.2e12, '62.6兆', '66.2兆'],
    [1.25e8, '1.5億', '1.25億'],
    [1.55e8, '１．５億', '１．５５億'],
    // Whole numbers before a scale, or a value below one of the scale: written whole as usual.
    [66.2e12, '62兆', undefined],
    [5e7, '1.5億', undefined],
  ];
  for (const [value, written, fix] of cases)
    it(`${value} for 「${written}」: ${fix ?? 'written whole'}`, () => assert.equal(decimalAsWritten(value, written), fix));
});

describe('currencies of smaller markets', () => {
  const english: [string, string][] = [
    ['The prize was 11 million Swedish kronor.', 'SEK'],
    ['It set aside 25 billion ringgit.', 'MYR'],
    ['A RM2.5 billion plan.', 'MYR'],
    ['It costs 3 billion Swiss francs.', 'CHF'],
    ['A 40 million Norwegian kroner fund.', 'NOK'],
    ['A deal of 500 billion rupiah.', 'IDR'],
  ];
  for (const [text, code] of english)
    it(`reads ${code} in "${text}"`, () =>
      assert.deepEqual(
        englishQuantities(text).map((q) => q.currency),
        [code],
      ));
  it('reads the Japanese names', async () => {
    const currencies = japaneseCurrencyNames((await testServices()).kb.currencies);
    assert.deepEqual(
      ['250億リンギ', '1100万スウェーデン・クローナ', '5億ルピア', '3億ズロチ'].map((text) => japaneseQuantities(text, currencies)[0]?.currency),
      ['MYR', 'SEK', 'IDR', 'PLN'],
    );
  });
});

describe('number-mismatch: ranges, slips, approximate figures', () => {
  detectorTable(
    'number-mismatch',
    [
      flags('HBM4では、I/Oチャネル数が2,048から4,096へと倍増する。', 'HBM4 doubles the number of I/O channels from 1,024 to 2,048.', [
        ['2,048', '1,024', 'error', '1,024'],
        ['4,096', '2,048', 'error', '2,048'],
      ]),
      flags('同社の売上高は62.6兆ウォンだった。', 'The company reported revenue of 66.2 trillion won.', [['62.6兆', '66.2兆', 'error', '66.2 trillion won']]),
      flags('第2工場にはさらに最大7230億円を拠出する。', 'It has pledged up to 732 billion yen more for the second plant.', [
        ['7230億', '7320億', 'error', '732 billion yen'],
      ]),
      // About a figure on either side: perhaps a rounding, a warning that says so.
      flags('利益率は約15%に達した。', 'The margin reached about 14%.', [['15', '14', 'warning', '14%']]),
      flags('利益率は15%程度に達した。', 'The margin reached 14%.', [['15', '14', 'warning', '14%']]),
      flags('0から100までのスコアで中央値94.2を達成した。', 'It achieved a median score of 92.4 on a scale that runs from zero to a hundred.', [
        // Paired by its slip alone among figures each side has a different number of: a warning.
        ['94.2', '92.4', 'warning', '92.4'],
      ]),
    ],
    [
      quiet('アナリストは2025年に350億～400億ドルに達すると予想している。', 'Analysts expect it to reach 35 to 40 billion dollars in 2025.'),
      quiet('同社のシェアは50～60%だった。', 'Its share was between 50% and 60%.'),
      quiet('市場規模は約1兆1900億円になる。', 'The market will be worth about 1.2 trillion yen.'),
      quiet('国は1兆円超を支援する。', 'Rapidus Gets More Than ¥1 Trillion in State Support'),
      // から before a percentage: a change since a year or from a sum, no range to compare with the source's.
      quiet('売上高は2024年から30%増えた。', 'Sales have grown 30% since 2024.'),
      quiet('売上高は100億ドルから20%増の120億ドルになった。', 'Sales rose 20% from $10 billion to $12 billion.'),
    ],
  );
});

describe('number-mismatch: an approximate figure says so', () => {
  it('tells which side gives the figure as approximate', async () => {
    const [fromSource] = (await checkPair('利益率は15%に達した。', 'The margin reached about 14%.')).found('number-mismatch');
    assert.match(fromSource?.finding.message ?? '', /source gives it as approximate/);
    const [fromTranslation] = (await checkPair('利益率は約15%に達した。', 'The margin reached 14%.')).found('number-mismatch');
    assert.match(fromTranslation?.finding.message ?? '', /translation gives it as approximate/);
    // A bound is no approximation: up to a figure with another value is an error.
    const [bound] = (await checkPair('第2工場にはさらに最大7230億円を拠出する。', 'It has pledged up to 732 billion yen more for the second plant.')).found(
      'number-mismatch',
    );
    assert.equal(bound?.finding.severity, 'error');
  });
});

describe('currency-mismatch: ranges and currencies of smaller markets', () => {
  detectorTable(
    'currency-mismatch',
    [
      flags('TSMCは今年だけで380億～420億円の設備投資を計画している。', 'TSMC plans capital spending of 38 to 42 billion dollars this year alone.', [
        ['円', 'ドル', 'error', '42 billion dollars'],
      ]),
      flags('その年の賞金は1100万ドルだった。', 'The prize money that year was 11 million Swedish kronor.', [
        ['ドル', 'スウェーデン・クローナ', 'error', '11 million Swedish kronor'],
      ]),
      flags('マレーシア政府は250億ドルの財政支援を用意した。', 'The Malaysian government set aside 25 billion ringgit in fiscal support.', [
        ['ドル', 'リンギ', 'error', '25 billion ringgit'],
      ]),
    ],
    [quiet('マレーシア政府は250億リンギの財政支援を用意した。', 'The Malaysian government set aside RM25 billion in fiscal support.')],
  );
});

/** A segment of a text written a sentence per line. */
function segment(lines: readonly string[], k: number): Segment {
  const start = lines.slice(0, k).reduce((n, line) => n + line.length + 1, 0);
  const text = lines[k] ?? '';
  return { index: k, range: { start, end: start + text.length }, text, line: k, pieces: [{ start, text }] };
}

/** An alignment of two texts from beads of line numbers with their confidence. */
function alignmentOf(en: readonly string[], ja: readonly string[], beads: readonly [number[], number[], number][]): Alignment {
  const pairs: AlignedPair[] = beads.map(([s, t, confidence], index) => ({
    index,
    source: s.map((k) => segment(en, k)),
    target: t.map((k) => segment(ja, k)),
    confidence,
  }));
  return new Alignment('pair.en.txt', en.join('\n'), pairs, 'length');
}

async function contextOf(): Promise<SourceCheckContext> {
  const services = await testServices();
  return {
    kb: services.kb,
    lexicon: services.lexicon,
    rules: services.rules,
    mentions: [],
    findings: [],
    currencies: japaneseCurrencyNames(services.kb.currencies),
  };
}

describe('a gap between pairs the aligner is fairly sure of', () => {
  const en = [
    'The company opened a new plant last year.',
    'Workers there assemble servers for cloud providers around the region.',
    'The plant runs on power from a nearby dam.',
  ];
  const jaWithout = ['同社は昨年、新工場を開設した。', '工場は近くのダムの電力で稼働している。'];
  const jaAdded = ['同社は昨年、新工場を開設した。', '地元では歓迎する声が多く聞かれた。', '工場は近くのダムの電力で稼働している。'];
  const cases: [string, number, number, number, string | undefined][] = [
    // [what, gap, before, after, severity or none]
    ['unsure of the gap, fairly sure of both neighbours: information', 0.3, 0.7, 0.6, 'information'],
    ['unsure of a neighbour', 0.3, 0.7, 0.45, undefined],
    ['too unsure of the gap', 0.15, 0.9, 0.9, undefined],
  ];
  for (const [what, gap, before, after, severity] of cases) {
    it(`omitted: ${what}`, async () => {
      const alignment = alignmentOf(en, jaWithout, [
        [[0], [0], before],
        [[1], [], gap],
        [[2], [1], after],
      ]);
      assert.deepEqual(
        omittedSegment.check(alignment, await contextOf()).map((f) => f.severity),
        severity ? [severity] : [],
      );
    });
    it(`added: ${what}`, async () => {
      const alignment = alignmentOf([en[0] ?? '', en[2] ?? ''], jaAdded, [
        [[0], [0], before],
        [[], [1], gap],
        [[1], [2], after],
      ]);
      assert.deepEqual(
        addedSegment.check(alignment, await contextOf()).map((f) => f.severity),
        severity ? [severity] : [],
      );
    });
  }
});

describe('a sentence added inside a subtitle cue', () => {
  const cue = (k: number, text: string): string => `${k}\n00:00:0${k},000 --> 00:00:0${k},900\n${text}\n`;
  const srt = (lines: readonly string[]): string => lines.map((line, k) => cue(k + 1, line)).join('\n');
  const en = srt([
    'The company opened a new plant last year.',
    'It employs about 300 people.',
    'The plant runs on power from a nearby dam.',
    'Production starts in the spring.',
  ]);
  const ja = (second: string): string => srt(['同社は昨年、新工場を開設した。', second, '工場は近くのダムの電力で稼働している。', '生産は春に始まる。']);
  it('flags the sentence of the cue that writes a figure the source around it does not, the rest fitting the source', async () => {
    const pair = await checkPair(ja('従業員は約300人だ。同社は2028年までに第2工場も建設する計画だという。'), en, { target: 'pair.srt', source: 'pair.en.srt' });
    assert.deepEqual(
      pair.found('added-segment').map((f) => [f.flagged, f.finding.severity]),
      [['同社は2028年までに第2工場も建設する計画だという。', 'information']],
    );
  });
  it('stays quiet on a cue that translates its source in two sentences', async () => {
    const pair = await checkPair(ja('従業員は約300人だ。多くは地元で採用された。'), en, { target: 'pair.srt', source: 'pair.en.srt' });
    assert.deepEqual(pair.found('added-segment'), []);
  });
});
