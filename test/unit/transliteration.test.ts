/** The rough reading of a katakana word as an English name: renderings read alike, words of other sounds do not. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { soundsAsRendered, transliterationSimilarity } from '../../server/src/core/bilingual/transliteration';

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
  for (const [english, katakana] of others) {
    it(`does not read 「${katakana}」 as "${english}"`, () => assert.ok(transliterationSimilarity(english, katakana) < 0.5));
  }
});

describe('consonants as renderings have them', () => {
  // Silent letters, nasals before a consonant, a final consonant's voicing, ッチ and ホワ are what renderings differ in.
  const renderings: readonly [string, string][] = [
    ['Whitmore', 'ウィットモア'],
    ['Whitehaven', 'ホワイトヘブン'],
    ['Whitcombe', 'ウィットコム'],
    ['Gregory', 'グレゴリー'],
    ['Denmark', 'デンマーク'],
    ['Memphis', 'メンフィス'],
    ['Townsend', 'タウンゼント'],
    ['Lordstown', 'ローズタウン'],
    ['Richland', 'リッチランド'],
    ['Sunnyvale', 'サニーベール'],
    ['Dahle', 'ダーレ'],
    ['Ahmad', 'アフマド'],
    // Every r heard, as Italian and Spanish names are read: Arcuri ↔ アルクーリ, Ferrari ↔ フェラーリ, Cortez ↔ コルテス.
    ['Arcuri', 'アルクーリ'],
    ['Cortez', 'コルテス'],
    // A q without u is a k (Arabic names).
    ['Tareq', 'タレク'],
    // An h after a vowel before n: silent in English names, heard in Arabic ones.
    ['John', 'ジョン'],
    ['Tahnoon', 'タフヌーン'],
    ['Tahnoon', 'タハヌーン'],
  ];
  for (const [english, katakana] of renderings) {
    it(`has 「${katakana}」 sound as "${english}"`, () => assert.ok(soundsAsRendered(english, katakana)));
  }
  // Another name of like sounds has other consonants.
  const nearMisses: readonly [string, string][] = [
    ['Rasgon', 'ラスキン'],
    ['Pearson', 'ピーターソン'],
    ['Whitmore', 'ホイットマン'],
    ['Dahle', 'ダフル'],
    ['Tahnoon', 'ムハンマド'],
    ['Li', 'リン'],
    // An r heard or not, the other consonants still differ.
    ['Arcuri', 'バークレイズ'],
    ['Parker', 'パルマー'],
  ];
  for (const [english, katakana] of nearMisses) {
    it(`does not have 「${katakana}」 sound as "${english}"`, () => assert.ok(!soundsAsRendered(english, katakana)));
  }
});
