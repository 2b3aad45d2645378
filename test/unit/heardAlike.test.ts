import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { heardDistance, heardDistanceWithin, heardSimilarity, heardWordOf, heardWordsWithin, soundsOf } from '../../server/src/core/heardAlike';
import { MARGIN, MIN_ALIKE, nearestHeardName } from '../../server/src/core/detectors/heardName';
import { loadBuiltInKnowledgeBase, type KnowledgeBase } from '../../server/src/core/knowledge/knowledgeBase';
import { nameIndexOf, type KatakanaName } from '../../server/src/core/nameIndex';

describe('heardAlike: how alike two words sound to ears writing a name', () => {
  it('reads ch, sh and ts as one sound each', () => {
    assert.deepEqual(soundsOf('チェシャー'), ['C', 'e', 'S', 'a']);
  });

  // Slips ears make: voicing, v/b/f, a vowel added after a final consonant, a neighbouring vowel, a lost ending.
  const alike: readonly (readonly [string, string])[] = [
    ['ネビアース', 'ネビウス'],
    ['クルーゾウ', 'クルーソー'],
    ['グロッコ', 'グロック'],
    ['マヨラーヌ', 'マヨラナ'],
    ['メンビス', 'メンフィス'],
    ['グリーカー', 'クリーガー'],
    ['サイクォンタス', 'サイクオンタム'],
  ];
  for (const [written, known] of alike) {
    it(`hears 「${written}」 as 「${known}」`, () => {
      assert.ok(heardSimilarity(written, known) >= MIN_ALIKE, `${heardSimilarity(written, known)}`);
    });
  }

  // Other names: a different consonant frame, or a different word altogether.
  const apart: readonly (readonly [string, string])[] = [
    ['クルーソー', 'クローム'],
    ['ネビウス', 'ネクサス'],
    ['ジェンスン', 'ジョンソン'],
    ['メンフィス', 'メンター'],
    ['ブラウン', 'クライン'],
    ['テスラ', 'テンサー'],
  ];
  for (const [a, b] of apart) {
    it(`tells 「${a}」 from 「${b}」`, () => {
      assert.ok(heardSimilarity(a, b) < MIN_ALIKE, `${heardSimilarity(a, b)}`);
    });
  }

  it('is symmetric and 1 for the same sounds', () => {
    assert.equal(heardSimilarity('ネビウス', 'ネビアース'), heardSimilarity('ネビアース', 'ネビウス'));
    assert.equal(heardSimilarity('コーパイロット', 'コパイロット'), 1);
  });

  // The known names' spellings, and each with one sound changed, added or dropped: near and far pairs alike.
  const kb = loadBuiltInKnowledgeBase();
  const names = nameIndexOf(kb).katakana;
  const spellings = names.filter((_, i) => i % 7 === 0).map((n) => n.text.replace(/[・･]/g, ''));
  const slips = ['ア', 'ク', 'グ', 'ン', 'ー', 'ス'];
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const slipped = spellings.map((word) => {
    const at = next(word.length + 1);
    const slip = slips[next(slips.length)] ?? '';
    return next(3) === 0 ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + slip + word.slice(next(2) === 0 ? at : at + 1);
  });
  const words = [...spellings, ...slipped];

  it('heardDistanceWithin and heardWordsWithin give the distance when within the limit, and more than the limit when not', () => {
    for (let i = 0; i < 400; i++) {
      const a = soundsOf(words[next(words.length)] ?? '');
      const b = soundsOf(words[next(words.length)] ?? '');
      const exact = heardDistance(a, b);
      for (const limit of [0, 0.35, 0.8, 1.2, 2, 5, Infinity]) {
        for (const within of [heardDistanceWithin(a, b, limit), heardWordsWithin(heardWordOf(a), heardWordOf(b), limit)]) {
          if (exact <= limit) assert.equal(within, exact, `${a.join('')} ${b.join('')} within ${limit}`);
          else assert.ok(within > limit, `${a.join('')} ${b.join('')}: ${within} within ${limit}, exactly ${exact}`);
        }
      }
    }
  });

  /** nearestHeardName as its contract reads, every name compared in full (heardName.ts leaves out the names far off). */
  function nearestInFull(word: string, partOfDottedName: boolean, base: KnowledgeBase): { name: KatakanaName; target: string; similarity: number } | undefined {
    const sounds = soundsOf(word);
    if (sounds.length < 5) return undefined;
    let best: { name: KatakanaName; target: string; similarity: number } | undefined;
    const bestByEntity = new Map<string, number>();
    const consider = (name: KatakanaName, target: string): void => {
      const targetSounds = soundsOf(target);
      if (targetSounds.length < 4 || Math.abs(targetSounds.length - sounds.length) > Math.max(3, 0.4 * sounds.length)) return;
      const similarity = heardSimilarity(word, target);
      if (similarity > (bestByEntity.get(name.entityId) ?? 0)) bestByEntity.set(name.entityId, similarity);
      if (!best || similarity > best.similarity) best = { name, target, similarity };
    };
    for (const name of nameIndexOf(base).katakana) {
      if (name.parts.length <= 1 || !partOfDottedName) consider(name, name.text.replace(/[・･]/g, ''));
      const firstWord = name.parts.length > 1 && !partOfDottedName && base.get(name.entityId)?.type !== 'person' ? name.parts[0] : undefined;
      if (firstWord) consider(name, firstWord.text);
      const surname = name.parts.length > 1 ? name.parts[name.parts.length - 1] : undefined;
      if (surname && partOfDottedName) consider(name, surname.text);
    }
    const chosen = best as { name: KatakanaName; target: string; similarity: number } | undefined;
    if (!chosen || chosen.similarity < MIN_ALIKE) return undefined;
    if (heardSimilarity(word.slice(0, 1), chosen.target.slice(0, 1)) < 0.6) return undefined;
    let second = 0;
    for (const [entityId, similarity] of bestByEntity) if (entityId !== chosen.name.entityId && similarity > second) second = similarity;
    if (chosen.similarity - second < MARGIN) return undefined;
    const wholeName = chosen.target === chosen.name.text.replace(/[・･]/g, '');
    const target = chosen.name.parts.length > 1 && !partOfDottedName && wholeName ? chosen.name.text : chosen.target;
    return { name: chosen.name, target, similarity: chosen.similarity };
  }

  it('finds the nearest heard name as comparing every name in full does', () => {
    let found = 0;
    for (const word of slipped) {
      for (const partOfDottedName of [false, true]) {
        const expected = nearestInFull(word, partOfDottedName, kb);
        const actual = nearestHeardName(word, partOfDottedName, kb);
        assert.deepEqual(actual && { ...actual, name: actual.name.text }, expected && { ...expected, name: expected.name.text }, word);
        if (expected) found++;
      }
    }
    // The comparison means something only if some slips are found.
    assert.ok(found > 10, `${found} found`);
  });
});
