import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldRomaji, spellingReading } from '../../server/src/core/spellingReading';
import { katakanaToRomaji } from '../../server/src/core/text';
import { detectorTable, type FlaggedCase, type QuietCase } from '../support/detectorTable';

const CODE = 'spelled-out-name';

// Real entities of the knowledge base (Stargate, Mobileye, Perplexity), in sentences we wrote; the katakana
// words flagged are letter-by-letter readings of their English spellings, made up for these tests.
const CASES: readonly FlaggedCase[] = [
  {
    name: 'a project read from its spelling beside the companies behind it: a warning with the known spelling',
    text: 'OpenAIとソフトバンクが進めるスタルガテ計画のデータセンターがテキサスで建設中だ。',
    expected: [['スタルガテ', 'スターゲート', 'warning']],
  },
  {
    name: 'the same reading with nothing of the project named: information only',
    text: 'スタルガテ計画のデータセンターがテキサスで建設中だ。',
    expected: [['スタルガテ', 'スターゲート', 'information']],
  },
  {
    name: 'a subsidiary read from its spelling beside its parent company',
    text: 'インテル傘下のモビレイエは自動運転の新しいチップを発表した。',
    expected: [['モビレイエ', 'モービルアイ', 'warning']],
  },
  {
    name: 'a long name read letter by letter, unnamed otherwise: information',
    text: '検索AIのペルプレクシティは新しいブラウザを公開した。',
    expected: [['ペルプレクシティ', 'パープレキシティ', 'information']],
  },
];

const QUIET: readonly QuietCase[] = [
  { name: 'the name written as it is said', text: 'OpenAIとソフトバンクが進めるスターゲート計画は順調だ。' },
  { name: 'a word of the dictionary that reads like a name’s spelling', text: '工場ではゴーグルをかけて作業する。' },
  { name: 'an unknown place name like no reading of a known name', text: 'ポルトガルの港町カスカイスで会議が開かれた。' },
  { name: 'a word too short to judge', text: 'カナダのコヘレは企業向けの言語モデルを公開した。' },
  { name: 'a part of a dotted name is a person’s name, not judged here', text: '会見ではジョン・スタルガテ氏が登壇した。' },
];

describe('a name written from its spelling, letter by letter', () => {
  detectorTable(CODE, CASES, QUIET);
});

describe('the letter-by-letter reading of an English spelling', () => {
  // [English, a katakana reading a Japanese reader gives it letter by letter]
  const READINGS: readonly (readonly [string, string])[] = [
    ['Stargate', 'スタルガテ'],
    ['Mobileye', 'モビレイエ'],
    ['Perplexity', 'ペルプレクシティ'],
    ['Lambda', 'ランブダ'],
    ['Tesla', 'テスラ'],
    ['d-Matrix', 'ドマトリクス'],
  ];
  for (const [english, katakana] of READINGS) {
    it(`${english} reads as ${katakana}`, () => {
      assert.equal(spellingReading(english), foldRomaji(katakanaToRomaji(katakana)));
    });
  }
  it('is undefined for what is not one word of Latin letters', () => {
    assert.equal(spellingReading('Open AI'), undefined);
    assert.equal(spellingReading('GPT-4o'), undefined);
  });
  it('folds two writings of one sound together', () => {
    assert.equal(foldRomaji('shitsuke'), foldRomaji('situke'));
    assert.equal(foldRomaji('vaiburu'), foldRomaji('baiburu'));
  });
});
