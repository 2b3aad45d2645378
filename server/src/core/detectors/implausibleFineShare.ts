/**
 * A fine as a share of a company's worldwide turnover above what any law allows: 「全世界年間売上高の70%」 for
 * the AI Act's 7%. A digit slips (7 → 70) in speech recognition and typing, and no competition or
 * technology law fines more than a fifth of a company's turnover.
 *
 * Contract: 「売上高の N%」 (or 売上の, with 全世界/世界/年間 before it, 最大 after it) in a sentence about a
 * fine (制裁金, 罰金, 課徴金, 科す…) is flagged when N is above 20 (the EU's Digital Markets Act, at most
 * 20% for a repeat infringement, is the highest such cap: GDPR 4%, the Digital Services Act 6%, the AI Act
 * 7%): a warning when a fine word follows the share (the fine's own amount), information otherwise, with N
 * divided by ten as the fix when that leaves a whole number (70% → 7%).
 */
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import { t } from '../l10n';
import type { Finding } from '../types';
import type { Detector } from './detector';

const CODE = 'implausible-fine-share';
/** The highest share of worldwide turnover a law fines: the Digital Markets Act's 20% for a repeat infringement. */
const HIGHEST_CAP = 20;
const SHARE_OF_TURNOVER = /(?:全世界|世界全体|世界|全体)?の?(?:年間)?(?:総)?売上高?の(?:最大)?(?:約)?([0-9０-９]+(?:[.．][0-9０-９]+)?)(?:[%％]|パーセント)/g;
const FINE = /制裁金|罰金|課徴金|科され|科す|科せられ|罰則|違反/;
/** The share is the fine's own amount: a fine word right after it (「…の7%の制裁金」, 「…の7%のいずれか高い方が科され」)… */
const FINE_AFTER = /^[^、。]{0,12}?(?:制裁金|罰金|課徴金|科され|科す|科せられ)/;
/** …or the fine is the clause's topic before it (「罰金は年間売上の35%に」). */
const FINE_BEFORE = /(?:制裁金|罰金|課徴金)(?:は|が|として|の額は|の上限は)[^、。]{0,24}$/;

function halfWidth(digits: string): string {
  return digits.replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export const implausibleFineShare: Detector = {
  code: CODE,
  description: 'A fine as a share of worldwide turnover above what any law allows (売上高の70% for 7%).',
  detect(doc) {
    const text = doc.flow.text;
    const findings: Finding[] = [];
    for (const match of text.matchAll(SHARE_OF_TURNOVER)) {
      const digits = match[1] ?? '';
      const share = Number(halfWidth(digits));
      if (!(share > HIGHEST_CAP)) continue;
      const start = match.index ?? 0;
      const sentenceStart = Math.max(text.lastIndexOf('。', start) + 1, 0);
      const ends = text.slice(start).search(/[。\n]/);
      const sentence = text.slice(sentenceStart, ends < 0 ? text.length : start + ends);
      if (!FINE.test(sentence)) continue;
      // A fine named elsewhere in the sentence may not be this share's (「違反の疑いがある同社は、売上高の80%を米国で稼ぐ」).
      const governed = FINE_AFTER.test(text.slice(start + match[0].length)) || FINE_BEFORE.test(text.slice(sentenceStart, start));
      const at = start + match[0].lastIndexOf(digits);
      const fix = share % 10 === 0 ? String(share / 10) : undefined;
      findings.push(
        makeFinding({
          code: CODE,
          range: flowRange(doc.flow, at, at + digits.length),
          message: fix
            ? t('A fine of {0}% of turnover is above what any law allows: probably {1}%', digits, fix)
            : t('A fine of {0}% of turnover is above what any law allows', digits),
          confidence: governed ? 0.72 : 0.55,
          explanation: {
            problem: t('No law fines more than {0}% of a company’s worldwide turnover.', String(HIGHEST_CAP)),
            reasons: [
              t('The caps: GDPR 4%, the Digital Services Act 6%, the AI Act 7%, the Digital Markets Act 10% (20% when repeated).'),
              t('A digit slips in speech recognition and typing (7 → 70).'),
              ...(governed ? [] : [t('Information only: the sentence speaks of a fine, but the share may be of something else.')]),
            ],
          },
          replacements: fix ? [fix] : [],
        }),
      );
    }
    return findings;
  },
};
