/**
 * scriptOf reads a UTF-16 code at a time (it runs on every word the name detectors look at); it answers as the
 * plain definition does: the characters but separators, spaces and - . & ' all Latin (or digits), all katakana
 * or all kanji, else mixed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadBuiltInKnowledgeBase } from '../../server/src/core/knowledge/knowledgeBase';
import { isKanji, isKatakana, isLatinWordChar, NAME_SEPARATORS, scriptOf, type Script } from '../../server/src/core/text';

function byDefinition(text: string): Script {
  const letters = [...text].filter((ch) => !NAME_SEPARATORS.has(ch) && ch.trim() !== '' && !/[-.&']/.test(ch));
  if (letters.length === 0) return 'mixed';
  if (letters.every((ch) => isLatinWordChar(ch))) return 'latin';
  if (letters.every((ch) => isKatakana(ch))) return 'katakana';
  if (letters.every((ch) => isKanji(ch))) return 'kanji';
  return 'mixed';
}

describe('scriptOf', () => {
  it('tells each script, with separators, spaces and punctuation of names aside', () => {
    const rows: readonly (readonly [string, Script])[] = [
      ['OpenAI', 'latin'],
      ['GPT-4.5', 'latin'],
      ["AT&T O'Brien", 'latin'],
      ['ＧＰＴ４', 'latin'],
      ['サム・アルトマン', 'katakana'],
      ['ｻﾑ', 'katakana'],
      ['ジェンセン＝フアン', 'katakana'],
      ['孫正義', 'kanji'],
      ['佐々木', 'kanji'],
      ['ソフトバンク株式会社', 'mixed'],
      ['Claude 3', 'latin'],
      ['クロードAI', 'mixed'],
      ['ひらがな', 'mixed'],
      ['', 'mixed'],
      [' ・ ', 'mixed'],
      ['\u3000サム\u3000', 'katakana'],
      ['😀', 'mixed'],
      ['A😀', 'mixed'],
    ];
    for (const [text, script] of rows) assert.equal(scriptOf(text), script, text);
  });

  it('answers as the definition on every name of the knowledge base and on random strings', () => {
    const texts = loadBuiltInKnowledgeBase().surfaces.map((s) => s.text);
    const pool = [..."aZ09Ａｚ０ア・･=＝ー ヴｱｰ\u3000\u00a0\t\n-.&'漢々\u3400\u9fff\uf900あ,!😀\ud800\uff66\u30fa\u30fb\u30fc"];
    let seed = 19;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = Math.floor(random() * 6);
      for (let k = 0; k < length; k++) text += pool[Math.floor(random() * pool.length)];
      texts.push(text);
    }
    for (const text of texts) assert.equal(scriptOf(text), byDefinition(text), JSON.stringify(text));
  });
});
