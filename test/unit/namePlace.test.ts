import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namePlaceCue, ownerBeforeCue } from '../../server/src/core/namePlace';

const TITLES = ['氏', 'さん', 'CEO'];
const KNOWN = new Set(['エヌビディア', 'コアウィーブ']);

/** The cue for the word between the brackets ［…］ of a sentence. */
function cueOf(sentence: string): string | undefined {
  const start = sentence.indexOf('［');
  const end = sentence.indexOf('］') - 1;
  const text = sentence.replace('［', '').replace('］', '');
  return namePlaceCue({ text, start, end, titles: TITLES, isKnownName: (word) => KNOWN.has(word) || /^[A-Z]/.test(word) });
}

describe('namePlace: a word standing where a name stands', () => {
  const places: readonly (readonly [string, string])[] = [
    ['before a title', '取材に応じた［ドゥデ］氏は語った。'],
    ['before a name’s type', '［アルファ］社の製品だ。'],
    ['quoted after a kind of name', '新しいモデル「［ネオン］」を発表した。'],
    ['in a list after a known name', 'コアウィーブや［ネビアース］といった企業だ。'],
    ['in a list before a Latin name', '［ネビアース］、Lambdaなどのネオクラウド。'],
    ['the subject of an action companies take', '［クルーゾウ］が建設を進めている。'],
    ['before っていう会社', '［チューンラ］っていう会社がある。'],
    ['the object of a deal', 'エヌビディアは［メラニックス］を買収した。'],
    ['a person somewhere', '大学には［リチャサ］がいて、研究している。'],
    ['a partner in an action companies take', '最初のサイトは［クルーゾウ］と一緒に建設しています。'],
  ];
  for (const [name, sentence] of places) {
    it(name, () => assert.notEqual(cueOf(sentence), undefined));
  }

  const elsewhere: readonly (readonly [string, string])[] = [
    ['an ordinary subject', '［センサー］が壊れた。'],
    ['a list of ordinary words', '机や［ソファ］や椅子を買った。'],
    ['社 starting a word (社会)', '［アルファ］社会の話だ。'],
    ['a quote after an ordinary word', '彼は「［ハロー］」と言った。'],
    ['the object of another verb', '［ケーキ］を食べた。'],
    ['a thing somewhere (ある, not いる)', '部屋に［ソファ］があって、広い。'],
    ['together with a thing, doing no deed of a company', '［コーヒー］と一緒にケーキを食べた。'],
  ];
  for (const [name, sentence] of elsewhere) {
    it(`not: ${name}`, () => assert.equal(cueOf(sentence), undefined));
  }
});

describe('namePlace: a word after a place or a known name and の (ownerBeforeCue)', () => {
  const ownerCue = (sentence: string): string | undefined => {
    const start = sentence.indexOf('［');
    const text = sentence.replace('［', '').replace('］', '');
    return ownerBeforeCue({ text, start, isKnownName: (word) => KNOWN.has(word) || /^[A-Z]/.test(word) });
  };
  const places: readonly (readonly [string, string])[] = [
    ['a state', 'テキサス州の［アベリン］では建設が進む。'],
    ['a country in kanji', '韓国の［ハンビ］が装置を作る。'],
    ['a known maker', 'エヌビディアの［ポッパー］世代だ。'],
    ['a Chinese province', '広東省の［シェンチェン］で工場が動く。'],
    ['a country after the word before it', '隣の中国の［ハンビ］が装置を作る。'],
  ];
  for (const [name, sentence] of places) {
    it(name, () => assert.notEqual(ownerCue(sentence), undefined));
  }
  const elsewhere: readonly (readonly [string, string])[] = [
    ['an ordinary katakana word before の', 'チームの［メンバー］が集まった。'],
    ['no の before it', 'テキサス州で［アベリン］を見た。'],
    ['a ministry', '経済産業省の［ラピダス］支援策だ。'],
    ['a ministry after a country (米国防総省)', '米国防総省の［ペンタゴン］予算だ。'],
    ['the whole country', '全国の［スーパー］で売られる。'],
    ['every country', '各国の［メーカー］が競う。'],
    ['the countries of a region', '欧州諸国の［メーカー］が競う。'],
    ['the whole of a country', '日本全国の［スーパー］で売られる。'],
  ];
  for (const [name, sentence] of elsewhere) {
    it(`not: ${name}`, () => assert.equal(ownerCue(sentence), undefined));
  }
});
