/**
 * Names rendered in katakana by how they are said (the CMU Pronouncing Dictionary's phones written by
 * arpabet-katakana.yaml): a table of real names and the katakana Japanese news writes for them, the table's schema, and
 * the name check against a source that uses the rendering, which takes a variant spelling for a rendering and a name of
 * other sounds for a slip.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as path from 'node:path';
import { renderWordByPronunciation } from '../../server/src/core/bilingual/pronouncedRendering';
import { heardOtherwise, sameRendering, vowelDifferences } from '../../server/src/core/bilingual/katakanaRendering';
import { pronouncingDictionaryRead, pronunciationOf } from '../../server/src/core/bilingual/pronouncingDictionary';
import { check } from '../support/analysis';
import { readValidated } from '../../server/src/core/knowledge/validate';
import { detectorTable } from '../support/detectorTable';

/** Names and the katakana Japanese news writes for them (sure spellings only). */
const SAID: readonly [string, string][] = [
  ['Talbot', 'タルボット'],
  ['Feldman', 'フェルドマン'],
  ['Moore', 'ムーア'],
  ['Daniel', 'ダニエル'],
  ['Michael', 'マイケル'],
  ['William', 'ウィリアム'],
  ['Jason', 'ジェイソン'],
  ['Parker', 'パーカー'],
  ['Ford', 'フォード'],
  ['Jackson', 'ジャクソン'],
  ['Thompson', 'トンプソン'],
  ['Duncan', 'ダンカン'],
  ['Peter', 'ピーター'],
  ['Richard', 'リチャード'],
  ['Murphy', 'マーフィー'],
  ['Andy', 'アンディ'],
  ['Gates', 'ゲイツ'],
  ['Edwards', 'エドワーズ'],
  ['Stone', 'ストーン'],
  ['Jones', 'ジョーンズ'],
  // A schwa takes its vowel from its letters (Gordon's o, Marcus's u); a final consonant and le is ル.
  ['Gordon', 'ゴードン'],
  ['Marcus', 'マーカス'],
  ['Google', 'グーグル'],
  // A stop spelt doubled, and a stop after a short vowel at the end, with ッ; not the k of -ics, nor of -ckson.
  ['Manhattan', 'マンハッタン'],
  ['Russell', 'ラッセル'],
  ['Brooks', 'ブルックス'],
  ['Logistics', 'ロジスティクス'],
  // m before b, p or f is ン; a final s after n is ス; ew after r is リュ, u after t is テュ.
  ['Memphis', 'メンフィス'],
  ['Hopkins', 'ホプキンス'],
  ['Andrew', 'アンドリュー'],
  ['Institute', 'インスティテュート'],
  // Long vowels: -ation, a final o spelt o (short) or oe (long), an i said ee (short), doubled vowel letters, war and -ford.
  ['Constellation', 'コンステレーション'],
  ['Cisco', 'シスコ'],
  ['Monroe', 'モンロー'],
  ['Lisa', 'リサ'],
  ['Tony', 'トニー'],
  ['Haas', 'ハース'],
  ['Warner', 'ワーナー'],
  ['Clifford', 'クリフォード'],
  ['Delaware', 'デラウェア'],
  // Where the rules of spelling miss: what the dictionary says is what translators write.
  ['Bernstein', 'バーンスタイン'],
  ['Susan', 'スーザン'],
  ['Lucy', 'ルーシー'],
];

