/**
 * A glossary's approved terms as entities of the knowledge base, so that hovers, the Entities view and
 * the name checks know them. An entry the knowledge base already knows (its id, or any of its spellings)
 * is left to the knowledge base, whose record says more: an exported glossary imported back adds nothing.
 */
import { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Entity } from '../knowledge/model';
import { t } from '../l10n';
import type { GlossaryEntry } from './model';

export function glossaryEntities(base: KnowledgeBase, entries: readonly GlossaryEntry[]): Entity[] {
  const taken = new Set(base.surfaces.map((surface) => surface.text.toLowerCase()));
  const ids = new Set(base.entities.keys());
  const entities: Entity[] = [];
  for (const entry of entries) {
    const names = [entry.preferred, ...(entry.english !== undefined ? [entry.english] : []), ...entry.admitted];
    const id = entry.id ?? `glossary:${entry.preferred}`;
    if (ids.has(id) || names.some((name) => taken.has(name.toLowerCase()))) continue;
    ids.add(id);
    for (const name of names) taken.add(name.toLowerCase());
    entities.push({
      id,
      type: entry.type ?? 'term',
      ja: entry.preferred,
      en: entry.english ?? entry.preferred,
      ...(entry.admitted.length > 0 ? { aliases: [...new Set(entry.admitted)] } : {}),
      description: entry.note !== undefined ? `${entry.note} (${t('glossary {0}', entry.source)})` : t('glossary {0}', entry.source),
    });
  }
  return entities;
}

/** The knowledge base with the glossaries' entities added (the same object when there are none). */
export function withGlossaryEntities(base: KnowledgeBase, entries: readonly GlossaryEntry[]): KnowledgeBase {
  const added = glossaryEntities(base, entries);
  return added.length === 0 ? base : new KnowledgeBase([...base.entities.values(), ...added], base.currencies);
}
