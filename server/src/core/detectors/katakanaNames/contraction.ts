/** A given name run into the end of the surname (サムマン for サム・アルトマン). */
import type { DetectorContext } from '../../context';
import { nameIndexOf, type KatakanaName } from '../../nameIndex';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Part } from './katakanaRuns';
import type { Match } from './match';

/**
 * "サムマン" for サム・アルトマン: a given name run into the end of the surname, the middle lost. Checked even
 * when the dictionary reads the word as ordinary (サム + マン), since the person is part of the story.
 */
export function contraction(part: Part, context: DetectorContext): Match | undefined {
  for (const name of twoPartNames(context.kb).get(part.text[0] ?? '') ?? []) {
    const [given, family] = name.parts;
    if (!given || !family || !part.text.startsWith(given.text)) continue;
    const rest = part.text.slice(given.text.length);
    // The story's affinity read last, only for a name the word could be: the chunk's findings depend on no other.
    if (rest.length >= 2 && rest.length < family.text.length && family.text.endsWith(rest) && context.affinity(name.entityId) !== 0) {
      return { name, target: family.text, similarity: 0.62, truncated: false, otherPartMatches: true, contracted: true };
    }
  }
  return undefined;
}

const twoPartCache = new WeakMap<KnowledgeBase, ReadonlyMap<string, readonly KatakanaName[]>>();

/** The katakana names of two parts by the first kana of the given name, in the name index's order. */
function twoPartNames(kb: KnowledgeBase): ReadonlyMap<string, readonly KatakanaName[]> {
  let byInitial = twoPartCache.get(kb);
  if (!byInitial) {
    const names = new Map<string, KatakanaName[]>();
    for (const name of nameIndexOf(kb).katakana) {
      const initial = name.parts.length === 2 ? name.parts[0]?.text[0] : undefined;
      if (initial === undefined) continue;
      const group = names.get(initial);
      if (group) group.push(name);
      else names.set(initial, [name]);
    }
    twoPartCache.set(kb, (byInitial = names));
  }
  return byInitial;
}
