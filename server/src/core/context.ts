/** What the document as a whole says: which entities it names, how often and how, and which countries it is about. */
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import type { Entity } from './knowledge/model';
import type { RuleSet } from './knowledge/rules';
import type { EnglishLexicon } from './lexicon';
import type { EntityMention } from './types';

export interface DetectorContext {
  readonly kb: KnowledgeBase;
  readonly lexicon: EnglishLexicon;
  readonly rules: RuleSet;
  readonly mentions: readonly EntityMention[];
  /** Mentions per entity id. */
  readonly mentionCount: ReadonlyMap<string, number>;
  /** Mentions per entity id, counting misspelt ones found by the name detectors ("Open AI", "サム・アルマン"). */
  readonly evidence: ReadonlyMap<string, number>;
  /** Entities named in the document, and those linked to them (an OpenAI story makes Sam Altman likely). */
  readonly related: ReadonlySet<string>;
  /** ISO country codes the document is about, with the number of mentions behind each. */
  readonly countries: ReadonlyMap<string, number>;
  /** Mentions of an entity named in the document. */
  mentionsOf(entityId: string): readonly EntityMention[];
  /** The spelling of an entity this document uses most, among those `accept` allows. */
  mostUsedSpelling(entityId: string, accept: (surface: string) => boolean): string | undefined;
  /** How likely the document is to talk about an entity: 1 when named, 0.6 when related to a named one, 0 otherwise. */
  affinity(entityId: string): number;
}

export function buildContext(
  kb: KnowledgeBase,
  lexicon: EnglishLexicon,
  rules: RuleSet,
  mentions: readonly EntityMention[],
  misspelt: readonly string[] = [],
): DetectorContext {
  const byEntity = new Map<string, EntityMention[]>();
  for (const mention of mentions) {
    const list = byEntity.get(mention.entityId) ?? [];
    list.push(mention);
    byEntity.set(mention.entityId, list);
  }
  const mentionCount = new Map([...byEntity].map(([id, list]) => [id, list.length]));
  const evidence = new Map(mentionCount);
  for (const id of misspelt) evidence.set(id, (evidence.get(id) ?? 0) + 1);
  const related = new Set<string>();
  for (const id of evidence.keys()) for (const other of kb.relatedTo(id)) if (!evidence.has(other)) related.add(other);
  const countries = new Map<string, number>();
  for (const [id, count] of evidence) {
    const entity = kb.get(id);
    const country = entity && kb.countryOf(entity);
    if (country) countries.set(country, (countries.get(country) ?? 0) + count);
  }
  return {
    kb,
    lexicon,
    rules,
    mentions,
    mentionCount,
    evidence,
    related,
    countries,
    mentionsOf: (id) => byEntity.get(id) ?? [],
    mostUsedSpelling: (id, accept) => mostFrequent((byEntity.get(id) ?? []).map((m) => m.surface).filter(accept)),
    affinity: (id) => (evidence.has(id) ? 1 : related.has(id) ? 0.6 : 0),
  };
}

export function displayName(entity: Entity): string {
  return entity.ja === entity.en ? entity.en : `${entity.ja}（${entity.en}）`;
}

function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = value;
  return best;
}
