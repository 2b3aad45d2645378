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

type Census = Map<string, { count: number; spellings: Map<string, number>; chunks: number[] }>;

/** What an index was counted from, so that the next version's index can take its census over. */
const countedFrom = new WeakMap<MentionIndex, { readonly mentions: readonly (readonly EntityMention[])[]; readonly census: Census }>();

/**
 * Mentions given chunk by chunk: `mentions[i]` in the offsets of the chunk that starts at `starts[i]`. With
 * the index of the document's last version, its census is taken over when every chunk names the same
 * entities with the same spellings (most edits): nothing is counted again.
 */
export function indexChunkMentions(starts: readonly number[], mentions: readonly (readonly EntityMention[])[], last?: MentionIndex): MentionIndex {
  const earlier = last && countedFrom.get(last);
  const census = earlier && sameNames(earlier.mentions, mentions) ? earlier.census : countCensus(mentions);
  const index = placedIndex(census, starts, mentions);
  countedFrom.set(index, { mentions, census });
  return index;
}

/** Whether two versions' chunks name the same entities with the same spellings, chunk by chunk (lists compared by identity first). */
function sameNames(before: readonly (readonly EntityMention[])[], after: readonly (readonly EntityMention[])[]): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) {
    const a = before[i] as readonly EntityMention[];
    const b = after[i] as readonly EntityMention[];
    if (a === b) continue;
    if (a.length !== b.length) return false;
    for (let k = 0; k < a.length; k++) {
      const x = a[k] as EntityMention;
      const y = b[k] as EntityMention;
      if (x.entityId !== y.entityId || x.surface !== y.surface) return false;
    }
  }
  return true;
}

function countCensus(mentions: readonly (readonly EntityMention[])[]): Census {
  // Per entity also the chunks that name it, so that one entity's mentions are found without reading every chunk.
  const census: Census = new Map();
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
  return census;
}

function placedIndex(census: Census, starts: readonly number[], mentions: readonly (readonly EntityMention[])[]): MentionIndex {
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
