/** The katakana rendering of English names: table of real name pairs, and the share of the knowledge base's people it spells as the base does. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as path from 'node:path';
import {
  renderBodyNameInKatakana,
  renderingLikeness,
  renderNameInKatakana,
  renderWordInKatakana,
  renderWordInKatakanaByRules,
} from '../../server/src/core/bilingual/katakanaRendering';
import { readValidated } from '../../server/src/core/knowledge/validate';
import { testServices } from '../support/analysis';

/** Names and the katakana Japanese news writes for them (sure spellings only). */
const NAMES: readonly [string, string][] = [
  ['Talbot', 'タルボット'],
  ['Feldman', 'フェルドマン'],
  ['Friedman', 'フリードマン'],
  ['Abilene', 'アビリーン'],
  ['Moorhead', 'ムーアヘッド'],
  ['Moore', 'ムーア'],
  ['Dassen', 'ダッセン'],
  ['Roger', 'ロジャー'],
  ['John', 'ジョン'],
  ['Daniel', 'ダニエル'],
  ['Gregory', 'グレゴリー'],
  ['Dayton', 'デイトン'],
  ['Ford', 'フォード'],
  ['Taylor', 'テイラー'],
  ['Jobs', 'ジョブズ'],
  ['Gates', 'ゲイツ'],
  ['Blake', 'ブレイク'],
  ['Stone', 'ストーン'],
  ['Scott', 'スコット'],
  ['Hudson', 'ハドソン'],
  ['Duncan', 'ダンカン'],
  ['Wright', 'ライト'],
  ['Brown', 'ブラウン'],
  ['Kendall', 'ケンドール'],
  ['Williams', 'ウィリアムズ'],
  ['Edwards', 'エドワーズ'],
  ['Murphy', 'マーフィー'],
  ['Bennett', 'ベネット'],
  ['Parker', 'パーカー'],
  ['Harris', 'ハリス'],
  ['Johnson', 'ジョンソン'],
  ['Cooper', 'クーパー'],
  ['Morgan', 'モーガン'],
  // A final c after one short vowel doubles (Eric), -tian is チャン, i of Brian and a of Amy are long, t and d end short.
  ['Eric', 'エリック'],
  ['Alec', 'アレック'],
  ['Christian', 'クリスチャン'],
  ['Brian', 'ブライアン'],
  ['Ryan', 'ライアン'],
  ['Amy', 'エイミー'],
  ['Casey', 'ケイシー'],
  ['Andy', 'アンディ'],
  ['Stability', 'スタビリティ'],
  ['Hathaway', 'ハサウェイ'],
  ['Hopkins', 'ホプキンス'],
  ['Technology', 'テクノロジー'],
  ['Spotify', 'スポティファイ'],
  // Elements names are built from, -tion, and the long o before ld.
  ['Microsoft', 'マイクロソフト'],
  ['McCarthy', 'マッカーシー'],
  ['McDermott', 'マクダーモット'],
  // Mc before a vowel is a doubled k; a final sh after a short o or u ending a longer word is ッシュ, not in one syllable.
  ['McIntosh', 'マッキントッシュ'],
  ['Josh', 'ジョシュ'],
  // ck before a final -son is ク (the patronymic's son), ック otherwise.
  ['Jackson', 'ジャクソン'],
  ['Erickson', 'エリクソン'],
  ['Blackstone', 'ブラックストーン'],
  ['Innovation', 'イノベーション'],
  ['Goldman', 'ゴールドマン'],
  // A first vowel the pronouncing dictionary says long (long-first-vowels.txt): Nathan, not Daniel.
  ['Nathan', 'ネイサン'],
  ['Jason', 'ジェイソン'],
  ['Peter', 'ピーター'],
  ['Nigel', 'ナイジェル'],
  ['Biden', 'バイデン'],
  // A final s after n is ス (Evans, Robbins); th of Thom- is t, of Thorn- s.
  ['Evans', 'エバンス'],
  ['Robbins', 'ロビンス'],
  ['Thompson', 'トンプソン'],
  ['Thornton', 'ソーントン'],
  // cc before e or i is k and s (accent, access): Accel, Occidental.
  ['Accel', 'アクセル'],
  ['Occidental', 'オクシデンタル'],
  ['Rebecca', 'レベッカ'],
  // An h between a vowel and l lengthens it, and a final e after hl is heard (German and Scandinavian names).
  ['Dahl', 'ダール'],
  ['Kohli', 'コーリ'],
  ['Dahle', 'ダーレ'],
  // Not an h before another consonant (Ahmad), nor an e after l alone (Gale).
  ['Johnson', 'ジョンソン'],
  ['Gale', 'ゲイル'],
  // The aspirates of Indian names lose their h, gh before a vowel is a hard g; not across the parts of a name (Ekholm, Woodhouse).
  ['Bhavish', 'バビシュ'],
  ['Raghavan', 'ラガバン'],
  ['Sridhar', 'スリダー'],
  ['Draghi', 'ドラギ'],
  ['Ekholm', 'エクホルム'],
  ['Woodhouse', 'ウッドハウス'],
  // ch after a short i before l or m is ッチ, as in Rich.
  ['Richland', 'リッチランド'],
  ['Richmond', 'リッチモンド'],
  // A final mb or mbe is ム.
  ['Lamb', 'ラム'],
  ['Holcombe', 'ホルコム'],
  // A final ai is アイ (no English word ends so): Asian places and names.
  ['Kulai', 'クライ'],
  ['Mumbai', 'ムンバイ'],
  ['Dubai', 'ドバイ'],
  ['Tai', 'タイ'],
  // A final ue after one consonant after a vowel is ユー, デュ for du; in one syllable after c, d, h too; not in Prague.
  ['Purdue', 'パーデュー'],
  ['Revenue', 'レベニュー'],
  ['Cue', 'キュー'],
  ['Hue', 'ヒュー'],
  // The Greek iso- before its roots is アイソ; a Japanese name in Latin letters keeps its イソ.
  ['Isomorphic', 'アイソモーフィック'],
  ['Isotope', 'アイソトープ'],
  ['Isomura', 'イソムラ'],
  // A German final tsch or tzsch is チュ.
  ['Koitzsch', 'コイチュ'],
];

