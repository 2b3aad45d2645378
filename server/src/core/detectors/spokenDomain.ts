/** Web addresses read aloud and transcribed as words: "example tocom", "example dot com" → "example.com". */
import { makeFinding } from '../finding';
import { isInEnglishProse } from '../text';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { t } from '../l10n';

const CODE = 'spoken-domain';
// A name, then "dot com" as heard: "tocom"/"dotcom" as one word, "dot com" as two, or ドットコム.
const PATTERN = /([A-Za-z0-9][A-Za-z0-9-]{2,})((?:[ \t]|\r?\n)+)(?:(to|dot)(com|net|org)|dot[ \t]+(com|net|org)|ドット(コム|ネット))(?![A-Za-z0-9])/g;
const TLD: Record<string, string> = { com: 'com', net: 'net', org: 'org', コム: 'com', ネット: 'net' };

export const spokenDomain: Detector = {
  code: CODE,
  description: 'Web addresses read aloud and written as words (breakingpoints tocom → breakingpoints.com).',
  detect(doc) {
    const findings: Finding[] = [];
    for (const match of doc.text.matchAll(PATTERN)) {
      const name = match[1] ?? '';
      if (isInEnglishProse(doc.text, match.index, match.index + match[0].length)) continue;
      const tld = TLD[match[4] ?? match[5] ?? match[6] ?? ''] ?? 'com';
      const start = match.index + name.length;
      const end = match.index + match[0].length;
      const heard = doc.text.slice(start, end).trim();
      findings.push(
        makeFinding({
          code: CODE,
          range: { start, end },
          message: t('「{0}」 is probably the web address {1}, read aloud', `${name} ${heard}`, `${name}.${tld}`),
          confidence: match[3] === 'to' ? 0.8 : 0.7,
          explanation: {
            problem: t('A web address written as it was spoken: {0}.', `${name}.${tld}`),
            reasons: [t('「{0}」 is how “{1}” sounds; speech recognition wrote it as a word.', heard, `.${tld}`)],
          },
          replacements: [`.${tld}`],
        }),
      );
    }
    return findings;
  },
};
