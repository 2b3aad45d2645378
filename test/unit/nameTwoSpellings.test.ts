import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consonantSkeleton, soundKey } from '../../server/src/core/soundKey';
import { check } from '../support/analysis';
import { detectorTable, type FlaggedCase, type QuietCase } from '../support/detectorTable';

const CODE = 'name-two-spellings';

// Names the knowledge base does not know, written by us: a French engineer, a Dutch investor, a researcher.
const CASES: readonly FlaggedCase[] = [
  {
    name: 'the rarer spelling of a titled name gets a warning with the commoner as fix, the commoner nothing',
    text: 'マルシャル氏は新しい半導体を発表した。マルシャル氏によると量産は来年だ。取材に応じたマーシャル氏は価格には触れなかった。',
    expected: [['マーシャル', 'マルシャル', 'warning']],
  },
  {
    name: 'a majority of one use and a loose likeness: the rarer gets information with a fix, the commoner information without one',
    text: '経営者のベルナール・ゴードメット氏が語った。そのあとガウデメ氏は価格の話をした。ガウデメ氏によると量産は来年だ。',
    expected: [
      ['ゴードメット', 'ガウデメ', 'information'],
      ['ガウデメ', undefined, 'information'],
      ['ガウデメ', undefined, 'information'],
    ],
  },
  {
    name: 'even counts, the full name beside a surname alone: the surname alone gets information with the full name spelling',
    text: 'ピエール・ルコント氏が登壇した。終盤、ルカント氏は投資の話をした。',
    expected: [['ルカント', 'ルコント', 'information']],
  },
  {
    name: 'even counts, each spelling alone: information on both, each with the other as fix',
    text: '登壇したルコント氏は笑った。終盤、ルカント氏は投資の話をした。',
    expected: [
      ['ルコント', 'ルカント', 'information'],
      ['ルカント', 'ルコント', 'information'],
    ],
  },
  {
    name: 'voiced and voiceless consonants swapped (ズ/ス) in a surname written alone after the full name',
    text: '団体を作ったのはオーレリー・バーンズ氏だ。バーンス氏は研究の話をした。',
    expected: [['バーンス', 'バーンズ', 'information']],
  },
  {
    name: 'a common given name that is also a word (マーク) leaves the dotted run a name',
    text: 'CEOはマーク・ウェイドさん。あとでウェードさんは光の話をした。',
    expected: [['ウェード', 'ウェイド', 'information']],
  },
  {
    name: 'a Latin name spelled two ways in Japanese prose',
    text: '投資家のVandermeerは出資を決めた。Vandermeerは以前にも投資している。Vandermer氏は取材に答えなかった。',
    expected: [['Vandermer', 'Vandermeer', 'warning']],
  },
  {
    name: 'a company name outside a name position, when the two spellings are close',
    text: '新興のカラヴェリオン社が資金を集めた。カラヴェリオンは創薬に強い。カラベリオンの評価額は高い。',
    expected: [['カラベリオン', 'カラヴェリオン', 'warning']],
  },
  {
    name: 'onsets transliteration swaps (ジャ, ザ) start alike; the same sounds written two ways are only information',
    text: 'ザハロフ氏が答えた。ジャハロフ氏は続けた。ミレイユ・ルネー氏と、ルネイ氏。',
    expected: [
      ['ザハロフ', 'ジャハロフ', 'information'],
      ['ジャハロフ', 'ザハロフ', 'information'],
      ['ルネイ', 'ルネー', 'information'],
    ],
  },
  {
    name: 'two spellings alike only by the slips ears make (ドゥ / デュ), both in a name’s place',
    text: 'ドゥニエ氏は新しい冷却方式を語った。ドゥニエ氏によると量産は来年だ。デュニエ氏は価格には触れなかった。',
    expected: [['デュニエ', 'ドゥニエ', 'warning']],
  },
  {
    name: 'a vowel more at the end is a second spelling, not a cut name (a consonant more would be)',
    text: 'タルコー氏は新しい冷却方式を語った。タルコー氏によると量産は来年だ。タルコア氏は価格には触れなかった。',
    expected: [['タルコア', 'タルコー', 'warning']],
  },
];

const QUIET: readonly QuietCase[] = [
  { name: 'a name written the same way throughout', text: 'マルシャル氏は語った。マルシャル氏は笑った。マーシャル・プランとは関係ない。' },
  { name: 'voicing alone does not make two names one when their sounds differ more', text: 'ガルシア氏は語った。カルシウム氏は笑った。' },
  { name: 'two different people whose names share little', text: 'マルシャル氏とカルロス氏が対談した。カルロス氏はマルシャル氏に質問した。' },
  { name: 'a short name and its longer form: a cut name, not a second spelling', text: 'ジャン・ベルナ氏の話。ベルナデ氏が答えた。' },
  { name: 'ordinary loanwords before a title-like word are not names', text: 'データ社長の話ではなく、データーの話です。' },
  { name: 'two parts of one dotted name are one name', text: 'マルタ・マルテンス氏が来日した。' },
  { name: 'spellings of a known name are left to inconsistent-spelling', text: 'デミス・ハサビス氏は語った。デミス・ハッサビス氏も同意した。' },
  { name: 'a loanword with and without its long vowel', text: 'このウォッチャーは値を監視する。別のウォッチャは使わない。' },
  { name: 'Latin names in English prose', text: 'The report by Vandermeer and Vandermer was published in English last year.' },
];

