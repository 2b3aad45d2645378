/** A run of short loanwords that sounds like a one-word name the document writes (ユニトリー beside ユニツリー). */
import type { AnalyzedDocument } from '../../analyzedDocument';
import { displayName, type DetectorContext } from '../../context';
import { flowRange } from '../../document';
import { makeFinding } from '../../finding';
import { editSimilarity } from '../../similarity';
import { consonantSkeleton, soundKey } from '../../soundKey';
import type { Finding } from '../../types';
import { t } from '../../l10n';
import { CODE } from './findingCode';
import type { Part } from './katakanaRuns';
import { bestMatch } from './closeNames';
import { sameOnset } from './soundShape';

/** How alike by sound and by consonants a run of short loanwords must be to a name the document writes. */
const COMPOUND_ALIKE = 0.75;

/**
 * A word the dictionary reads only as short loanwords run together (ユニ + トリー, ワイ + プロ), no word of its own,
 * that sounds like a one-word katakana name the document itself writes for a known entity (ユニツリー, ウィプロ):
 * the same name, a sound off. Information: the reading as words is still possible.
 */
export function writtenNameBeside(doc: AnalyzedDocument, part: Part, run: readonly Part[], context: DetectorContext): Finding | undefined {
  if (context.rules.ordinaryKatakana.has(part.text) || doc.tokenize(part.text).length < 2 || part.text.replace(/ー/g, '').length < 4) return undefined;
  const match = bestMatch(part, run, context);
  const entity = match && context.kb.get(match.name.entityId);
  if (!match || !entity || match.truncated || match.runTogether || match.name.parts.length > 1) return undefined;
  // The document writes the name itself, as the knowledge base spells it.
  if (!context.spellingsOf(entity.id).has(match.target)) return undefined;
  const key = soundKey(part.text);
  const theirs = soundKey(match.target);
  if (!sameOnset(key, theirs)) return undefined;
  if (editSimilarity(key, theirs) < COMPOUND_ALIKE || editSimilarity(consonantSkeleton(key), consonantSkeleton(theirs)) < COMPOUND_ALIKE) return undefined;
  return makeFinding({
    code: CODE,
    range: flowRange(doc.flow, part.start, part.end),
    message: t('「{0}」 may be 「{1}」 ({2}), which this document writes, a sound off', part.text, match.target, entity.en),
    confidence: 0.55,
    explanation: {
      problem: t('Probably a mis-recognised name: {0}.', displayName(entity)),
      reasons: [
        t('「{0}」 is no word of the dictionary, only short words run together, and sounds like 「{1}」.', part.text, match.target),
        t('{0} is written 「{1}」 elsewhere in this document.', displayName(entity), match.target),
      ],
    },
    replacements: [match.target],
    entityId: entity.id,
  });
}
