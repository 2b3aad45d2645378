/** A two-part name with one part matched and the other heard wrong too: the whole name is the fix. */
import type { AnalyzedDocument } from '../../analyzedDocument';
import { displayName, type DetectorContext } from '../../context';
import { flowRange } from '../../document';
import { makeFinding } from '../../finding';
import { knownKatakanaWords, splitNameParts } from '../../nameIndex';
import { editSimilarity } from '../../similarity';
import { scriptOf } from '../../text';
import { soundKey } from '../../soundKey';
import type { Finding } from '../../types';
import { t } from '../../l10n';
import { CODE } from './findingCode';
import type { Part } from './katakanaRuns';
import type { Match } from './match';
import { isRealWord } from './wordKinds';
import { sameOnset } from './soundShape';

/**
 * A two-part name whose one part matched a person's and whose other part is that person's other part heard
 * wrong too (same onset, half the sounds; not merely written another way): the finding of the whole run, with
 * the person's full name as the document writes it (else as the knowledge base does) as the fix.
 */
export function bothPartsGarbled(
  doc: AnalyzedDocument,
  run: readonly Part[],
  found: { part: Part; match: Match } | undefined,
  confidence: number,
  context: DetectorContext,
): Finding | undefined {
  if (!found || found.match.variant || found.match.knownElsewhere !== undefined || found.match.runTogether) return undefined;
  const entity = context.kb.get(found.match.name.entityId);
  if (!entity || entity.type !== 'person' || context.affinity(entity.id) === 0) return undefined;
  const dotted = (surface: string): boolean => scriptOf(surface) === 'katakana' && splitNameParts(surface).length === 2;
  const full = context.mostUsedSpelling(entity.id, dotted) ?? (dotted(entity.ja) ? entity.ja : undefined);
  if (!full) return undefined;
  const index = run.indexOf(found.part);
  const other = run[1 - index];
  const otherKnown = splitNameParts(full)[1 - index];
  if (!other || !otherKnown || other.text === otherKnown || knownKatakanaWords(context.kb).has(other.text)) return undefined;
  const written = soundKey(other.text);
  const known = soundKey(otherKnown);
  if (written === known || !sameOnset(written, known) || editSimilarity(written, known) < 0.5 || isRealWord(doc, other.text, context)) return undefined;
  const first = run[0];
  const last = run[1];
  if (!first || !last) return undefined;
  const text = doc.flow.text.slice(first.start, last.end);
  return makeFinding({
    code: CODE,
    range: flowRange(doc.flow, first.start, last.end),
    message: t('「{0}」 looks like a garbled 「{1}」 ({2})', text, full, entity.en),
    confidence,
    explanation: {
      problem: t('Probably a mis-recognised name: {0}.', displayName(entity)),
      reasons: [
        t(
          '「{0}」 sounds like 「{1}」 ({2}), and 「{3}」 like 「{4}」 heard wrong too.',
          found.part.text,
          found.match.target,
          entity.en,
          other.text,
          otherKnown,
        ),
        context.mentionCount.has(entity.id)
          ? t('{0} is named elsewhere in this document (hover it to see how often and how).', displayName(entity))
          : t('Entities related to {0} are named in this document.', displayName(entity)),
      ],
    },
    replacements: [full],
    entityId: entity.id,
  });
}
