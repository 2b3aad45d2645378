/** The pieces under the source checks: quantities in both languages, pairing by name, segmenting and aligning. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alignByLength, alignByTime } from '../../server/src/core/bilingual/align';
import { sourceCandidates, isSourceName } from '../../server/src/core/bilingual/pairing';
import { englishQuantities, formatJapaneseNumber, japaneseQuantities } from '../../server/src/core/bilingual/quantities';
import { segmentText } from '../../server/src/core/bilingual/segments';

const YEN_AND_DOLLARS = [
  { name: 'ドル', code: 'USD' },
  { name: 'ユーロ', code: 'EUR' },
  { name: 'ルピー', code: 'INR' },
];

describe('quantities', () => {
  const english: readonly [string, number, string, string?][] = [
    ['$5.5 million', 5.5e6, 'money', 'USD'],
    ['1.2 billion dollars', 1.2e9, 'money', 'USD'],
    ['€2bn', 2e9, 'money', 'EUR'],
    ['40%', 40, 'percent'],
    ['12 percent', 12, 'percent'],
    ['in 2024', 2024, 'year'],
    ['5 gigawatts', 5, 'measure'],
    ['10,000 GPUs', 10000, 'count'],
    ['5.5M users', 5.5e6, 'count'],
    ['three million users', 3e6, 'count'],
    ['a billion dollars', 1e9, 'money', 'USD'],
    ['twenty-five percent', 25, 'percent'],
    ['two companies', 2, 'count'],
    ['5 m', 5, 'count'],
  ];
  for (const [text, value, kind, currency] of english) {
    it(`reads "${text}" as ${value} (${kind})`, () => {
      const [q] = englishQuantities(text);
      assert.deepEqual({ value: q?.value, kind: q?.kind, currency: q?.currency }, { value, kind, currency });
    });
  }
  it('reads no amount in a model name or a code, nor in "one", "a" or a fraction in words', () => {
    assert.deepEqual(englishQuantities('GPT-4o, H100, o1 and Llama 3.1-405B'), []);
    assert.deepEqual(englishQuantities('One of them had a plan for two-thirds of it.'), []);
  });
  const japanese: readonly [string, number, string, string?][] = [
    ['550万ドル', 5.5e6, 'money', 'USD'],
    ['12億', 1.2e9, 'count'],
    ['1兆2000億円', 1.2e12, 'count'],
    ['５．５億ユーロ', 5.5e8, 'money', 'EUR'],
    ['40パーセント', 40, 'percent'],
    ['2024年', 2024, 'year'],
    ['5ギガワット', 5, 'measure'],
    ['三百万ドル', 3e6, 'money', 'USD'],
    ['二十億五千万', 2.05e9, 'count'],
  ];
  for (const [text, value, kind, currency] of japanese) {
    it(`reads 「${text}」 as ${value} (${kind})`, () => {
      const [q] = japaneseQuantities(text, YEN_AND_DOLLARS);
      assert.deepEqual({ value: q?.value, kind: q?.kind, currency: q?.currency }, { value, kind, currency });
    });
  }
  it('writes values the Japanese way', () => {
    assert.deepEqual([5.5e6, 1.2e9, 1.25e9, 2024, 3.5e12, 40].map(formatJapaneseNumber), ['550万', '12億', '12億5000万', '2024', '3兆5000億', '40']);
  });
});

describe('pairing by name', () => {
  it('finds NAME.en.* beside NAME.txt and NAME.ja.*, the same kind of file first', () => {
    assert.deepEqual(sourceCandidates('/d/talk.txt'), ['/d/talk.en.txt', '/d/talk.en.srt', '/d/talk.en.vtt', '/d/talk.en.md']);
    assert.equal(sourceCandidates('/d/talk.ja.srt')[0], '/d/talk.en.srt');
    assert.deepEqual(sourceCandidates('/d/talk.en.txt'), [], 'a source has no source');
    assert.ok(isSourceName('talk.en.vtt') && !isSourceName('talk.txt'));
  });
});

describe('segments', () => {
  it('cuts English at sentence ends but not after abbreviations or initials', () => {
    const segments = segmentText('Mr. Smith met J. Doe at 3.5 p.m. today. They talked.\nNext line.', 'en');
    assert.deepEqual(
      segments.map((s) => s.text),
      ['Mr. Smith met J. Doe at 3.5 p.m. today.', 'They talked.', 'Next line.'],
    );
  });
  it('ends a sentence after U.S., U.K., E.U. or Inc. before a word that opens one, not before a name', () => {
    const sentences = (text: string): string[] => segmentText(text, 'en').map((s) => s.text);
    assert.deepEqual(sentences('The chips are sold in the U.S. The next quarter looks weaker.'), [
      'The chips are sold in the U.S.',
      'The next quarter looks weaker.',
    ]);
    assert.deepEqual(sentences('Demand rose in the U.K. But prices fell in the E.U. It was a mixed year.'), [
      'Demand rose in the U.K.',
      'But prices fell in the E.U.',
      'It was a mixed year.',
    ]);
    assert.deepEqual(sentences('Sales went to Nvidia Corp. We expect more.'), ['Sales went to Nvidia Corp.', 'We expect more.']);
    // A name after the abbreviation keeps the sentence whole.
    assert.deepEqual(sentences('The U.S. Commerce Department and U.K. Prime Minister spoke. Nvidia Corp. CEO Jensen Huang agreed.'), [
      'The U.S. Commerce Department and U.K. Prime Minister spoke.',
      'Nvidia Corp. CEO Jensen Huang agreed.',
    ]);
    // Initials of a person stay with the name even before a word that could open a sentence.
    assert.deepEqual(sentences('TSMC chairman C.C. Wei spoke. Mr. The is a surname here.'), ['TSMC chairman C.C. Wei spoke.', 'Mr. The is a surname here.']);
  });
  it('keeps initials run together with dots in their sentence (C.C. Wei, J.R.R. Tolkien)', () => {
    const segments = segmentText('TSMC chairman C.C. Wei spoke. He quoted J.R.R. Tolkien. It rained.', 'en');
    assert.deepEqual(
      segments.map((s) => s.text),
      ['TSMC chairman C.C. Wei spoke.', 'He quoted J.R.R. Tolkien.', 'It rained.'],
    );
  });
  it('cuts Japanese after 。！？ and a closing quote', () => {
    assert.deepEqual(
      segmentText('彼は「行く。」と言った。本当か？はい', 'ja').map((s) => s.text),
      ['彼は「行く。」と言った。', '本当か？', 'はい'],
    );
  });
  it('makes one segment per cue of a subtitle file, with its times', () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,000\nHello there,\nfriend.\n\n2\n00:00:04,000 --> 00:00:05,000\nBye.\n';
    const segments = segmentText(srt, 'en', 'srt');
    assert.deepEqual(
      segments.map((s) => [s.text, s.startMs, s.endMs]),
      [
        ['Hello there, friend.', 1000, 3000],
        ['Bye.', 4000, 5000],
      ],
    );
  });
});

describe('alignment', () => {
  const unit = (length: number, anchors: string[] = []): { length: number; anchors: Set<string> } => ({ length, anchors: new Set(anchors) });
  it('pairs sentences one to one when their lengths keep the ratio, surely', () => {
    const beads = alignByLength([unit(40), unit(80), unit(30)], [unit(15), unit(30), unit(11)]);
    assert.deepEqual(
      beads.map((b) => [b.source, b.target]),
      [
        [[0], [0]],
        [[1], [1]],
        [[2], [2]],
      ],
    );
    assert.ok(beads.every((b) => b.confidence > 0.8));
  });
  it('joins two source sentences translated as one', () => {
    const beads = alignByLength([unit(40), unit(40), unit(40), unit(60)], [unit(15), unit(30), unit(22)]);
    assert.deepEqual(
      beads.map((b) => [b.source, b.target]),
      [
        [[0], [0]],
        [[1, 2], [1]],
        [[3], [2]],
      ],
    );
  });
  it('leaves out, rather than merges, a sentence whose figure the translation lacks (a sentence per line)', () => {
    const line = (length: number, anchors: string[]): { length: number; anchors: Set<string>; ownLine: boolean } => ({
      ...unit(length, anchors),
      ownLine: true,
    });
    const beads = alignByLength([line(40, ['n:1']), line(40, ['n:2']), line(40, ['n:3'])], [line(15, ['n:2']), line(15, ['n:3'])]);
    assert.deepEqual(
      beads.map((b) => [b.source, b.target]),
      [
        [[0], []],
        [[1], [0]],
        [[2], [1]],
      ],
    );
  });
  it('is unsure where lengths cannot tell', () => {
    const beads = alignByLength([unit(40), unit(40), unit(40)], [unit(15), unit(15)]);
    assert.ok(beads.some((b) => b.confidence < 0.6));
  });
  it('pairs cues by time, a cue with no counterpart alone', () => {
    const beads = alignByTime(
      [
        { startMs: 0, endMs: 2000 },
        { startMs: 2000, endMs: 4000 },
        { startMs: 9000, endMs: 10000 },
      ],
      [
        { startMs: 0, endMs: 4000 },
        { startMs: 5000, endMs: 6000 },
        { startMs: 9000, endMs: 10000 },
      ],
    );
    assert.deepEqual(
      beads.map((b) => [b.source, b.target]),
      [
        [[0, 1], [0]],
        [[], [1]],
        [[2], [2]],
      ],
    );
  });
});
