/** The user's own correction rules (prh dictionaries): each match gets the rule's expected text as its fix. */
import { makeFinding } from '../finding';
import { dictionaryMatches } from '../dictionary/prh';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { t } from '../l10n';

const CODE = 'dictionary-rule';

export const dictionaryRule: Detector = {
  code: CODE,
  description: 'Matches of the rules in the workspace’s prh dictionaries, corrected to their expected text.',
  detect(doc, context) {
    const findings: Finding[] = [];
    // Overlapping matches of different rules settled as prh settles them, so that "fix all" applies prh's changes.
    for (const match of dictionaryMatches(context.dictionaryRules, doc.text)) {
      const rule = match.rule;
      const written = doc.text.slice(match.start, match.end);
      // prh lists a replacement that changes nothing (a "$1" rule matching its own result); it is no problem.
      if (match.replacement === written) continue;
      findings.push(
        makeFinding({
          code: CODE,
          range: { start: match.start, end: match.end },
          message:
            rule.note !== undefined
              ? t('「{0}」 → 「{1}」: {2} (dictionary rule {3})', written, match.replacement, rule.note, rule.source)
              : t('「{0}」 → 「{1}」 (dictionary rule {2})', written, match.replacement, rule.source),
          // The user wrote the rule to be applied: a warning, not an error, since a pattern can overreach.
          confidence: 0.8,
          explanation: {
            problem: t('Your dictionary has a rule for this.'),
            reasons: [t('Rule at {0}: expected 「{1}」.', rule.source, rule.expected), ...(rule.note !== undefined ? [rule.note] : [])],
          },
          replacements: [match.replacement],
        }),
      );
    }
    return findings;
  },
};