describe('katakana rendering by pronunciation', () => {
  // First of the file: the process has rendered nothing yet.
  it('reads the dictionary only when a check against a source renders a name, not for the translation alone', async () => {
    await check('アナリストのスーザン・バーンハート氏とマイケル・ホプキンズ氏は需要が続くとみている。');
    assert.equal(pronouncingDictionaryRead(), false);
  });
  for (const [english, katakana] of SAID) {
    it(`writes ${english} as ${katakana}`, () => assert.equal(renderWordByPronunciation(english), katakana));
  }
  it('writes v as バ行, or ヴ for a translation that writes ヴ', () => {
    assert.equal(renderWordByPronunciation('Victor'), 'ビクター');
    assert.equal(renderWordByPronunciation('Victor', { vu: true }), 'ヴィクター');
  });
  it('leaves to the spelling rules a word the dictionary lacks, one of two letters, and one whose l it does not say', () => {
    assert.equal(pronunciationOf('Rasgonx'), undefined);
    assert.equal(renderWordByPronunciation('Rasgonx'), undefined);
    assert.equal(renderWordByPronunciation('De'), undefined);
    assert.equal(renderWordByPronunciation('Palmer'), undefined);
  });
  it('reads the dictionary: a word and its stressed phones', () => {
    assert.deepEqual(pronunciationOf('Talbot'), ['T', 'AE1', 'L', 'B', 'AH0', 'T']);
    assert.deepEqual(pronunciationOf('TALBOT'), ['T', 'AE1', 'L', 'B', 'AH0', 'T']);
    assert.equal(pronunciationOf('talbot-smith'), undefined);
  });
  it('reads a table of ARPAbet katakana that matches its schema, a row for every consonant of ARPAbet', () => {
    const root = path.join(__dirname, '..', '..', 'server', 'data');
    const table = readValidated<{ vowels: Record<string, string>; consonants: Record<string, Record<string, string>> }>(
      path.join(root, 'pronunciation', 'arpabet-katakana.yaml'),
      path.join(root, 'schema', 'arpabet-katakana.schema.json'),
    );
    const consonants = 'B CH D DH F G HH JH K L M N NG P R S SH T TH V W Y Z ZH'.split(' ');
    assert.deepEqual(
      consonants.filter((c) => !table.consonants[c]),
      [],
    );
    assert.equal(Object.keys(table.vowels).length, 15);
  });
  it('takes renderings that differ only in the variants writers differ in for one, and other sounds for another', () => {
    assert.ok(sameRendering('ジェイムズ', 'ジェームズ'));
    assert.ok(sameRendering('ホプキンズ', 'ホプキンス'));
    assert.ok(sameRendering('ウィットモア', 'ウィトモア'));
    assert.ok(sameRendering('ヴィクター', 'ビクター'));
    assert.ok(!sameRendering('ラスキン', 'ラスゴン'));
    assert.ok(!sameRendering('バーンハート', 'バーンスタイン'));
  });
  it('counts the vowels two renderings of the same consonants write otherwise, and takes two for another name heard', () => {
    assert.equal(vowelDifferences('フェルドマン', 'フリードマン'), 2);
    assert.equal(vowelDifferences('ジェンセン', 'ジェンスン'), 1);
    assert.equal(vowelDifferences('ラスゴン', 'ラスキン'), undefined);
    assert.ok(heardOtherwise('Feldman', 'フリードマン'));
    assert.ok(!heardOtherwise('Jensen', 'ジェンスン'));
    assert.ok(!heardOtherwise('Feldman', 'フェルドマン'));
  });
});

describe('name-mismatch with names rendered by pronunciation', () =>
  detectorTable(
    'name-mismatch',
    [
      // One part of a person nobody knows written with other sounds: fixed as the dictionary says the word (not バーンステイン).
      {
        name: 'flags 「バーンハート」 against "Bernstein", fixed バーンスタイン',
        text: 'アナリストのスーザン・バーンハート氏は需要が続くとみている。',
        source: 'Analyst Susan Bernstein expects demand to continue.',
        expected: [['バーンハート', 'バーンスタイン', 'information', 'Bernstein']],
      },
      // A part with the word's consonants but two vowels otherwise than both renderings: another name heard (ガーメン for Gorman).
      {
        name: 'flags 「ガーメン」 against "Gorman", fixed ゴーマン',
        text: 'アナリストのカレン・ガーメン氏は需要が続くとみている。',
        source: 'Analyst Karen Gorman expects demand to continue.',
        expected: [['ガーメン', 'ゴーマン', 'information', 'Gorman']],
      },
    ],
    [
      // One vowel otherwise is another way of writing the name (ホールダン, as ジェンスン for Jensen).
      {
        name: 'ピーター・ホールダン',
        text: 'アナリストのピーター・ホールダン氏は需要が続くとみている。',
        source: 'Analyst Peter Holden expects demand to continue.',
      },
      // Renderings that differ from ours only by an accepted variant (ズ/ス, ー, ッ) are renderings, not slips.
      {
        name: 'スーザン・バーンスタイン',
        text: 'アナリストのスーザン・バーンスタイン氏は需要が続くとみている。',
        source: 'Analyst Susan Bernstein expects demand to continue.',
      },
      {
        name: 'ルーシー・ホプキンズ',
        text: 'アナリストのルーシー・ホプキンズ氏は需要が続くとみている。',
        source: 'Analyst Lucy Hopkins expects demand to continue.',
      },
      {
        name: 'ルシー・ウィトモア',
        text: 'アナリストのルシー・ウィトモア氏は需要が続くとみている。',
        source: 'Analyst Lucy Whitmore expects demand to continue.',
      },
    ],
  ));
