/**
 * A name of the source translated word for word in the aligned sentence (Perplexity ↔ 困惑, Applied Materials
 * ↔ 応用材料). Alone, such a rendering is an ordinary word and only a possibility; the source naming the
 * entity in this very sentence, and the translation writing no spelling of it, make it the name.
 */
import { renderingsOf } from '../../../detectors/literalTranslation';
import type { KnowledgeBase } from '../../../knowledge/knowledgeBase';
import type { LiteralWords } from '../../../knowledge/rules';
import type { Entity } from '../../../knowledge/model';
import type { AlignedPair } from '../../alignment';
import type { Word } from '../../pairFacts';
import type { SourceCheckContext } from '../check';

const byEntityCache = new WeakMap<KnowledgeBase, Map<LiteralWords, ReadonlyMap<string, readonly string[]>>>();

/** Each entity's word-for-word renderings, longest first. */
function renderingsByEntity(kb: KnowledgeBase, words: LiteralWords): ReadonlyMap<string, readonly string[]> {
  let byWords = byEntityCache.get(kb);
  if (!byWords) byEntityCache.set(kb, (byWords = new Map()));
  let index = byWords.get(words);
  if (!index) {
    const built = new Map<string, string[]>();
    for (const list of renderingsOf(kb, words).values()) {
      for (const rendering of list) built.set(rendering.entityId, [...(built.get(rendering.entityId) ?? []), rendering.text]);
    }
    for (const list of built.values()) list.sort((a, b) => b.length - a.length);
    byWords.set(words, (index = built));
  }
  return index;
}

/** The first word-for-word rendering of the entity in the pair's translation (the longest at its place). */
export function literalRendering(entity: Entity, pair: AlignedPair, taken: ReadonlySet<number>, context: SourceCheckContext): Word | undefined {
  const renderings = renderingsByEntity(context.kb, context.rules.literalWords).get(entity.id);
  if (!renderings) return undefined;
  for (const segment of pair.target) {
    for (const piece of segment.pieces) {
      for (const text of renderings) {
        const at = piece.text.indexOf(text);
        if (at < 0 || taken.has(piece.start + at)) continue;
        return { text, range: { start: piece.start + at, end: piece.start + at + text.length } };
      }
    }
  }
  return undefined;
}
