/**
 * Katakana words that the dictionary does not know and that sound like a known name:
 * "ディープス" → ディープシーク, "サム・アルマン" → サム・アルトマン, "ウルトマン" → アルトマン.
 * A word the dictionary reads only as short loanwords run together (ユニ + トリー) is judged against the one-word
 * names the document itself writes (ユニツリー), at information.
 *
 * Contract: each katakana run of the text (its parts split at the middle dot, katakanaNames/katakanaRuns) is judged in
 * this order, the first that finds something deciding:
 * - a name written with a space for the dot (spacedName): information;
 * - a dotted run whose parts all belong to one entity's names (onePerson): no finding;
 * - a dotted run whose every part is a little off but which sounds like a known name as a whole (wholeName; with a
 *   part written right, only when the parts alone find nothing);
 * - each part on its own, unless a known spelling covers it: a known name of someone the story does not name, before a
 *   title, for a person it does name (namedElsewhere); else the closest known name the story vouches for (closeNames,
 *   contraction, scored by partFinding), or a one-word name the document writes beside a run of short loanwords
 *   (writtenNameBeside); one part matched and the other heard wrong too makes the whole name the fix (bothPartsGarbled);
 * - nothing found: a word that is no word, in a name's place, sounding like one known name only (heardFallback).
 * A finding on a piece of a word cut by a line break is dropped. A known name written another established way, or a
 * garble that writes the English name as well as its fix does, is information, never "garbled" (anotherWriting); the fix is the
 * document's own spelling, else the knowledge base's (replacements). Over the whole document, a spelling the writer
 * uses at least as often as the known one is information at most (writersSpelling, judgedByTheDocument).
 */
import { flowRange } from '../document';
import { knownKatakanaWords } from '../nameIndex';
import { keepBestNonOverlapping, overlapsAny } from '../ranges';
import { isKatakana } from '../text';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { CODE } from './katakanaNames/findingCode';
import { NO_WORD_START, MIN_ROMAJI, type Part, katakanaRuns, stutteredWord } from './katakanaNames/katakanaRuns';
import type { Match } from './katakanaNames/match';
import { judgedByTheEnglish } from './katakanaNames/anotherWriting';
import { wholeNameFinding } from './katakanaNames/wholeName';
import { heardFallback } from './katakanaNames/heardFallback';
import { bothPartsGarbled } from './katakanaNames/bothPartsGarbled';
import { titled, isOrdinaryWord, ordinaryLoanwordBeside } from './katakanaNames/wordKinds';
import { writtenNameBeside } from './katakanaNames/writtenNameBeside';
import { bestMatch } from './katakanaNames/closeNames';
import { namedPersonWrittenOtherwise } from './katakanaNames/namedElsewhere';
import { contraction } from './katakanaNames/contraction';
import { spacedName } from './katakanaNames/spacedName';
import { namesOnePerson } from './katakanaNames/onePerson';
import { matchedPartFinding } from './katakanaNames/partFinding';
export { workOutNameFacts } from './katakanaNames/nameFacts';
export { judgedByTheDocument, type SpellingUses } from './katakanaNames/writersSpelling';

