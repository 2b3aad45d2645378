/** The finding for one katakana word matched with a known name: scored by the story, or said as another writing. */
import { displayName, type DetectorContext } from '../../context';
import { makeFinding } from '../../finding';
import { katakanaToRomaji } from '../../text';
import type { Finding } from '../../types';
import { t } from '../../l10n';
import { CODE } from './findingCode';
import type { Part } from './katakanaRuns';
import type { Match } from './match';
import { sameOnset } from './soundShape';
import { variantFinding } from './anotherWriting';
import { replacementFor } from './replacements';

/** The finding for a word matched with a known name, when the story vouches for it enough; another writing of it as information. */
export function matchedPartFinding(part: Part, match: Match, range: Finding['range'], context: DetectorContext): Finding | undefined {
  const entity = context.kb.get(match.name.entityId);
  if (!entity) return undefined;
  const affinity = context.affinity(entity.id);
  // Katakana holds countless foreign names the knowledge base lacks: only the story's own entities count,
  // and a short word (one sound away from many names) only when the entity itself is named.
  if (affinity === 0 && !match.otherPartMatches) return undefined;
  if (part.romaji.length < 6 && affinity < 1 && !match.otherPartMatches) return undefined;
  // Recognisers keep a name's first sound: another onset (ヤレク, not パレク) of an entity the story only relates to
  // is another person's name, unless the rest of the name vouches for it.
  if (affinity < 1 && !match.otherPartMatches && !match.variant && !sameOnset(part.romaji, katakanaToRomaji(match.target))) return undefined;
  // Short names have many sound-alikes: "ドゥデ" may be a transliteration of its own, not a garble.
  const shortPenalty = part.romaji.length < 6 ? 0.2 : 0;
  const scored = 0.3 + (match.similarity - 0.7) * 2 + 0.4 * affinity + (match.otherPartMatches ? 0.25 : 0) - shortPenalty;
  // A surname matched only because the given name is right is as likely another person of that given name
  // (ジャック・クライン beside ジャック・クラーク): information at most, saying so.
  const givenNameOnly = match.otherPartMatches && match.similarity < 0.72 && !match.contracted;
  // A part that is a common real name (クライン, シャルマ) beside a known name may be another person: information at most.
  const commonName = !match.variant && context.rules.commonNameParts.has(part.text);
  if (commonName && affinity === 0) return undefined;
  const capped = match.contracted ? Math.min(0.65, scored) : givenNameOnly || commonName ? Math.min(0.6, scored) : scored;
  // Another person's known name, or two words heard as one name: a guess worth showing, never more than information.
  const confidence = match.knownElsewhere !== undefined || match.runTogether ? Math.min(0.6, capped) : capped;
  if (confidence < 0.45) return undefined;
  if (match.variant || writersLongVowel(part.text, match.target, entity.id, context)) return variantFinding(part, match, range, context);
  const named = context.mentionCount.has(entity.id);
  const reasons = [
    match.truncated
      ? t('「{0}」 ({1}) is the beginning of 「{2}」 ({3}) with its end lost.', part.text, part.romaji, match.target, katakanaToRomaji(match.target))
      : t(
          '「{0}」 ({1}) sounds like 「{2}」 ({3}): {4}% alike.',
          part.text,
          part.romaji,
          match.target,
          katakanaToRomaji(match.target),
          Math.round(match.similarity * 100),
        ),
    t('The word is not in the Japanese dictionary, so it is not an ordinary loanword.'),
    match.otherPartMatches ? t('The rest of the name matches {0} exactly.', displayName(entity)) : '',
    givenNameOnly ? t('The surname alone is not close enough: this may be another person with the same given name.') : '',
    match.knownElsewhere !== undefined
      ? t(
          '「{0}」 is also how the knowledge base writes another person ({1}), who is not named in this document: check before fixing.',
          part.text,
          match.knownElsewhere,
        )
      : '',
    match.runTogether ? t('「{0}」 sounds like the whole name 「{1}」 run together into one word.', part.text, match.target) : '',
    commonName ? t('「{0}」 is itself a common name, so this may be another person: check before fixing.', part.text) : '',
    named
      ? t('{0} is named elsewhere in this document (hover it to see how often and how).', displayName(entity))
      : t('Entities related to {0} are named in this document.', displayName(entity)),
  ].filter((r) => r !== '');
  return makeFinding({
    code: CODE,
    range,
    message: t('「{0}」 looks like a garbled 「{1}」 ({2})', part.text, match.target, entity.en),
    confidence,
    explanation: { problem: t('Probably a mis-recognised name: {0}.', displayName(entity)), reasons },
    replacements: [replacementFor(match, context)],
    entityId: entity.id,
  });
}

/**
 * A long vowel left out (エニスフィア for エニースフィア) where the document never writes the spelling with it is the
 * writer's way of writing the name: style books disagree on long vowels in loanwords (コンピュータ, コンピューター).
 * Beside the full spelling in the same document (ディープシーク, then ディープシク) it is a sound dropped.
 */
function writersLongVowel(written: string, known: string, entityId: string, context: DetectorContext): boolean {
  if (written === known || written.replace(/ー/g, '') !== known.replace(/ー/g, '') || written.length >= known.length) return false;
  return ![...context.spellingsOf(entityId).keys()].some((spelling) => spelling.includes(known));
}
