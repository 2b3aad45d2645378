/** Korean given names read by their romanised syllables (koreanRomanisation), and the source check that compares them (koreanNames). */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  givenNameSlip,
  irregularSyllable,
  koreanGivenName,
  syllableReadings,
  unhyphenatedKoreanGivenName,
} from '../../server/src/core/bilingual/koreanRomanisation';
import { checkPair } from '../support/pairs';
import { dataDirectory } from '../../server/src/core/knowledge/knowledgeBase';
import { loadRules } from '../../server/src/core/knowledge/rules';
import { schemaValidator } from '../../server/src/core/knowledge/validate';

describe('Korean syllables', () => {
  const READ: readonly [string, string][] = [
    ['yong', 'ヨン'],
    ['su', 'ス'],
    ['jae', 'ジェ'],
    ['hyun', 'ヒュン'],
    ['kwang', 'クァン'],
    ['beom', 'ボム'],
  ];
  for (const [syllable, kana] of READ) it(`reads ${syllable} first as ${kana}`, () => assert.equal(syllableReadings(syllable)[0], kana));
  it('tells an irregular spelling (koung) from a standard or usual one (kyung, joon)', () => {
    assert.equal(irregularSyllable('koung'), true);
    assert.equal(irregularSyllable('kyung'), false);
    assert.equal(irregularSyllable('joon'), false);
  });
  it('reads no syllable in what is none (str, xq)', () => {
    assert.deepEqual(syllableReadings('str'), []);
    assert.deepEqual(syllableReadings('xq'), []);
  });
  it('reads only a hyphenated given name (not Yongsu, not Jean-Paul)', () => {
    assert.equal(koreanGivenName('Yongsu'), undefined);
    assert.equal(koreanGivenName('Jean-Paul'), undefined);
    assert.notEqual(koreanGivenName('Yong-su'), undefined);
  });
  it('cuts a given name written as one word into its two syllables, the longer first syllable of two cuts; nothing for what cuts into no syllables (Sarah, Schmidt)', () => {
    const CUT: readonly [string, string | undefined][] = [
      ['Yongsu', 'Yong-su'],
      ['Minjun', 'Min-jun'],
      ['Jaeyong', 'Jae-yong'],
      ['Hyunwoo', 'Hyun-woo'],
      ['Dongwon', 'Dong-won'],
      ['Sarah', undefined],
      ['Schmidt', undefined],
      ['Jonathan', undefined],
      ['Yongsu-ah', undefined],
    ];
    for (const [word, hyphenated] of CUT) assert.equal(unhyphenatedKoreanGivenName(word)?.hyphenated, hyphenated, word);
  });
});

describe('Korean given names as Japanese writes them', () => {
  // The usual katakana of real people's given names: voicing, a final assimilated, an h joined or silent, a glide dropped.
  const WRITTEN: readonly [string, string][] = [
    ['Jae-yong', 'ジェヨン'],
    ['Suk-yeol', 'ソンニョル'],
    ['Geun-hye', 'クネ'],
    ['Kun-hee', 'ゴンヒ'],
    ['Joon-ho', 'ジュノ'],
    ['Kye-hyun', 'ゲヒョン'],
    ['Eui-sun', 'ウィソン'],
    ['Kyung-hoon', 'キョンフン'],
    ['Tae-woo', 'テウ'],
    ['Young-hyun', 'ヨンヒョン'],
    ['Hyun-woo', 'ヒョヌ'],
    ['Hyun-woo', 'ヒョンウ'],
    // An irregular spelling: oung is yeong (김연경).
    ['Yeon-koung', 'ヨンギョン'],
  ];
  for (const [given, kana] of WRITTEN) it(`reads 「${kana}」 as ${given}`, () => assert.equal(givenNameSlip(kana, koreanGivenName(given) ?? []), 'read'));
  // One syllable heard otherwise: which one, and where it stands.
  const SLIPPED: readonly [string, string, string][] = [
    ['Yong-su', 'ヨンホ', 'ホ'],
    ['Min-ho', 'ミンス', 'ス'],
    ['Jae-yong', 'ジェヒョン', 'ヒョン'],
  ];
  for (const [given, kana, odd] of SLIPPED)
    it(`finds 「${odd}」 of 「${kana}」 unread for ${given}`, () => {
      const slip = givenNameSlip(kana, koreanGivenName(given) ?? []);
      assert.ok(typeof slip === 'object', String(slip));
      assert.equal(kana.slice(slip.start, slip.end), odd);
    });
  it('leaves a name of two syllables both heard otherwise alone (another person)', () => {
    assert.equal(givenNameSlip('ミンジュン', koreanGivenName('Yong-su') ?? []), undefined);
  });
});

