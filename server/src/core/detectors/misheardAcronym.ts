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
import type { Finding, OffsetRange } from '../types';
import type { SequenceDetector } from './detector';
import { listedKey, wordKey } from '../documentWords';
import { t } from '../l10n';

const CODE = 'misheard-acronym';
const WINDOW = 60;
const WORD = /(?<![A-Za-z0-9])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![A-Za-z0-9])/g;

/** A word that may be a listed acronym with one letter misheard, with the text around it. */
interface AcronymCandidate {
  /** The word as written, and the part of it compared (its letters, when digits follow). */
  readonly token: string;
  readonly written: string;
  /** Of `written`, in chunk offsets. */
  readonly range: OffsetRange;
  /** The listed acronyms it may be, in order. */
  readonly rules: readonly AcronymRule[];
  /** The text within WINDOW characters before and after it. */
  readonly around: string;
}

export const misheardAcronym: SequenceDetector<AcronymCandidate> = {
  code: CODE,
  description: 'An acronym with one letter heard wrong (GBU for GPU, HVM for HBM), where the context names the right one.',
  scan(doc, services) {
    const { acronyms, letterGroups } = services.rules;
    const text = doc.text;
    const latinNames = nameIndexOf(services.kb).latinSquashed;
    const found: AcronymCandidate[] = [];
    for (const match of text.matchAll(WORD)) {
      const token = match[0];
      if (!looksLikeAcronym(token) || acronyms.has(token.toLowerCase()) || latinNames.has(squash(token))) continue;
      // A generation or size after the letters (HVM3E, MVL72) is kept: the letters are what was misheard.
      const lettersOnly = /^([A-Z]{2,})[0-9]/.exec(token)?.[1];
      const written = lettersOnly && !acronyms.has(lettersOnly.toLowerCase()) && !candidates(token, acronyms, letterGroups).next().value ? lettersOnly : token;
      const rules = [...candidates(written, acronyms, letterGroups)];
      if (rules.length === 0) continue;
      const start = match.index ?? 0;
      const range = { start, end: start + written.length };
      found.push({ token, written, range, rules, around: windowAround(text, range) });
    }
    return found;
  },
  reach: WINDOW,
  resolve: (candidate, around) => ({
    ...candidate,
    around: windowAround(around.text, { start: around.offset + candidate.range.start, end: around.offset + candidate.range.end }),
  }),
  itemKey: (c) => `${c.token}\u0001${c.written}\u0001${c.around}`,
  itemRange: (c) => c.range,
  decide(chunks, context) {
    const verdicts = new Map<number, Finding[]>();
    const writes = (word: string): number => context.wordCount(wordKey(word));
    chunks.flat().forEach((candidate, ordinal) => {
      const { token, written, around } = candidate;
      for (const rule of candidate.rules) {
        const cues = (rule.contexts ?? []).filter((word) => around.includes(word));
        const elsewhere = writes(rule.acronym) > 0;
        // Words of its field anywhere in the document are a weaker sign, worth one when there are two.
        const inDocument = (rule.contexts ?? []).filter((word) => !cues.includes(word) && context.wordCount(listedKey(word)) > 0);
        const field = inDocument.length >= 2;
        if (cues.length === 0 && !elsewhere && !field) continue;
        if (writes(token) >= 3 && !elsewhere) continue;
        const signs = Math.min(2, cues.length) + (elsewhere ? 1 : 0) + (field ? 1 : 0);
        const reasons = [
          t('「{0}」 is no acronym we know; with one letter that sounds alike changed it is 「{1}」.', written, rule.acronym),
          cues.length > 0 ? t('Words around it go with {0}: {1}.', rule.acronym, cues.map((c) => `「${c}」`).join(', ')) : '',
          elsewhere ? t('The document writes 「{0}」 elsewhere.', rule.acronym) : '',
          field ? t('The document speaks of its field: {0}.', inDocument.map((c) => `「${c}」`).join(', ')) : '',
        ].filter((r) => r !== '');
        verdicts.set(ordinal, [
          makeFinding({
            code: CODE,
            range: candidate.range,
            message: t('「{0}」 is probably 「{1}」, with a letter misheard', written, rule.acronym),
            confidence: signs >= 2 ? 0.75 : 0.55,
            explanation: { problem: t('Spoken letters sound alike, and speech recognition may write the wrong one.'), reasons },
            replacements: [rule.acronym],
          }),
        ]);
        break;
      }
    });
    return verdicts;
  },
};

/** The text within WINDOW characters before and after a range. */
function windowAround(text: string, { start, end }: OffsetRange): string {
  return text.slice(Math.max(0, start - WINDOW), start) + text.slice(end, end + WINDOW);
}

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
