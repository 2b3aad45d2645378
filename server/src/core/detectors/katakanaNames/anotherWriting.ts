/** Findings for a known name written another way: information, never "garbled". */
import type { AnalyzedDocument } from '../../analyzedDocument';
import { displayName, type DetectorContext } from '../../context';
import { makeFinding } from '../../finding';
import type { KatakanaName } from '../../nameIndex';
import { scriptOf } from '../../text';
import type { Entity } from '../../knowledge/model';
import type { Finding } from '../../types';
import { t } from '../../l10n';
import { comparedWithEntity } from '../../renderedSpelling';
import { CODE, VARIANT_CONFIDENCE } from './findingCode';
import type { Part } from './katakanaRuns';
import type { Match } from './match';
import { replacementFor } from './replacements';

/**
 * A "garble" that writes the entity's English name at least as well as the spelling it would be fixed to is
 * another transliteration (アラヴィンド for Aravind beside アラビンド): information that one spelling reads better.
 * Never less than that: the known spelling may be the established one even where it writes the English worse (ネビウス).
 */
export function judgedByTheEnglish(doc: AnalyzedDocument, finding: Finding, context: DetectorContext): Finding[] {
  const entity = finding.entityId === undefined ? undefined : context.kb.get(finding.entityId);
  const known = finding.fixes[0]?.edits[0]?.newText;
  if (!entity || known === undefined || finding.confidence <= VARIANT_CONFIDENCE) return [finding];
  const written = doc.text.slice(finding.range.start, finding.range.end);
  if (comparedWithEntity(written, known, entity) === undefined) return [finding];
  return [
    anotherWritingFinding(written, known, entity, finding.range, [
      t('「{0}」 writes the English name {1} as well as 「{2}」 does.', written, entity.en, known),
    ]),
  ];
}

/** A whole dotted name written another established way, every part the same sounds: information. */
export function wholeVariantFinding(written: string, name: KatakanaName, range: Finding['range'], context: DetectorContext): Finding | undefined {
  const entity = context.kb.get(name.entityId);
  if (!entity) return undefined;
  const replacement = context.mostUsedSpelling(name.entityId, (surface) => scriptOf(surface) !== 'latin') ?? name.text;
  return anotherWritingFinding(written, replacement, entity, range, [
    t('「{0}」 and 「{1}」 write the same sounds (a long vowel, v as ヴ or バ, th as ス/ソ or ト/ツ).', written, name.text),
  ]);
}

/** A known name written another established way: information, with the document's own spelling as the fix. */
export function variantFinding(part: Part, match: Match, range: Finding['range'], context: DetectorContext): Finding | undefined {
  const entity = context.kb.get(match.name.entityId);
  if (!entity) return undefined;
  return anotherWritingFinding(part.text, replacementFor(match, context), entity, range, [
    t('「{0}」 and 「{1}」 write the same sounds (a long vowel, v as ヴ or バ, th as ス/ソ or ト/ツ).', part.text, match.target),
    context.mentionCount.has(entity.id)
      ? t('{0} is named elsewhere in this document (hover it to see how often and how).', displayName(entity))
      : t('Entities related to {0} are named in this document.', displayName(entity)),
  ]);
}

/** Information that a known name is written another way, with the spelling to use throughout as the fix. */
function anotherWritingFinding(written: string, replacement: string, entity: Entity, range: Finding['range'], reasons: readonly string[]): Finding {
  return makeFinding({
    code: CODE,
    range,
    message: t('「{0}」 is another way of writing 「{1}」 ({2})', written, replacement, entity.en),
    confidence: VARIANT_CONFIDENCE,
    explanation: { problem: t('A known name written another way: not an error, but one spelling throughout reads better.'), reasons: [...reasons] },
    replacements: [replacement],
    entityId: entity.id,
  });
}
