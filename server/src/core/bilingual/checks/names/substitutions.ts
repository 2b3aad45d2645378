/** Known entities a translation names in place of those its source names (the source says Intel, the translation AMD). */
import type { Entity } from '../../../knowledge/model';
import type { EntityMention } from '../../../types';
import type { SourceCheckContext } from '../check';
import { englishMentions, latinSpellings } from '../../englishNames';
import type { Segment } from '../../segments';
import type { AlignedPair, Alignment } from '../../alignment';
import { kindOf, RENDERING, sourceEntities, spellingsOf, type SourceEntity } from '../../pairNames';
import { entityHeads } from '../../entityHeads';
import { transliterationSimilarity } from '../../transliteration';
import type { TargetView } from './targetView';

/** How sure the aligner is of both sentences before two names they exchange count as a slip rather than a move. */
const EXCHANGE_CONFIDENCE = 0.9;

/**
 * Known entities the translation names in place of the missing ones: of the same kind, not named by the
 * source in any spelling, not related to the missing entity (its subsidiary, its maker). Paired in order, kind
 * by kind, only when each side has as many.
 */
export function substitutions(
  pair: AlignedPair,
  missing: readonly SourceEntity[],
  view: TargetView,
  near: Neighbourhood,
  context: SourceCheckContext,
): { named: SourceEntity; mention: EntityMention }[] {
  if (missing.length === 0) return [];
  const named = sourceEntities(pair, context.kb);
  // Named in the source of this sentence, or of one beside it whose translation does not name it: the translation may
  // have moved it here. One the sentence beside names on both sides (Meta there, メタ there too) was not moved: a slip here.
  const writtenIn = (p: AlignedPair, entityId: string): boolean =>
    context.mentions.some((m) => m.entityId === entityId && p.target.some((t) => t.range.start <= m.range.start && m.range.end <= t.range.end));
  const traced = (entity: Entity, text: string): boolean =>
    latinSpellings(entity).some((s) => text.includes(s) || (entity.type !== 'person' && namedByFirstWord(s, text)));
  const targetOf = (p: AlignedPair): string => p.target.map((segment) => segment.text).join('');
  const sourceOf = (p: AlignedPair, entityId: string): string =>
    p.source.map((segment) => withoutOtherNames(segment, context, entityId, targetOf(p))).join(' ');
  const namedIds = new Set(named.map((n) => n.entity.id));
  // Related to a missing entity itself (Google for Google DeepMind, AWS for Amazon): a translator's choice. Related only
  // through another name of the source (Peter Wennink and Roger Dassen both of ASML, Tesla beside Musk's SpaceX): a slip.
  const related = new Set(missing.flatMap((m) => [...context.kb.relatedTo(m.entity.id)]));
  // A name of the sentence beside, written here with the head word of a name missing here and written nowhere near (AMDが出資する
  // for "Nvidia-backed", the next sentence naming AMD): it stands in that name's place, not moved from the sentence beside.
  const heads = entityHeads(context.rules.entityHeads, context.kb);
  const missingHeads = missing
    .filter((m) => !spellingsOf(m.entity).some((spelling) => near.target.includes(spelling)))
    .flatMap((m) =>
      heads
        .englishHeadsOf(
          pair.source.flatMap((segment) => segment.pieces),
          { entityId: m.entity.id, range: m.range },
        )
        .map((head) => `${head}:${kindOf(m.entity) ?? ''}`),
    );
  const inPlaceOfMissing = (mention: EntityMention): boolean => {
    const entity = context.kb.get(mention.entityId);
    if (!entity || missingHeads.length === 0) return false;
    const written = heads.japaneseHeadsOf(
      pair.target.flatMap((segment) => segment.pieces),
      mention,
      view.mentions,
    );
    return written.some((head) => missingHeads.includes(`${head}:${kindOf(entity) ?? ''}`));
  };
  // Two names exchanged between sentences the aligner pairs surely (Google's sentence writes Anthropic, Anthropic's writes
  // Google, each sentence's other words in place): each stands in the other's place. A name moved to the sentence beside
  // moves one way; sentences that change places are paired unsurely, their other words elsewhere.
  const exchangedWith = (beside: AlignedPair): boolean =>
    pair.confidence >= EXCHANGE_CONFIDENCE &&
    beside.confidence >= EXCHANGE_CONFIDENCE &&
    missing.some((lost) => writtenIn(beside, lost.entity.id) && !traced(lost.entity, sourceOf(beside, lost.entity.id)));
  const seen = new Set<string>();
  const extras = view.mentions.filter((m) => {
    const entity = context.kb.get(m.entityId);
    // A person related to a named company is still another person (ピーター・ウェニンク for ASML's CFO Roger
    // Dassen): two people of one company are not each other's short form, as a maker is for its model.
    const shortForm = entity !== undefined && related.has(entity.id) && entity.type !== 'person';
    if (!entity || namedIds.has(entity.id) || shortForm || seen.has(entity.id) || kindOf(entity) === undefined) return false;
    // Any trace of it in the source (GPT-4 in GPT-4o too; Altimeter for Altimeter Capital): precision before recall.
    // A person's first word is a given name many share (Larry Page beside Larry Ellison): never a trace.
    if (traced(entity, sourceOf(pair, entity.id))) return false;
    const movedFrom = near.pairs.filter((p) => traced(entity, sourceOf(p, entity.id)) && !writtenIn(p, entity.id));
    if (movedFrom.length > 0 && !inPlaceOfMissing(m) && !movedFrom.some((p) => exchangedWith(p))) return false;
    seen.add(entity.id);
    return true;
  });
  const result: { named: SourceEntity; mention: EntityMention }[] = [];
  const kinds = new Set(missing.map((m) => kindOf(m.entity)).filter((k) => k !== undefined));
  for (const kind of kinds) {
    let lost = missing.filter((m) => kindOf(m.entity) === kind);
    let instead = extras.filter((m) => kindOf(context.kb.get(m.entityId) as Entity) === kind);
    // As many of one type on each side where the kind counts differ (a university for a university, the company beside it
    // left out): those are paired.
    if (lost.length !== instead.length) {
      const types = new Set(lost.map((m) => m.entity.type));
      const type = [...types].find(
        (t) => lost.filter((m) => m.entity.type === t).length === 1 && instead.filter((m) => context.kb.get(m.entityId)?.type === t).length === 1,
      );
      if (type === undefined) continue;
      lost = lost.filter((m) => m.entity.type === type);
      instead = instead.filter((m) => context.kb.get(m.entityId)?.type === type);
    }
    // A family name for one of its members (ジェミニ for Gemini 2.5 Pro, Claude for Claude Opus 4) is a short form.
    const family = (a: Entity, b: Entity): boolean => a.en.startsWith(`${b.en} `) || b.en.startsWith(`${a.en} `);
    if (lost.some((m, k) => family(m.entity, context.kb.get(instead[k]?.entityId ?? '') as Entity))) continue;
    lost.forEach((m, k) => result.push({ named: m, mention: instead[k] as EntityMention }));
  }
  return result;
}