describe('source check: a Korean given name with a syllable heard otherwise', () => {
  it('flags the given name, in either order of the source, with the syllable read as the fix', async () => {
    for (const en of [
      'Chief engineer Kim Yong-su spoke at the event.',
      'Chief engineer Yong-su Kim spoke at the event.',
      // Without the hyphen, beside a Korean surname.
      'Chief engineer Kim Yongsu spoke at the event.',
      'Chief engineer Yongsu Kim spoke at the event.',
    ]) {
      const checked = await checkPair('主任技術者のキム・ヨンホ氏がイベントで講演した。', en);
      assert.deepEqual(
        checked.found('name-mismatch').map((f) => [f.flagged, f.fix, f.finding.severity]),
        [['ヨンホ', 'ヨンス', 'information']],
        en,
      );
    }
  });
  const QUIET: readonly [string, string, string][] = [
    // Written right, in another voicing or with an assimilated final.
    ['主任技術者のキム・ヨンス氏がイベントで講演した。', 'Chief engineer Kim Yong-su spoke at the event.', 'ヨンス'],
    ['研究者のユン・ソンニョル氏が説明した。', 'Researcher Yoon Suk-yeol explained.', 'ソンニョル'],
    // A surname English rules read otherwise (Jung as ユング) is read as Korean reads it.
    ['所長のチョン・テホ氏は受注を見込む。', 'Lab director Jung Tae-ho expects orders.', 'チョン'],
    // Another surname written: not this check's (hanSurnames says it).
    ['主任技術者のパク・ヨンホ氏がイベントで講演した。', 'Chief engineer Kim Yong-su spoke at the event.', 'ヨンホ'],
    // An irregular spelling read as the romanisation's: no fix proposed for a guess.
    [
      'バレーボール選手のキム・ヨンギョン氏が会見で新しい計画を説明した。',
      'Volleyball player Kim Yeon-koung explained the new plan at a press conference.',
      'ヨンギョン',
    ],
    [
      'バレーボール選手のキム・ヨンホ氏が会見で新しい計画を説明した。',
      'Volleyball player Kim Yeon-koung explained the new plan at a press conference.',
      'ヨンホ',
    ],
    ['主任技術者のキム・ヨンス氏がイベントで講演した。', 'Chief engineer Kim Yongsu spoke at the event.', 'ヨンス'],
    ['主任技術者のヨンス・キム氏がイベントで講演した。', 'Chief engineer Yongsu Kim spoke at the event.', 'ヨンス'],
    // An English given name beside a Korean surname is read as English (Jason is ジェイソン, not ジャソン).
    ['主任技術者のジェイソン・キム氏がイベントで講演した。', 'Chief engineer Jason Kim spoke at the event.', 'ジェイソン'],
    ['アナリストのスーザン・パク氏が説明した。', 'Analyst Susan Park explained.', 'スーザン'],
    // A Western hyphenated name is no Korean one.
    ['研究者のジャン＝ポール・マルタン氏が説明した。', 'Researcher Jean-Paul Martin explained.', 'ジャン＝ポール'],
  ];
  for (const [ja, en, given] of QUIET)
    it(`says nothing of 「${given}」 in 「${ja}」`, async () => {
      const checked = await checkPair(ja, en);
      assert.deepEqual(
        checked.found('name-mismatch').filter((f) => given.includes(f.flagged)),
        [],
      );
    });
});

describe('the schema of the Korean syllable tables', () => {
  const validate = schemaValidator(path.join(dataDirectory(), 'schema', 'korean-romanisation.schema.json'));
  const shipped = loadRules().koreanRomanisation;
  const valid = (change: object): boolean => validate({ purpose: 'test', ...shipped, ...change });
  const cases: [string, object, boolean][] = [
    ['the shipped tables', {}, true],
    ['an irregular vowel', { vowels: [{ spelling: 'ou', readings: ['o', 'yo'], irregular: true }] }, true],
    ['a vowel reading no kana vowel', { vowels: [{ spelling: 'ou', readings: ['x'] }] }, false],
    ['a vowel without readings', { vowels: [{ spelling: 'ou', readings: [] }] }, false],
    ['a final written in hiragana', { finals: [['ng', 'ん']] }, false],
    ['a row of four kana', { plain: { k: ['カ', 'キ', 'ク', 'ケ'] } }, false],
    ['an initial in capitals', { initials: [['K', 'k']] }, false],
  ];
  for (const [name, change, expected] of cases) it(`${expected ? 'accepts' : 'rejects'} ${name}`, () => assert.equal(valid(change), expected));
});
