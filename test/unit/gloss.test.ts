import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { glossWords } from '../../server/src/core/gloss';
import { check } from '../support/analysis';

/** Sentences written by us: the span is the word in 〔〕, taken out before the rule reads the text. */
function span(marked: string): { text: string; range: { start: number; end: number } } {
  const start = marked.indexOf('〔');
  const end = marked.indexOf('〕') - 1;
  return { text: marked.replace('〔', '').replace('〕', ''), range: { start, end } };
}

const GLOSSES: readonly { readonly name: string; readonly marked: string }[] = [
  { name: 'という意味 after a quoted word', marked: 'チャットアプリのル・シャ、フランス語で「〔猫〕」という意味です。' },
  { name: 'って意味, spoken', marked: 'ル・シャって、〔猫〕って意味なんですよ。' },
  { name: 'の意 in parentheses', marked: 'アプライド・マテリアルズ（〔応用材料〕の意）が装置を納めた。' },
  { name: 'を意味する', marked: '社名は〔黒い森〕を意味する。' },
  { name: 'a language and で before it, no quotation marks', marked: 'ル・シャは、フランス語で〔猫〕です。' },
  { name: '直訳すると', marked: 'ブラック・フォレストは、直訳すると「〔黒い森〕」だ。' },
  { name: 'と訳される', marked: '社名は「〔応用材料〕」と訳される。' },
  { name: 'に由来', marked: 'サカナAIの社名は「〔魚〕」に由来する。' },
  { name: 'つまり right after a name', marked: 'ル・シャ、つまり〔猫〕という名のアプリだ。' },
  { name: 'in parentheses right after a quoted name', marked: '新しいアプリ「ル・シャ」（〔猫〕）が出た。' },
  { name: 'in parentheses right after a Latin name', marked: '新しいアプリLe Chat(〔猫〕)が出た。' },
];

const NOT_GLOSSES: readonly { readonly name: string; readonly marked: string }[] = [
  { name: 'the word used as a name', marked: 'チャットアプリ「〔猫〕」は利用者を増やしている。' },
  { name: 'の意見 is no の意', marked: '〔応用材料〕の意見を聞いた。' },
  { name: 'a word in parentheses after a kanji word', marked: '装置大手（〔応用材料〕）が発表した。' },
  { name: 'つまり after a kanji word, not a name', marked: '装置大手、つまり〔応用材料〕が発表した。' },
  { name: 'a kanji word and で is no language', marked: '半導体の言語で〔応用材料〕が話題だ。' },
  { name: 'the name translated, its English in parentheses after it', marked: '〔応用材料〕（Applied Materials）が発表した。' },
];

describe('glosses: a word the text presents as what a name means', () => {
  for (const { name, marked } of GLOSSES) {
    it(`a gloss: ${name}`, () => {
      const { text, range } = span(marked);
      assert.notEqual(glossWords(text, range), undefined);
    });
  }
  for (const { name, marked } of NOT_GLOSSES) {
    it(`no gloss: ${name}`, () => {
      const { text, range } = span(marked);
      assert.equal(glossWords(text, range), undefined);
    });
  }
});

// The literal translation detector leaves a gloss alone and still flags the same word used as the name.
const LITERAL: readonly { readonly name: string; readonly text: string; readonly expected: readonly string[] }[] = [
  { name: 'the word used as the name', text: 'ミストラルAIのチャットアプリ「猫」は、フランスで利用者を増やしている。', expected: ['猫'] },
  { name: 'a gloss with という意味', text: 'ミストラルAIのチャットアプリ、ル・シャ、フランス語で「猫」という意味ですが、利用者を増やしている。', expected: [] },
  { name: 'a gloss in parentheses after the name', text: 'ミストラルAIのチャットアプリ「ル・シャ」（猫）は利用者を増やしている。', expected: [] },
  { name: 'a gloss after つまり', text: 'ミストラルAIのチャットアプリ、ル・シャ、つまり「猫」は利用者を増やしている。', expected: [] },
  { name: 'a company name translated', text: '半導体の製造装置は、米応用材料やオランダのASMLから調達している。', expected: ['応用材料'] },
  {
    name: 'a company name glossed with の意',
    text: '半導体の製造装置は、アプライド・マテリアルズ（応用材料の意）やオランダのASMLから調達している。',
    expected: [],
  },
];

describe('literal translations: a gloss is no error', () => {
  for (const { name, text, expected } of LITERAL) {
    it(name, async () => {
      assert.deepEqual(
        (await check(text)).found('literal-translation').map((f) => f.flagged),
        expected,
      );
    });
  }
});
