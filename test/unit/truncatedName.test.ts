import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../support/analysis';
import { detectorTable, type FlaggedCase, type QuietCase } from '../support/detectorTable';

const CODE = 'truncated-name';

// Sentences written by us; the names are real entities of the knowledge base.
const FOUND: readonly FlaggedCase[] = [
  {
    name: 'a given name that lost its last sound, beside the full name',
    text: 'デミス・ハサビスは講演で研究の話をした。司会者は最後に、デミが挙げた例をもう一度取り上げた。',
    expected: [['デミ', 'デミス', 'warning']],
  },
  {
    name: 'a product name whose lost end is written in hiragana',
    text: 'Googleのジェミニは便利です。私もジェミにかなり頼っています。',
    expected: [['ジェミに', 'ジェミニ', 'warning']],
  },
  {
    name: 'a dictionary word one sound short of a named company is only information',
    text: 'マイクロン・テクノロジーはメモリを作っている。今年はマイクロが最高益を出した。',
    expected: [['マイクロ', 'マイクロン', 'information']],
  },
  {
    name: 'a long beginning of a one-word company name the story does not name is information',
    text: '米国のグローバルファウは成熟プロセスの受託製造に強い。',
    expected: [['グローバルファウ', 'グローバルファウンドリーズ', 'information']],
  },
  {
    name: 'a long beginning cut inside its last word (プリファードネット) is information',
    text: '日本のプリファードネットは深層学習の会社だ。',
    expected: [['プリファードネット', 'プリファードネットワークス', 'information']],
  },
  {
    name: 'a named company cut before a long vowel, the long vowel lost with the end (ラムリサ of ラムリサーチ)',
    text: 'ラムリサーチは決算を発表した。ラムリサの装置は好調だ。',
    expected: [['ラムリサ', 'ラムリサーチ', 'warning']],
  },
  {
    name: 'a short beginning, no dictionary word, that only one entity’s name starts with, the story not naming it: information',
    text: 'AI向けのGPUでは、エヌビディの新製品が話題だ。',
    expected: [['エヌビディ', 'エヌビディア', 'information']],
  },
  {
    name: 'a kanji name cut inside the given name, before a title, the person named',
    text: 'ソフトバンクの孫正義会長が講演した。孫正さんはAIの計算基盤が必要だと話した。',
    expected: [['孫正', '孫正義', 'warning']],
  },
  {
    name: 'a Chinese name cut after the surname and one kanji, before a title in kanji, the person not named: information',
    text: '梁文氏はめったに取材に応じない。',
    expected: [['梁文', '梁文鋒', 'information']],
  },
  {
    name: 'a head of state’s kanji name cut inside the given name, before the title of the office (総統; name-titles.yaml)',
    text: '台湾の頼清徳総統は半導体を重視する。頼清総統の演説は短かった。',
    expected: [['頼清', '頼清徳', 'warning']],
  },
  {
    name: 'a katakana name with a kanji word cut inside the kanji',
    text: 'サムスン電子は決算を発表した。サムスン電の利益は増えた。',
    expected: [['サムスン電', 'サムスン電子', 'warning']],
  },
  {
    name: 'a cut of our katakana of a name the knowledge base writes in Latin letters only, before a geminate mark: information',
    text: 'MiniMaxは上海の会社だ。上海のミニマは新しいモデルを出した。',
    expected: [['ミニマ', 'ミニマックス', 'information']],
  },
  {
    name: 'a cut of the katakana of a spelling with a version after it',
    text: 'ブロードコムは新しいスイッチを出した。トマホー 6 は帯域が倍になった。',
    expected: [['トマホー', 'トマホーク', 'information']],
  },
  {
    name: 'a dictionary word before 世代, cut from a named chip: information',
    text: 'NVIDIAのブラックウェルは好調だ。ブラック世代のGPUには大容量のメモリが載る。',
    expected: [['ブラック', 'ブラックウェル', 'information']],
  },
  {
    name: 'a named company cut before a geminate mark',
    text: 'アンソロピックは新しいモデルを出した。アンソロピの方針は早かった。',
    expected: [['アンソロピ', 'アンソロピック', 'warning']],
  },
  {
    name: 'a dictionary word that begins a named company, as the subject of what companies do',
    text: 'ニュースケール・パワーは小型炉の会社だ。ニュースは新しい炉の設計を発表した。',
    expected: [['ニュース', 'ニュースケール', 'information']],
  },
];

