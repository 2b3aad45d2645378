/** The rough reading of a katakana word as an English name: renderings read alike, words of other sounds do not. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { transliterationSimilarity } from '../../server/src/core/bilingual/transliteration';

describe('transliteration similarity', () => {
  const renderings: readonly [string, string][] = [
    ['Moorhead', 'ムーアヘッド'],
    ['Sundar', 'サンダー'],
    ['Gelsinger', 'ゲルシンガー'],
    ['Phoenix', 'フェニックス'],
    ['Horowitz', 'ホロウィッツ'],
    ['benchmark', 'ベンチマーク'],
    ['accelerator', 'アクセラレーター'],
    ['Pichai', 'ピチャイ'],
    // Silent letters, nasals before a consonant, a final consonant's voicing and ホワ for wh are what renderings differ in.
    ['Whitmore', 'ウィットモア'],
    ['Whitehaven', 'ホワイトヘブン'],
    ['Gregory', 'グレゴリー'],
    ['Denmark', 'デンマーク'],
    ['Memphis', 'メンフィス'],
    ['Townsend', 'タウンゼント'],
    ['Lordstown', 'ローズタウン'],
    ['Richland', 'リッチランド'],
    ['Sunnyvale', 'サニーベール'],
  ];
  for (const [english, katakana] of renderings) {
    it(`reads 「${katakana}」 as "${english}"`, () => assert.ok(transliterationSimilarity(english, katakana) >= 0.75));
  }
  const others: readonly [string, string][] = [
    ['Moorhead', 'マクドナルド'],
    ['Perplexity', 'サーチ'],
    ['Anthropic', 'ベンチマーク'],
    ['Whitmore', 'マクドナルド'],
  ];
  // Another name of like sounds reads less well than a rendering does.
  const nearMisses: readonly [string, string][] = [
    ['Rasgon', 'ラスキン'],
    ['Pearson', 'ピーターソン'],
    ['Whitmore', 'ホイットマン'],
  ];
  for (const [english, katakana] of nearMisses) {
    it(`reads 「${katakana}」 as less than "${english}"`, () => assert.ok(transliterationSimilarity(english, katakana) < 0.8));
  }
  for (const [english, katakana] of others) {
    it(`does not read 「${katakana}」 as "${english}"`, () => assert.ok(transliterationSimilarity(english, katakana) < 0.5));
  }
});