/**
 * Common words of names whose usual katakana the rules miss, from usual-renderings.yaml (the katakana Japanese media write:
 * マイケル・デル, ジェームズ・マニイカ aside, マシュー・プリンス, ダイアン・グリーン, エリザベス・ウォーレン, エリック・シュミット).
 */
const USUAL: readonly [string, string][] = [
  ['Michael', 'マイケル'],
  ['James', 'ジェームズ'],
  ['David', 'デビッド'],
  ['Matthew', 'マシュー'],
  ['Diane', 'ダイアン'],
  ['Warren', 'ウォーレン'],
  ['Schmidt', 'シュミット'],
  ['Walker', 'ウォーカー'],
  // Case does not matter (a speaker's label in capitals).
  ['MICHAEL', 'マイケル'],
  // Places whose usual katakana the rules miss.
  ['Lugano', 'ルガーノ'],
  ['Qatar', 'カタール'],
];

/** Names of companies and other bodies: name words as Japanese writes them, acronyms kept in Latin. */
const BODY_NAMES: readonly [string, string][] = [
  ['Talen Energy', 'タレン・エナジー'],
  ['Black Forest Labs', 'ブラック・フォレスト・ラボ'],
  ['ZT Systems', 'ZTシステムズ'],
  ['Agility Robotics', 'アジリティ・ロボティクス'],
  ['GXO', 'GXO'],
];

describe('katakana rendering of English names', () => {
  it('reads zh as ジ (Zhavoronkov closer to ジャボロンコフ than to ザボロンコフ)', () =>
    assert.ok(renderingLikeness('Zhavoronkov', 'ジャボロンコフ') > renderingLikeness('Zhavoronkov', 'ザボロンコフ')));
  for (const [english, katakana] of NAMES) {
    it(`writes ${english} as ${katakana}`, () => assert.equal(renderWordInKatakana(english), katakana));
  }
  for (const [english, katakana] of USUAL) {
    it(`writes ${english} as it is usually written, ${katakana}`, () => assert.equal(renderWordInKatakana(english), katakana));
  }
  it('reads a table of usual renderings that matches its schema', () => {
    const root = path.join(__dirname, '..', '..', 'server', 'data');
    const data = readValidated<{ renderings: Record<string, string> }>(
      path.join(root, 'pronunciation', 'usual-renderings.yaml'),
      path.join(root, 'schema', 'usual-renderings.schema.json'),
    );
    assert.ok(Object.keys(data.renderings).length > 50);
    // The table holds what the rules miss: an entry the rules write anyway is dead weight.
    const spelt = Object.entries(data.renderings).filter(([word, katakana]) => renderWordInKatakanaByRules(word) === katakana);
    assert.deepEqual(spelt, []);
  });
  for (const [english, katakana] of BODY_NAMES) {
    it(`writes the body ${english} as ${katakana}`, () => assert.equal(renderBodyNameInKatakana(english), katakana));
  }
  it('joins the words of a full name with ・', () => {
    assert.equal(renderNameInKatakana('Roger Dassen'), 'ロジャー・ダッセン');
    assert.equal(renderNameInKatakana('Gregory Talbot'), 'グレゴリー・タルボット');
  });
  it('spells most of the knowledge base’s people as the knowledge base does, word by word', async () => {
    const { kb } = await testServices();
    let total = 0;
    let same = 0;
    for (const entity of kb.entities.values()) {
      if (entity.type !== 'person' || !/^[ァ-ヴー・]+$/.test(entity.ja)) continue;
      const english = entity.en
        .replace(/[^A-Za-z ]/g, '')
        .split(/\s+/)
        .filter(Boolean);
      const japanese = entity.ja.split('・');
      if (english.length !== japanese.length) continue;
      english.forEach((word, k) => {
        total++;
        if (renderWordInKatakana(word) === japanese[k]) same++;
      });
    }
    assert.ok(total > 400, `only ${total} names compared`);
    // Spelling rules alone, no dictionary of sounds: a floor that a change to the rules must not break.
    assert.ok(same / total >= 0.65, `${same} of ${total} spelt as the knowledge base does`);
  });
});
