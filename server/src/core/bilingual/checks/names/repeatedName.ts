/**
 * A name of the source written twice where the source writes it once, and another name of its kind missing: the repeat
 * stands where the missing one stood (TSMC twice for "SMIC's 7-nanometre process … well below those of TSMC"). Which
 * of the two is the slip: the one in the missing name's place when both sides name that kind in the same order.
 */
import type { EntityMention } from '../../../types';
import type { SourceCheckContext } from '../check';
import type { AlignedPair } from '../../alignment';
import { englishMentions } from '../../englishNames';
import { kindOf, type SourceEntity } from '../../pairNames';
import type { TargetView } from './targetView';

/** The target mention standing in the missing name's place, or none when the two sides differ anywhere else. */
export function repeatedInPlaceOf(
  pair: AlignedPair,
  missing: SourceEntity,
  view: TargetView,
  context: SourceCheckContext,
  taken: ReadonlySet<number>,
): EntityMention | undefined {
  const kind = kindOf(missing.entity);
  if (kind === undefined) return undefined;
  const ofKind = (id: string): boolean => {
    const entity = context.kb.get(id);
    return entity !== undefined && kindOf(entity) === kind;
  };
  // Every mention of the kind on each side, repeats included, in the order written.
  const source = pair.source
    .flatMap((segment) =>
      segment.pieces.flatMap((piece) => englishMentions(piece.text, context.kb).map((m) => ({ at: piece.start + m.range.start, id: m.entityId }))),
    )
    .filter((m) => ofKind(m.id))
    .sort((a, b) => a.at - b.at)
    .map((m) => m.id);
  const target = view.mentions.filter((m) => ofKind(m.entityId)).sort((a, b) => a.range.start - b.range.start);
  if (source.length < 2 || source.length !== target.length) return undefined;
  const differing = source.flatMap((id, k) => (target[k]?.entityId === id ? [] : [k]));
  if (differing.length !== 1) return undefined;
  const k = differing[0] as number;
  const standIn = target[k] as EntityMention;
  // The missing name in that place in the source; in the translation a name the source names elsewhere in the sentence.
  if (source[k] !== missing.entity.id || !source.includes(standIn.entityId) || taken.has(standIn.range.start)) return undefined;
  return standIn;
}