describe('one name spelled two ways', () => {
  detectorTable(CODE, CASES, QUIET);

  it('the same sounds written two ways: only the rarer, as information', async () => {
    const result = await check('ルネー氏が来た。ルネー氏は語った。ルネイ氏は帰った。');
    assert.deepEqual(
      result.found(CODE).map((f) => [f.flagged, f.fix, f.severity]),
      [['ルネイ', 'ルネー', 'information']],
    );
  });

  it('fixing one of two rarer spellings leaves nothing to report at its place', async () => {
    const text = 'マルシャル氏が来た。マルシャル氏が語った。マルシャル氏が笑った。マーシャル氏は帰った。マーシャル氏は寝た。';
    const result = await check(text);
    const [first] = result.found(CODE);
    assert.equal(first?.flagged, 'マーシャル');
    const edit = first?.finding.fixes[0]?.edits[0];
    assert.ok(edit);
    const fixedText = text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
    const after = (await check(fixedText)).found(CODE);
    assert.deepEqual(
      after.map((f) => f.flagged),
      ['マーシャル'],
    );
    assert.ok(after.every((f) => f.finding.range.start > edit.range.start));
  });

  it('fixing the rarer spelling leaves one spelling and nothing to report', async () => {
    const result = await check(CASES[0]?.text ?? '');
    const fixed = await check(result.fixed(CODE));
    assert.deepEqual(fixed.found(CODE), []);
  });
});

describe('sound keys', () => {
  it('fold long vowels, doubled consonants and diphthongs', () => {
    assert.equal(soundKey('ゴードメット'), 'godometo');
    assert.equal(soundKey('ガウデメ'), 'godeme');
    assert.equal(soundKey('ダウデ'), 'dode');
    assert.equal(consonantSkeleton('godometo'), 'gdmt');
  });
});

describe('one name spelled two ways: dotted names alike but for one piece', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'the differing piece may sound further off when the other piece is written the same',
        text: 'ボリス・チャーニー氏が登壇した。ボリス・チェルニー氏は答えた。ボリス・チェルニー氏によると量産は来年だ。',
        expected: [['チャーニー', 'チェルニー', 'information']],
      },
    ],
    [
      { name: 'two people of one family: given names that do not sound alike', text: 'ボリス・チェルニー氏とアンナ・チェルニー氏は夫婦だ。' },
      { name: 'the same given name, surnames far apart', text: 'ボリス・チェルニー氏とボリス・マルコフ氏が対談した。' },
    ],
  );
});

// Names the knowledge base does not know, invented for these tests.
describe('one name spelled two ways: a spelling not name-like on its own, a vowel onset, a known given name', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a long vowel more makes the dictionary read a short unknown name as a compound (ボー+ニット): the same sounds, information',
        text: 'ボニットは画像診断のAIを作る。ボニットの製品は病院で使われる。次はボーニットの話だ。',
        expected: [['ボーニット', 'ボニット', 'information']],
      },
      {
        name: 'a name whose first vowel alone is written otherwise (English a as ア or エ)',
        text: 'エルバノク社は資金を調達した。エルバノク社の評価額は上がった。アルバノク社も話題だ。',
        expected: [['アルバノク', 'エルバノク', 'warning']],
      },
      {
        name: 'a given name the knowledge base knows, written two ways beside one surname it does not',
        text: 'ジェームス・ボルク氏が語った。ジェームズ・ボルク氏によると量産は来年だ。',
        expected: [
          ['ジェームス', 'ジェームズ', 'information'],
          ['ジェームズ', 'ジェームス', 'information'],
        ],
      },
    ],
    [
      {
        name: 'a compound of words beside a short unknown name of other sounds',
        text: 'ボニットは画像診断のAIを作る。ボニットの製品は病院で使われる。次はボーネットの話だ。',
      },
      {
        name: 'two compounds of words of the same sounds, neither unknown to the dictionary',
        text: 'ボーニットを編んだ。ボーニットは暖かい。ボウニットも売っていた。',
      },
      {
        name: 'a first vowel written otherwise and another sound too: another name',
        text: 'エルバノク社は資金を調達した。エルバノク社の評価額は上がった。アルバニク社も話題だ。',
      },
      { name: 'two people of one family with given names the knowledge base knows', text: 'ジェームズ・ボルク氏とジェーン・ボルク氏は夫婦だ。' },
    ],
  );
});

describe('one name spelled two ways: two sounds swapped', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a surname the knowledge base does not know with two sounds swapped, as often each: information on both',
        text: '海運のケラスト氏が語った。ケスラト氏によると船は足りない。',
        expected: [
          ['ケラスト', 'ケスラト', 'information'],
          ['ケスラト', 'ケラスト', 'information'],
        ],
      },
    ],
    [{ name: 'two names with two sounds swapped and another sound changed', text: 'ケラスト氏が語った。ケスリト氏によると船は足りない。' }],
  );
});
