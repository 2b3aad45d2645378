/** A dotted run whose parts are all parts of one entity's names (アルチュール・メンシュ). */
import type { DetectorContext } from '../../context';
import { nameIndexOf } from '../../nameIndex';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Part } from './katakanaRuns';

/** Each part of the run is a part of some name of one entity (given name of one listing, surname of another). */
export function namesOnePerson(run: readonly Part[], context: DetectorContext): boolean {
  for (const parts of namePartsByEntity(context.kb).values()) if (run.every((part) => parts.has(part.text))) return true;
  return false;
}

const namePartsCache = new WeakMap<KnowledgeBase, ReadonlyMap<string, ReadonlySet<string>>>();

/** The parts of each entity's katakana names of several parts, by entity (once per knowledge base). */
function namePartsByEntity(kb: KnowledgeBase): ReadonlyMap<string, ReadonlySet<string>> {
  let byEntity = namePartsCache.get(kb);
  if (!byEntity) {
    const found = new Map<string, Set<string>>();
    for (const name of nameIndexOf(kb).katakana) {
      if (name.parts.length < 2) continue;
      let parts = found.get(name.entityId);
      if (!parts) found.set(name.entityId, (parts = new Set()));
      for (const part of name.parts) parts.add(part.text);
    }
    namePartsCache.set(kb, (byEntity = found));
  }
  return byEntity;
}
