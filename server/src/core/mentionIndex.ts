/**
 * The document's entity mentions as the analysis keeps them: per chunk, in chunk offsets. What the
 * document-wide checks need on every edit (how often each entity is named, and how) is counted from
 * them; mentions are placed in document offsets only when something asks for them (a hover, the
 * entities view, a finding on a mention), so an edit does not rebuild thousands of them.
 */
import type { EntityMention } from './types';

/** How often a document names one entity, and with which spellings. */
export interface EntityCensus {
  readonly count: number;
  /** Each spelling with its number of mentions, in order of first use. */
  readonly spellings: ReadonlyMap<string, number>;
}

export interface MentionIndex {
  /** Per entity id, in order of first mention. */
  readonly census: ReadonlyMap<string, EntityCensus>;
  /** Every mention, in document order and offsets. */
  all(): readonly EntityMention[];
  /** The mentions of one entity, in document order and offsets. */
  of(entityId: string): readonly EntityMention[];
}

/** Mentions given chunk by chunk: `mentions[i]` in the offsets of the chunk that starts at `starts[i]`. */
export function indexChunkMentions(starts: readonly number[], mentions: readonly (readonly EntityMention[])[]): MentionIndex {
  // Per entity also the chunks that name it, so that one entity's mentions are found without reading every chunk.
  const census = new Map<string, { count: number; spellings: Map<string, number>; chunks: number[] }>();
  mentions.forEach((list, chunk) => {
    for (const { entityId, surface } of list) {
      let entry = census.get(entityId);
      if (!entry) {
        entry = { count: 0, spellings: new Map(), chunks: [] };
        census.set(entityId, entry);
      }
      entry.count++;
      entry.spellings.set(surface, (entry.spellings.get(surface) ?? 0) + 1);
      if (entry.chunks[entry.chunks.length - 1] !== chunk) entry.chunks.push(chunk);
    }
  });
  const placedIn = (chunk: number, keep: (mention: EntityMention) => boolean, into: EntityMention[]): void => {
    const at = starts[chunk] ?? 0;
    for (const mention of mentions[chunk] ?? []) {
      if (keep(mention)) into.push(at === 0 ? mention : { ...mention, range: { start: mention.range.start + at, end: mention.range.end + at } });
    }
  };
  let all: EntityMention[] | undefined;
  const byEntity = new Map<string, EntityMention[]>();
  return {
    census,
    all: () => {
      if (!all) {
        const placed: EntityMention[] = [];
        for (let chunk = 0; chunk < mentions.length; chunk++) placedIn(chunk, () => true, placed);
        all = placed;
      }
      return all;
    },
    of: (entityId) => {
      let list = byEntity.get(entityId);
      if (!list) {
        const placed: EntityMention[] = [];
        for (const chunk of census.get(entityId)?.chunks ?? []) placedIn(chunk, (m) => m.entityId === entityId, placed);
        list = placed;
        byEntity.set(entityId, list);
      }
      return list;
    },
  };
}