export const garbledKatakanaName: Detector = {
  code: CODE,
  description: 'Katakana words the dictionary does not know that sound like a known name (ディープス → ディープシーク).',
  detect(doc, context) {
    const findings: Finding[] = [];
    const covered = context.mentions.map((m) => m.range);
    for (const run of katakanaRuns(doc.flow.text)) {
      const spaced = run.length === 1 ? spacedName(doc, run[0] as Part, context) : undefined;
      if (spaced) {
        findings.push(spaced);
        continue;
      }
      // A known given name with a known surname of the same person, in a combination not listed (アルチュール・メンシュ), is that person.
      if (run.length > 1 && namesOnePerson(run, context)) continue;
      // Every part heard a little wrong (リーサ・スウー): the whole name's sounds are those of a known name.
      const whole = run.length > 1 ? wholeNameFinding(doc, run, context, covered) : undefined;
      if (whole && !whole.partWrittenRight) {
        findings.push(whole.finding);
        continue;
      }
      const before = findings.length;
      const matched: { part: Part; match: Match }[] = [];
      for (const part of run) {
        const range = flowRange(doc.flow, part.start, part.end);
        // A known spelling of a name (or of a part of one) is never a garble of another spelling: that
        // would offer ハサビス → ハッサビス and then ハッサビス → ハサビス.
        if (overlapsAny(covered, range)) continue;
        if (knownKatakanaWords(context.kb).has(part.text)) {
          // A surname alone before a title (ケンダルさん) that is a known spelling only of people the story does not
          // name may be a person it does name, written another way (ケンドール): information at most.
          const other = run.length === 1 && titled(doc.flow.text, part.end, context) ? namedPersonWrittenOtherwise(part, context) : undefined;
          const finding = other && matchedPartFinding(part, other, range, context);
          if (finding) findings.push(finding);
          continue;
        }
        // A part that no word can start with (ンタープライズ after a dot put one kana early) is a name split in
        // the wrong place: the whole name decides, since fixing the part alone leaves the stray kana behind.
        if (NO_WORD_START.test(part.text)) continue;
        // A stuttered garble (ディープスディープス) is judged by its word and fixed whole, in one step.
        const word = stutteredWord(doc.flow.text, part);
        if (word.romaji.length < MIN_ROMAJI) continue;
        // Before a title (フェルトマン氏) a word stands where a name stands: read as one name, not a compound of words (フェルト+マン).
        const namePlace = run.length > 1 || titled(doc.flow.text, word.end, context);
        const ordinary = isOrdinaryWord(doc, word.text, context, namePlace);
        const found = ordinary ? contraction(word, context) : bestMatch(word, run, context);
        if (!found && ordinary && !namePlace) {
          const written = writtenNameBeside(doc, word, run, context);
          if (written) {
            findings.push(written);
            continue;
          }
        }
        const match = found && !namePlace && ordinaryLoanwordBeside(word.text, found.target) ? undefined : found;
        const finding = match && matchedPartFinding(word, match, range, context);
        if (finding) {
          findings.push(finding);
          if (match) matched.push({ part, match });
        }
      }
      // One part matched and the other heard wrong too (アシャク・エレスワニー): the whole name is the fix.
      const partFinding = findings.length === before + 1 ? findings[before] : undefined;
      const both =
        run.length === 2 && matched.length === 1 && partFinding ? bothPartsGarbled(doc, run, matched[0], partFinding.confidence, context) : undefined;
      if (both) findings[findings.length - 1] = both;
      // A part written right (イ of イ・ジャエヨング) and the others too far off to match alone: the whole name decides.
      if (whole && findings.length === before) findings.push(whole.finding);
      // Nothing of the story vouches for a name, but the word is no word, stands as a name and sounds like one known name only.
      if (findings.length === before) {
        const heard = heardFallback(doc, run, context, covered);
        if (heard) findings.push(heard);
      }
    }
    const judged = findings
      // A word the line before runs into (ポール・グ⏎レアム) is a piece of one cut by the line break: not a word to judge alone.
      .filter((finding) => !continuesLineBefore(doc.text, finding.range.start))
      .flatMap((finding) => judgedByTheEnglish(doc, finding, context));
    return keepBestNonOverlapping(judged, (f) => f.confidence);
  },
};

/**
 * Whether a word starts a line whose line before ends in katakana: the word continues one cut mid-word (グ⏎レアム). After a
 * name's separator (サム・⏎アルマン) the line starts a part of its own, judged as any.
 */
function continuesLineBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  const m = /([\s\S])\r?\n$/.exec(before);
  return m !== null && isKatakana(m[1] ?? '');
}
