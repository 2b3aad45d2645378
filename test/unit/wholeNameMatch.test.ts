import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HEARD_WHOLE_SIMILARITY, matchWholeName } from '../../server/src/core/wholeNameMatch';
import { check, testServices } from '../support/analysis';

// Names of real people of the knowledge base, each part written a little off by us.
const MATCHES: readonly (readonly [readonly string[], string | undefined])[] = [
  [['リーサ', 'スウー'], 'リサ・スー'],
  [['リッシー', 'スナーク'], 'リシ・スナク'],
  // Endings and consonants ears change: ング for ン, ー for ル, ヴ for ブ, シュ for ス, ウ for ウォ.
  [['ジェンスン', 'フアング'], 'ジェンスン・フアン'],
  [['モーリシュ', 'チャング'], 'モリス・チャン'],
  [['リズ', 'ケンダー'], 'リズ・ケンダル'],
  [['チェ', 'テウーン'], 'チェ・テウォン'],
  // Vowels heard otherwise, with every consonant in its place.
  [['ジャンソン', 'フアン'], 'ジェンスン・フアン'],
  // Too far from any name, or one part only.
  [['ロベルト', 'カルヴィーノ'], undefined],
  [['スナーク'], undefined],
  // The same first sound is needed in every part.
  [['ビーサ', 'スウー'], undefined],
  // Real names of other people, near a known name in sound: a part of one mora changed (ホー for ハ, ワン for
  // ワイル's ワイ), sounds added (マイケル for マーク), or more than one vowel changed in a short part (リシャール, ロス).
  [['デビッド', 'ホー'], undefined],
  [['デビッド', 'ハン'], undefined],
  [['ケビン', 'ワン'], undefined],
  [['マイケル', 'チェン'], undefined],
  [['ジョナサン', 'リシャール'], undefined],
  [['ジョナサン', 'ルッソ'], undefined],
  [['ディラン', 'プティ'], undefined],
  // Alike by ear though the keys' letters differ (heardAlike.ts: voicing, a vowel for its neighbour, a sound added): close, never the same.
  [['タレント', 'エナジー'], 'タレン・エナジー'],
  [['ジーナ', 'ラモント'], 'ジーナ・レモンド'],
];

describe('a whole name heard a little off in every part', () => {
  for (const [parts, expected] of MATCHES) {
    it(`${parts.join('・')} → ${expected ?? 'no name'}`, async () => {
      const { kb } = await testServices();
      assert.equal(matchWholeName(parts, kb)?.name.text, expected);
    });
  }

  it('counts a name alike only by ear as close, so that the story must name the entity', async () => {
    const { kb } = await testServices();
    assert.equal(matchWholeName(['タレント', 'エナジー'], kb)?.similarity, HEARD_WHOLE_SIMILARITY);
    const named = (await check('タレン・エナジーは原子力発電所を持つ。AWSは、タレント・エナジーからデータセンターを買収した。')).found('garbled-katakana-name');
    assert.deepEqual(
      named.map((f) => [f.flagged, f.fix, f.severity]),
      [['タレント・エナジー', 'タレン・エナジー', 'information']],
    );
    assert.deepEqual((await check('タレント・エナジーという芸能事務所ができた。')).found('garbled-katakana-name'), []);
  });

  it('is reported by the katakana-name check as a garbled name, with the known name as the fix', async () => {
    const found = (await check('AMDのCEOであるリーサ・スウーは新しいGPUを発表した。')).found('garbled-katakana-name');
    assert.deepEqual(
      found.map((f) => [f.flagged, f.fix, f.severity]),
      [['リーサ・スウー', 'リサ・スー', 'warning']],
    );
  });

  it('matches a whole name with a short part written right when the other part is too far off alone, keeping the parts written otherwise with the same sounds', async () => {
    const found = (await check('サムスン電子のイ・ジャエヨング会長は決算について話した。')).found('garbled-katakana-name');
    assert.deepEqual(
      found.map((f) => [f.flagged, f.fix]),
      [['イ・ジャエヨング', 'イ・ジェヨン']],
    );
    const baker = (await check('タンパク質設計で知られるデイビッド・ベイカールが講演した。')).found('garbled-katakana-name');
    assert.deepEqual(
      baker.map((f) => [f.flagged, f.fix, f.severity]),
      [['デイビッド・ベイカール', 'デイビッド・ベイカー', 'information']],
    );
  });

  it('leaves a spelling variant of a name with a part written right alone (the same sounds in other letters)', async () => {
    assert.deepEqual((await check('ミラ・ムラティのシンキング・マシーンズ・ラボが資金を調達した。')).found('garbled-katakana-name'), []);
  });

  it('leaves a name with a part written right to the part-by-part match', async () => {
    const found = (await check('DeepMindのデミス・ハザービスが講演した。')).found('garbled-katakana-name');
    assert.deepEqual(
      found.map((f) => f.flagged),
      ['ハザービス'],
    );
  });
});
