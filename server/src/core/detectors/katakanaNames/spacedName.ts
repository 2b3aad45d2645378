/** A person's name written with a space instead of the middle dot (ジェンセン ファン). */
import type { AnalyzedDocument } from '../../analyzedDocument';
import { displayName, type DetectorContext } from '../../context';
import { flowRange } from '../../document';
import { makeFinding } from '../../finding';
import { nameIndexOf } from '../../nameIndex';
import { scriptOf } from '../../text';
import type { Finding } from '../../types';
import { t } from '../../l10n';
import { CODE } from './findingCode';
import type { Part } from './katakanaRuns';
import { foldVariant } from './transliteration';

/**
 * A person's name written with a space instead of the middle dot (ジェンセン ファン): the given name of one of
 * its listings, then a surname of the same person as listed or written another way. Information, with the
 * document's own spelling of the whole name as the fix.
 */
export function spacedName(doc: AnalyzedDocument, given: Part, context: DetectorContext): Finding | undefined {
  const { text } = doc.flow;
  const rest = /^[ \u3000]([\u30A1-\u30FA\u30FC]+)/.exec(text.slice(given.end));
  if (!rest?.[1]) return undefined;
  const family = rest[1];
  for (const name of nameIndexOf(context.kb).katakana) {
    const [first, last] = name.parts;
    if (name.parts.length !== 2 || !first || !last || first.text !== given.text || context.affinity(name.entityId) === 0) continue;
    if (foldVariant(last.text) !== foldVariant(family)) continue;
    const entity = context.kb.get(name.entityId);
    if (!entity) return undefined;
    const written = `${given.text}${text[given.end] ?? ' '}${family}`;
    const replacement = context.mostUsedSpelling(entity.id, (surface) => scriptOf(surface) === 'katakana' && surface.includes('・')) ?? name.text;
    if (replacement === written) return undefined;
    return makeFinding({
      code: CODE,
      range: flowRange(doc.flow, given.start, given.end + 1 + family.length),
      message: t('「{0}」 is another way of writing 「{1}」 ({2})', written, replacement, entity.en),
      confidence: 0.55,
      explanation: {
        problem: t('A known name written another way: not an error, but one spelling throughout reads better.'),
        reasons: [t('「{0}」 is the name of {1} written with a space instead of the middle dot.', written, displayName(entity))],
      },
      replacements: [replacement],
      entityId: entity.id,
    });
  }
  return undefined;
}
