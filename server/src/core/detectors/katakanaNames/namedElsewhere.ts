/** A known spelling of someone else's name used for a person the story names another way. */
import type { DetectorContext } from '../../context';
import { nameIndexOf } from '../../nameIndex';
import { katakanaToRomaji } from '../../text';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Part } from './katakanaRuns';
import type { Match } from './match';
import { closeNames } from './closeNames';
import { isPerson } from './nameFacts';
import { sameOnset } from './soundShape';

/**
 * A known spelling of someone else's name (ケンダル of リズ・ケンダル) used alone for a person the story names
 * with another spelling (アレックス・ケンドール): the closest part of a named person's name, when no person
 * the word belongs to is in the story at all.
 */
export function namedPersonWrittenOtherwise(part: Part, context: DetectorContext): Match | undefined {
  const owners = namePartOwners(context.kb).get(part.text) ?? [];
  if (owners.some((id) => context.affinity(id) > 0)) return undefined;
  let best: Match | undefined;
  for (const match of closeNames(part, [part], context.kb)) {
    if (match.runTogether || match.truncated || context.affinity(match.name.entityId) < 1 || !isPerson(context.kb, match.name.entityId)) continue;
    if (!sameOnset(part.romaji, katakanaToRomaji(match.target))) continue;
    if (!best || match.similarity > best.similarity) best = match;
  }
  const owner = owners[0] && context.kb.get(owners[0]);
  return best && owner ? { ...best, knownElsewhere: owner.ja } : undefined;
}

const ownerCache = new WeakMap<KnowledgeBase, ReadonlyMap<string, readonly string[]>>();

/** The entities each katakana name and name part belongs to. */
function namePartOwners(kb: KnowledgeBase): ReadonlyMap<string, readonly string[]> {
  let owners = ownerCache.get(kb);
  if (!owners) {
    const found = new Map<string, string[]>();
    for (const name of nameIndexOf(kb).katakana) {
      for (const text of new Set([name.text, ...name.parts.map((p) => p.text)])) {
        const list = found.get(text);
        if (!list) found.set(text, [name.entityId]);
        else if (!list.includes(name.entityId)) list.push(name.entityId);
      }
    }
    ownerCache.set(kb, (owners = found));
  }
  return owners;
}
