/**
 * An acronym with one letter heard wrong: 「GBU」 for GPU, 「HVM」 for HBM, 「MIST」 for NIST, 「CoVoS」 for
 * CoWoS. Spoken letter names rhyme (bee, pee, vee, dee, tee), and a recogniser writes what it heard.
 *
 * Contract:
 * - A Latin word of capitals (and digits, a hyphen, lower case between capitals) that no list knows: not a
 *   listed acronym, not a name of the knowledge base.
 * - One letter of it, swapped for a letter of the same sound group (data: letterGroups), gives a listed
 *   acronym that has context words.
 * - Only where the document supports that acronym: its context words within a few dozen characters, the
 *   acronym itself written elsewhere in the document, or two of its context words anywhere in it (one sign).
 *   Warning with two signs, information with one.
 * - Digits after the letters (HVM3E, a generation) are kept: the letters alone are compared.
 * - A word the document writes three times or more and never the acronym is a name of its own.
 */
import { makeFinding } from '../finding';
import { nameIndexOf, squash } from '../nameIndex';
import type { AcronymRule } from '../knowledge/rules';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { t } from '../l10n';

const CODE = 'misheard-acronym';
const WINDOW = 60;
const WORD = /(?<![A-Za-z0-9])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![A-Za-z0-9])/g;

export const misheardAcronym: Detector = {
  code: CODE,
  description: 'An acronym with one letter heard wrong (GBU for GPU, HVM for HBM), where the context names the right one.',
  detect(doc, context) {
    const { acronyms, letterGroups } = context.rules;
    const text = doc.text;
    const findings: Finding[] = [];
    const latinNames = nameIndexOf(context.kb).latinSquashed;
    const counts = new Map<string, number>();
    const words = [...text.matchAll(WORD)];
    for (const word of words) counts.set(word[0], (counts.get(word[0]) ?? 0) + 1);
    for (const match of words) {
      const token = match[0];
      if (!looksLikeAcronym(token) || acronyms.has(token.toLowerCase()) || latinNames.has(squash(token))) continue;
      // A generation or size after the letters (HVM3E, MVL72) is kept: the letters are what was misheard.
      const lettersOnly = /^([A-Z]{2,})[0-9]/.exec(token)?.[1];
      const written = lettersOnly && !acronyms.has(lettersOnly.toLowerCase()) && !candidates(token, acronyms, letterGroups).next().value ? lettersOnly : token;
      for (const rule of candidates(written, acronyms, letterGroups)) {
        const start = match.index ?? 0;
        const end = start + written.length;
        const around = text.slice(Math.max(0, start - WINDOW), start) + text.slice(end, end + WINDOW);
        const cues = (rule.contexts ?? []).filter((word) => around.includes(word));
        const elsewhere = counts.has(rule.acronym);
        // Words of its field anywhere in the document are a weaker sign, worth one when there are two.
        const inDocument = (rule.contexts ?? []).filter((word) => !cues.includes(word) && text.includes(word));
        const field = inDocument.length >= 2;
        if (cues.length === 0 && !elsewhere && !field) continue;
        if ((counts.get(token) ?? 0) >= 3 && !elsewhere) continue;
        const signs = Math.min(2, cues.length) + (elsewhere ? 1 : 0) + (field ? 1 : 0);
        const reasons = [
          t('「{0}」 is no acronym we know; with one letter that sounds alike changed it is 「{1}」.', written, rule.acronym),
          cues.length > 0 ? t('Words around it go with {0}: {1}.', rule.acronym, cues.map((c) => `「${c}」`).join(', ')) : '',
          elsewhere ? t('The document writes 「{0}」 elsewhere.', rule.acronym) : '',
          field ? t('The document speaks of its field: {0}.', inDocument.map((c) => `「${c}」`).join(', ')) : '',
        ].filter((r) => r !== '');
        findings.push(
          makeFinding({
            code: CODE,
            range: { start, end },
            message: t('「{0}」 is probably 「{1}」, with a letter misheard', written, rule.acronym),
            confidence: signs >= 2 ? 0.75 : 0.55,
            explanation: { problem: t('Spoken letters sound alike, and speech recognition may write the wrong one.'), reasons },
            replacements: [rule.acronym],
          }),
        );
        break;
      }
    }
    return findings;
  },
};

/** Capitals, with digits, a hyphen and lower-case letters among them (CoVoS, SVE-bench), at most ten letters. */
function looksLikeAcronym(word: string): boolean {
  const head = word.split('-')[0] ?? '';
  return word.length <= 10 && /^[A-Z0-9][A-Za-z0-9]*$/.test(head) && (head.match(/[A-Z]/g)?.length ?? 0) >= 2 && !/^[A-Z][a-z]+$/.test(head);
}

/** Listed acronyms with contexts that differ from the word in one letter of the same sound group. */
function* candidates(written: string, acronyms: ReadonlyMap<string, AcronymRule>, groups: readonly string[]): Generator<AcronymRule> {
  const upper = written.toUpperCase();
  for (let i = 0; i < upper.length; i++) {
    const letter = upper[i] ?? '';
    for (const group of groups) {
      if (!group.includes(letter)) continue;
      for (const other of group) {
        if (other === letter) continue;
        const rule = acronyms.get((upper.slice(0, i) + other + upper.slice(i + 1)).toLowerCase());
        if (rule?.contexts && rule.contexts.length > 0) yield rule;
      }
    }
  }
}