const QUIET: readonly QuietCase[] = [
  {
    name: 'a surname alone before the title of an office is how Japanese names a person',
    text: '台湾の頼清徳総統は半導体を重視する。頼総統の演説は短かった。',
  },
  { name: 'a short beginning of a name that is a dictionary word, the story not naming it', text: '新しいソフトの売上が伸びた。' },
  {
    name: 'a word of a compound brand (オープン of オープンエーアイ) is an ordinary word',
    text: 'オープンエーアイは新モデルを公開した。店は十時にオープンする。',
  },
  { name: 'a given name on its own is a short form, not a cut', text: 'ジェンスン・フアンが登壇した。ジェンスンは笑った。' },
  { name: 'a prefix of a name the document does not name', text: 'デミが来た。' },
  { name: 'a cut inside a sound (before a long-vowel mark)', text: 'ディープシークは新モデルを出した。ディが何かは分からない。' },
  { name: 'a dictionary word of a merely related entity', text: 'マイクロソフトの話。マイクロな視点で見る。' },
  { name: 'dictionary words run together at the beginning of a long name (ニューヨークタイム)', text: 'ニューヨークタイムで午前9時に決算が発表された。' },
  { name: 'a beginning of a long name shorter than six kana', text: '米国のグローバルは強い。' },
  { name: 'a surname alone before a title', text: '小池淳義社長が登壇した。小池さんは量産の時期を語った。' },
  { name: 'a kanji cut not before a title', text: '孫正義会長が登壇した。孫正の字を書いた。' },
  { name: 'a katakana name with another kanji word (サムスン電機 is a company of its own)', text: 'サムスン電子は好調だ。サムスン電機は部品を作る。' },
  { name: 'a dictionary word before 世代 when no chip of that name is named', text: 'ブラック企業の話だ。ブラック世代という言葉もある。' },
  { name: 'a dictionary word, less than half our katakana of a Latin name', text: 'MiniMaxは上海の会社だ。ミニのサイズが人気だ。' },
  {
    name: 'a dictionary word before 世代, cut from a named company (not a chip, product or model)',
    text: 'クルーソーは建設を進めている。クルー世代の若者が働く。',
  },
  {
    name: 'a dictionary word that begins a named company, standing where no name stands',
    text: 'ニュースケール・パワーは小型炉の会社だ。ニュースによると、新しい炉が完成した。',
  },
  { name: 'a dictionary word as a subject, the company it begins not named', text: '原子炉の話だ。ニュースは新しい炉の設計を発表した。' },
];

describe('names cut short', () => {
  detectorTable(CODE, FOUND, QUIET);

  it('its fix leaves the whole name and nothing more to report', async () => {
    const result = await check(FOUND[1]?.text ?? '');
    assert.equal(result.fixed(CODE), 'Googleのジェミニは便利です。私もジェミニかなり頼っています。');
    assert.deepEqual((await check(result.fixed(CODE))).found(CODE), []);
  });
});

describe('names of several pieces cut inside a later piece', () => {
  const CUTS: readonly { readonly text: string; readonly expected: readonly (readonly [string, string | undefined])[] }[] = [
    { text: '今年はSKハイの売上が伸びた。', expected: [['SKハイ', 'SKハイニックス']] },
    { text: '出資を主導したのはアンドリーセン・ホロだった。', expected: [['アンドリーセン・ホロ', 'アンドリーセン・ホロウィッツ']] },
    { text: 'オープンAの新モデルが出た。', expected: [['オープンA', 'オープンAI']] },
    // Quiet: the whole name, a name that goes on in the same script, a first piece alone.
    { text: 'オープンAIの新モデルが出た。オープンAPIの仕様も出た。SKの決算も出た。', expected: [] },
  ];
  for (const { text, expected } of CUTS) {
    it(expected.length > 0 ? `finds ${expected[0]?.[0]}` : 'leaves whole names and names that go on alone', async () => {
      assert.deepEqual(
        (await check(text)).found(CODE).map((f) => [f.flagged, f.fix]),
        expected,
      );
    });
  }
});

describe('names of several pieces cut inside a sound of a later piece (before a small kana)', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'a person the story names, the last piece cut before the small kana of its last sound: a warning',
        text: 'サムスン電子のチョン・ヨンヒョン副会長が語った。チョン・ヨンヒ氏は社内に呼びかけた。',
        expected: [['チョン・ヨンヒ', 'チョン・ヨンヒョン', 'warning']],
      },
      {
        name: 'the same cut of a person the story does not name: information (the cut may be another real name)',
        text: 'チョン・ヨンヒ氏は社内に呼びかけた。',
        expected: [['チョン・ヨンヒ', 'チョン・ヨンヒョン', 'information']],
      },
    ],
    [
      { name: 'another surname before the same given name', text: 'キム・ヨンヒ氏が登壇した。' },
      { name: 'the whole name', text: 'チョン・ヨンヒョン氏が登壇した。' },
    ],
  );
});

describe('an organisation written as its first word alone', () => {
  detectorTable(
    CODE,
    [
      {
        name: 'the first word of a dotted company name, the company named in full elsewhere: information with the full name',
        text: 'プリファード・ネットワークスは新しいチップを発表した。プリファードは国産の基盤モデルも作る。',
        expected: [['プリファード', 'プリファード・ネットワークス', 'information']],
      },
      {
        name: 'the fix follows the name as the document writes it, in Latin letters when that is all it writes',
        text: 'Hugging Faceには量子化モデルが多い。ハギングに大量に上がっている。',
        expected: [['ハギング', 'Hugging Face', 'information']],
      },
    ],
    [
      { name: 'the company not named in the document', text: 'プリファードは国産の基盤モデルも作る。' },
      { name: 'only a word of kind left out (エナジー): a short form chosen on purpose', text: 'タレン・エナジーは原発の電力を売る。タレンの株価は上がった。' },
      { name: 'a surname alone is a name of its own', text: 'ジェンセン・フアンが登壇した。フアンは新製品を見せた。' },
    ],
  );
});

describe('an organisation written as its first word alone: only before a particle or punctuation', () => {
  detectorTable(
    CODE,
    [],
    [
      { name: 'the name going on in kanji (アポロ計画)', text: 'アポロ計画は月を目指した。アポロ計画の予算は大きかった。' },
      { name: 'the name going on in Latin letters (スタビリティAI)', text: 'スタビリティAIは画像モデルを出した。スタビリティAIの研究者も語った。' },
    ],
  );
});