export interface Neighbourhood {
  /** The source text of this pair and the pairs on either side. */
  readonly source: string;
  /** The pairs on either side. */
  readonly pairs: readonly AlignedPair[];
  /** The translation of the pairs on either side (not this one's). */
  readonly target: string;
}

export function neighbourhood(alignment: Alignment, pair: AlignedPair): Neighbourhood {
  const around = [alignment.pairs[pair.index - 1], alignment.pairs[pair.index + 1]];
  return {
    pairs: around.filter((p) => p !== undefined),
    source: [alignment.pairs[pair.index - 1], pair, alignment.pairs[pair.index + 1]]
      .flatMap((p) => p?.source ?? [])
      .map((s) => s.text)
      .join(' '),
    target: around
      .flatMap((p) => p?.target ?? [])
      .map((s) => s.text)
      .join(''),
  };
}

/** A name of several words whose capitalised first word the source writes as a word (Altimeter for Altimeter Capital). */
function namedByFirstWord(spelling: string, sourceText: string): boolean {
  const first = /^([A-Z][a-z]{3,})\s/.exec(spelling)?.[1];
  return first !== undefined && new RegExp(`\\b${first}\\b`).test(sourceText);
}

/**
 * A source segment's text with the names no trace of an entity may be read in blanked out: another's known name of several words (Samsung of
 * "Samsung Securities" is no trace of Samsung Electronics) and the state of a town ("West Lafayette, Indiana" is no trace of
 * Indiana University).
 */
function withoutOtherNames(segment: Segment, context: SourceCheckContext, entityId: string, translation: string): string {
  let text = segment.text;
  const blank = (start: number, end: number): void => {
    text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  };
  for (const mention of englishMentions(segment.text, context.kb)) {
    const written = segment.text.slice(mention.range.start, mention.range.end);
    if (mention.entityId !== entityId && /\s/.test(written)) blank(mention.range.start, mention.range.end);
  }
  // The state after "Town, " that the translation writes as a state (インディアナ州), not the list "Microsoft, Altimeter".
  const states = [...translation.matchAll(/([ァ-ヴー]+)州/g)].map((m) => m[1] ?? '');
  for (const m of segment.text.matchAll(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)?, ([A-Z][a-z]+)\b/g)) {
    const state = m[1] ?? '';
    if (!states.some((kana) => transliterationSimilarity(state, kana) >= RENDERING)) continue;
    const at = m.index + m[0].length - state.length;
    blank(at, at + state.length);
  }
  return text;
}
