/** The spelling a garbled katakana name is fixed to: the document's own, else the knowledge base's. */
import type { DetectorContext } from '../../context';
import { splitNameParts, type KatakanaName } from '../../nameIndex';
import { editSimilarity } from '../../similarity';
import { scriptOf } from '../../text';
import { soundKey } from '../../soundKey';
import type { Entity } from '../../knowledge/model';
import type { Part } from './katakanaRuns';
import type { Match } from './match';
import { familyNameFirst } from './nameFacts';

/** The spelling the document uses for the entity, else the knowledge base's own when it writes the same name (not an alias's). */
export function preferredSpelling(target: string, entity: Entity, context: DetectorContext): string {
  const parts = splitNameParts(target).length;
  const used = context.mostUsedSpelling(entity.id, (surface) => scriptOf(surface) === 'katakana' && splitNameParts(surface).length === parts);
  if (used) return used;
  return scriptOf(entity.ja) === 'katakana' && splitNameParts(entity.ja).length === parts ? entity.ja : target;
}

/** The known name, keeping each part written with the same sounds in other letters (デイビッド of デビッド・ベイカー). */
export function keepingVariants(text: string, run: readonly Part[], name: KatakanaName): string {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last || name.parts.length !== run.length) return name.text;
  let result = '';
  let at = first.start;
  run.forEach((part, i) => {
    const known = name.parts[i]?.text ?? part.text;
    result += text.slice(at, part.start) + (sameSoundsWritten(part.text, known) ? part.text : known);
    at = part.end;
  });
  // Every part the same sounds (a whole name written by ear): the known spelling is the fix.
  return result === text.slice(first.start, last.end) ? name.text : result;
}

/** The same sounds in other letters (デイビッド, デビッド), with no doubled consonant or long vowel lost (アドコク is アドコック misheard). */
function sameSoundsWritten(written: string, known: string): boolean {
  const count = (text: string, mark: string): number => [...text].filter((ch) => ch === mark).length;
  // A part that starts with a long-vowel mark or a small kana (ーアビール) is not a way of writing anything.
  if (/^[ーァィゥェォッャュョヮ]/.test(written)) return false;
  return soundKey(written) === soundKey(known) && count(written, 'ッ') >= count(known, 'ッ') && count(written, 'ー') >= count(known, 'ー');
}

/**
 * A whole name is replaced by the spelling the document already uses for it (オープンAI), else by the knowledge
 * base's own spelling rather than an alias matched (スターゲート, not スターゲイト); a person's surname by the
 * surname of the full name the document writes, else of the canonical name (アルトマン, not the alias オルトマン).
 */
export function replacementFor(match: Match, context: DetectorContext): string {
  const entity = context.kb.get(match.name.entityId);
  const wholeTarget = match.target === match.name.text;
  if (wholeTarget && match.name.parts.length > 1) {
    return context.mostUsedSpelling(match.name.entityId, (surface) => scriptOf(surface) !== 'latin') ?? match.target;
  }
  if (entity?.type === 'person' && !match.runTogether) return preferredSurname(match, entity, context) ?? match.target;
  if (!wholeTarget) return match.target;
  const used = context.mostUsedSpelling(match.name.entityId, (surface) => scriptOf(surface) !== 'latin');
  if (used) return used;
  return entity && scriptOf(entity.ja) === 'katakana' && !/[・･]/.test(entity.ja) && soundKey(entity.ja) === soundKey(match.target) ? entity.ja : match.target;
}

/** The surname of the person's full katakana name as the document writes it, else as the knowledge base does, when it sounds like the target. */
function preferredSurname(match: Match, entity: Entity, context: DetectorContext): string | undefined {
  const dotted = (surface: string): boolean => scriptOf(surface) === 'katakana' && /[・･]/.test(surface);
  const full = context.mostUsedSpelling(entity.id, dotted) ?? (dotted(entity.ja) ? entity.ja : undefined);
  if (!full) return undefined;
  const parts = splitNameParts(full);
  const surname = familyNameFirst(context.kb, entity.id) ? parts[0] : parts[parts.length - 1];
  if (!surname || surname === match.target) return undefined;
  return editSimilarity(soundKey(surname), soundKey(match.target)) >= 0.6 ? surname : undefined;
}
