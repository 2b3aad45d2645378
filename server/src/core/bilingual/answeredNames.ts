/**
 * Names the translation shortens as its source does: the source writes "GMO Internet" (without the "Group" of the
 * knowledge base's GMO Internet Group) and the translation GMOインターネット, the Japanese name without its
 * グループ. The translation's own doubt that the name was cut short is answered by the source, as a figure the
 * source gives too answers a doubt about its size.
 */
import type { Entity } from '../knowledge/model';
import type { Finding, OffsetRange } from '../types';
import type { Alignment } from './alignment';
import { checkedPairs, type SourceCheckContext } from './checks/check';
import { targetSlice } from './pairFacts';
import { fullSpellingsOf, sourceEntities } from './pairNames';
import { transliterationSimilarity } from './transliteration';

/** The translation's own doubts about a name cut short. */
const SHORTENED_DOUBTS = new Set(['truncated-name']);

/** How well the words left out must read as the source's words left out (グループ ↔ Group). */
const SAME_WORDS_LEFT_OUT = 0.75;

/** Whether the translation's short name leaves out of a Japanese spelling what the source's leaves out of the English name. */
export function shortenedAsWritten(entity: Entity, sourceWritten: string, targetWritten: string): boolean {
  if (!entity.en.startsWith(`${sourceWritten} `) || targetWritten === '') return false;
  const leftOut = entity.en.slice(sourceWritten.length + 1);
  return fullSpellingsOf(entity).some(
    (s) =>
      s.length > targetWritten.length &&
      s.startsWith(targetWritten) &&
      transliterationSimilarity(leftOut, s.slice(targetWritten.length).replace(/^[・＝\s]/, '')) >= SAME_WORDS_LEFT_OUT,
  );
}

/** The translation's own doubts about names cut short that the aligned source cuts the same way. */
export function shortenedAsTheSourceDoes(alignment: Alignment, context: SourceCheckContext): OffsetRange[] {
  const answered: OffsetRange[] = [];
  for (const pair of checkedPairs(alignment)) {
    const targets = pair.target.map((s) => s.range);
    const inPair = (f: Finding): boolean => targets.some((r) => r.start <= f.range.start && f.range.end <= r.end);
    for (const { entity, range } of sourceEntities(pair, context.kb)) {
      const written = alignment.sourceText.slice(range.start, range.end);
      for (const doubt of context.findings) {
        if (!SHORTENED_DOUBTS.has(doubt.code) || doubt.entityId !== entity.id || !inPair(doubt)) continue;
        if (shortenedAsWritten(entity, written, targetSlice(pair, doubt.range))) answered.push(doubt.range);
      }
    }
  }
  return answered;
}
