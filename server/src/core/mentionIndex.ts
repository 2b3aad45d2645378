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
  const census = (earlier && updatedCensus(earlier.census, earlier.mentions, mentions)) ?? countCensus(mentions);
  const index = placedIndex(census, starts, mentions);
  countedFrom.set(index, { mentions, census });
  return index;
}

/** Whether two mention lists name the same entities with the same spellings, in the same order. */
function sameNames(a: readonly EntityMention[], b: readonly EntityMention[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k] as EntityMention;
    const y = b[k] as EntityMention;
    if (x.entityId !== y.entityId || x.surface !== y.surface) return false;
  }
  return true;
}

/**
 * The last version's census for this version's mentions, or undefined when it must be counted afresh: the
 * very census when every chunk names the same entities with the same spellings (most edits), else updated
 * from the chunks that name others, when the number of chunks is the same and every entity and spelling those
 * chunks name or named is first used before them (the order of first use then stands).
 */
function updatedCensus(census: Census, before: readonly (readonly EntityMention[])[], after: readonly (readonly EntityMention[])[]): Census | undefined {
  if (before.length !== after.length) return undefined;
  const changed: number[] = [];
  for (let i = 0; i < after.length; i++) if (!sameNames(before[i] as readonly EntityMention[], after[i] as readonly EntityMention[])) changed.push(i);
  const first = changed[0];
  if (first === undefined) return census;
  // Per entity named in a changed chunk: the change of its count and of each spelling's.
  const deltas = new Map<string, Map<string, number>>();
  const count = (list: readonly EntityMention[], sign: number): void => {
    for (const { entityId, surface } of list) {
      let spellings = deltas.get(entityId);
      if (!spellings) {
        spellings = new Map();
        deltas.set(entityId, spellings);
      }
      spellings.set(surface, (spellings.get(surface) ?? 0) + sign);
    }
  };
  for (const i of changed) {
    count(before[i] as readonly EntityMention[], -1);
    count(after[i] as readonly EntityMention[], 1);
  }
  const updated: Census = new Map(census);
  for (const [entityId, spellingDeltas] of deltas) {
    const entry = census.get(entityId);
    if (!entry || (entry.chunks[0] as number) >= first) return undefined;
    for (const surface of spellingDeltas.keys()) if (!usedBefore(entry.chunks, before, entityId, surface, first)) return undefined;
    const spellings = new Map(entry.spellings);
    let total = entry.count;
    for (const [surface, delta] of spellingDeltas) {
      spellings.set(surface, (spellings.get(surface) ?? 0) + delta);
      total += delta;
    }
    // The chunks naming it: those the edit left alone, and the changed ones that name it now, in order.
    const named = new Set(changed.filter((i) => (after[i] as readonly EntityMention[]).some((m) => m.entityId === entityId)));
    const chunks = entry.chunks.filter((i) => named.has(i) || !changed.includes(i));
    for (const i of named) if (!chunks.includes(i)) chunks.push(i);
    chunks.sort((a, b) => a - b);
    updated.set(entityId, { count: total, spellings, chunks });
  }
  return updated;
}

/** Whether a chunk before `limit` names an entity with this spelling (`chunks`: those naming the entity, ascending). */
function usedBefore(chunks: readonly number[], mentions: readonly (readonly EntityMention[])[], entityId: string, surface: string, limit: number): boolean {
  for (const i of chunks) {
    if (i >= limit) return false;
    if ((mentions[i] as readonly EntityMention[]).some((m) => m.entityId === entityId && m.surface === surface)) return true;
  }
  return false;
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
