/** Terms the user's glossaries forbid (deprecated, superseded, forbidden), each with the preferred term as its fix. */
import { makeFinding } from '../finding';
import { matchGlossary } from '../glossary/match';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { t } from '../l10n';

const CODE = 'glossary-term';

export const glossaryTerm: Detector = {
  code: CODE,
  description: 'Terms your glossaries forbid, corrected to the preferred term.',
  detect(doc, context) {
    const findings: Finding[] = [];
    for (const match of matchGlossary(context.glossaryEntries, doc.text)) {
      findings.push(
        makeFinding({
          code: CODE,
          range: { start: match.start, end: match.end },
          message: t('「{0}」 → 「{1}」 (glossary {2})', match.term, match.instead, match.entry.source),
          // The user's term base decided it; a warning, as for dictionary rules, since a term can be right in a quotation.
          confidence: 0.8,
          explanation: {
            problem: t('Your glossary says not to write this term.'),
            reasons: [
              t('Glossary entry at {0}: write 「{1}」.', match.entry.source, match.instead),
              ...(match.entry.note !== undefined ? [match.entry.note] : []),
            ],
          },
          replacements: [match.instead],
        }),
      );
    }
    return findings;
  },
};
