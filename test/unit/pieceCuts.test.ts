/**
 * pieceCuts.ts: names of several pieces cut inside a later piece, looked up per word, are the cuts that listing
 * every cut of every spelling (what truncated-name did before) gives, owner and all.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadBuiltInKnowledgeBase, type KnowledgeBase } from '../../server/src/core/knowledge/knowledgeBase';
import { pieceCutOf, type PieceCut } from '../../server/src/core/detectors/pieceCuts';

const kb = loadBuiltInKnowledgeBase();

/** The reference: every cut of every spelling listed up front, as truncated-name's cutsOf did. */
function everyCut(knowledge: KnowledgeBase): Map<string, PieceCut> {
  const found = new Map<string, PieceCut>();
  const spellings = new Set<string>();
  for (const entity of knowledge.entities.values()) {
    for (const spelling of [entity.ja, entity.en, ...(entity.aliases ?? [])]) {
      const pieces = [...spelling.matchAll(/[A-Za-z0-9]+|[\u30A1-\u30FA\u30FC]+|[・･]/g)].map((m) => ({ text: m[0], at: m.index ?? 0 }));
      if (pieces.length < 2 || pieces.map((p) => p.text).join('') !== spelling || !pieces.some((p) => /[\u30A1-\u30FA]/.test(p.text))) continue;
      spellings.add(spelling);
      if ((pieces[0]?.text ?? '').length < 2) continue;
      for (const piece of pieces.slice(1)) {
        if (/^[・･]$/.test(piece.text)) continue;
        const latin = /^[A-Za-z0-9]/.test(piece.text);
        for (let keep = latin ? 1 : 2; keep < piece.text.length; keep++) {
          const lost = piece.text.slice(keep);
          const insideSound = !latin && /^[ァィゥェォャュョヮ]/.test(lost) && keep >= 3;
          if (!latin && /^[ーァィゥェォッャュョヮヵヶ]/.test(lost) && !insideSound) continue;
          const cut = spelling.slice(0, piece.at + keep);
          const known = found.get(cut);
          if (!known || (known.insideSound && !insideSound)) found.set(cut, { entityId: entity.id, spelling, ...(insideSound ? { insideSound } : {}) });
        }
      }
    }
  }
  for (const spelling of spellings) found.delete(spelling);
  return found;
}

describe('names of several pieces cut inside a later piece, looked up per word', () => {
  const cuts: readonly (readonly [string, string])[] = [
    ['SKハイ', 'SKハイニックス'],
    ['アンドリーセン・ホロ', 'アンドリーセン・ホロウィッツ'],
  ];
  for (const [written, spelling] of cuts) it(`${written} is a cut of ${spelling}`, () => assert.equal(pieceCutOf(kb, written)?.spelling, spelling));

  // The whole name, its first piece alone, a cut before a long-vowel mark, a word no spelling begins with.
  for (const written of ['SKハイニックス', 'SK', 'アンドリーセン', 'ZZハイ'])
    it(`${written} is no cut`, () => assert.equal(pieceCutOf(kb, written), undefined));

  it('finds every cut that listing them all finds, and no other word that begins a spelling', () => {
    const listed = everyCut(kb);
    assert.ok(listed.size > 100);
    for (const [written, cut] of listed) assert.deepEqual(pieceCutOf(kb, written), cut, written);
    // Every beginning of every spelling that is not listed is no cut.
    for (const entity of kb.entities.values())
      for (const spelling of [entity.ja, entity.en, ...(entity.aliases ?? [])])
        for (let end = 1; end <= spelling.length; end++) {
          const written = spelling.slice(0, end);
          if (!listed.has(written)) assert.equal(pieceCutOf(kb, written), undefined, written);
        }
  });
});
