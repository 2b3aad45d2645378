/**
 * A Korean person nobody knows, named in the source with a hyphenated given name (Kim Yong-su, or Yong-su Kim in English
 * order) or one written as a word beside a Korean surname (Kim Yongsu, Yongsu Kim), written in the translation as a katakana name whose surname part reads as the source's surname and whose given
 * name reads as its syllables but one (キム・ヨンホ): the recogniser or the translator heard another syllable. English spelling
 * rules read such names wrong, so the syllables are read by koreanRomanisation. The surname placing the name, the fix is
 * the written given name with the odd syllable read by the table, a proposal: information (personPartFinding).
 */
import type { HanSurname } from '../../../knowledge/rules';
import { givenNameSlip, irregularSyllable, koreanGivenName, readsAsSyllable, syllableReadings, unhyphenatedKoreanGivenName } from '../../koreanRomanisation';
import type { Word } from '../../pairFacts';
import { pronunciationOf } from '../../pronouncingDictionary';
import type { GarbledPersonPart } from './personNames';
import { katakanaParts } from './renderings';
import type { TargetView } from './targetView';

/**
 * The surname and the given name of a name of two words, one of them a given name the table reads: hyphenated (Yong-su), or
 * written as one word (Yongsu) beside a surname Korean names have in katakana (Kim, Park), which an English name rarely is.
 */
function koreanName(
  name: Word,
  surnames: readonly HanSurname[],
): { surname: string; given: string; givenAt: number; syllables: string[][]; cut: string } | undefined {
  const words = name.text.split(' ');
  if (words.length !== 2) return undefined;
  const [first = '', second = ''] = words;
  const givenFirst = koreanGivenName(first);
  const givenSecond = koreanGivenName(second);
  if (givenSecond && !givenFirst) return { surname: first, given: second, givenAt: first.length + 1, syllables: givenSecond, cut: second };
  if (givenFirst && !givenSecond) return { surname: second, given: first, givenAt: 0, syllables: givenFirst, cut: first };
  if (givenFirst || givenSecond) return undefined;
  const korean = (word: string): boolean => surnames.some((s) => s.romanised.includes(word) && s.written.some((w) => /^[\u30a0-\u30ff]+$/.test(w)));
  // Jason Kim and Susan Park are English given names the dictionary says; Yongsu and Minjun it lacks.
  const joined = (word: string): ReturnType<typeof unhyphenatedKoreanGivenName> =>
    pronunciationOf(word) === undefined ? unhyphenatedKoreanGivenName(word) : undefined;
  const joinedSecond = korean(first) ? joined(second) : undefined;
  const joinedFirst = korean(second) ? joined(first) : undefined;
  if (joinedSecond && !joinedFirst)
    return { surname: first, given: second, givenAt: first.length + 1, syllables: joinedSecond.syllables, cut: joinedSecond.hyphenated };
  if (joinedFirst && !joinedSecond) return { surname: second, given: first, givenAt: 0, syllables: joinedFirst.syllables, cut: joinedFirst.hyphenated };
  return undefined;
}

/** Whether a person's name of the source reads as a Korean name (its syllables are the Korean table's, not English spelling's). */
export function readsAsKoreanName(name: Word, surnames: readonly HanSurname[]): boolean {
  return koreanName(name, surnames) !== undefined;
}

/** The surname written as the data writes it (Lee → イ, Choi → チェ) or as its syllable reads (Kim → キム). */
function writesSurname(part: string, surname: string, surnames: readonly HanSurname[]): boolean {
  const listed = surnames.filter((s) => s.romanised.includes(surname)).flatMap((s) => s.written);
  return listed.includes(part) || readsAsSyllable(part, syllableReadings(surname), false);
}

export function koreanNameSlips(people: readonly Word[], view: TargetView, surnames: readonly HanSurname[], taken: ReadonlySet<number>): GarbledPersonPart[] {
  const found: GarbledPersonPart[] = [];
  for (const name of people) {
    const korean = koreanName(name, surnames);
    if (!korean) continue;
    const slips: GarbledPersonPart[] = [];
    let read = false;
    for (const written of view.katakana) {
      const parts = katakanaParts(written);
      if (parts.length !== 2 || taken.has(written.range.start)) continue;
      // Either order: キム・ヨンス as Japanese writes Korean names, ヨンス・キム as the English source may.
      const surnameAt = parts.findIndex((p) => writesSurname(p.text, korean.surname, surnames));
      const givenPart = parts[1 - surnameAt];
      if (surnameAt < 0 || !givenPart) continue;
      const slip = givenNameSlip(givenPart.text, korean.syllables);
      if (slip === 'read') read = true;
      else if (slip) {
        // An irregular spelling's reading is a guess: no fix proposed for it.
        if (irregularSyllable(korean.cut.split('-')[slip.index] ?? '')) continue;
        const fix = givenPart.text.slice(0, slip.start) + (korean.syllables[slip.index]?.[0] ?? '') + givenPart.text.slice(slip.end);
        if (fix === givenPart.text) continue;
        const wordRange = { start: name.range.start + korean.givenAt, end: name.range.start + korean.givenAt + korean.given.length };
        slips.push({ name, word: korean.given, wordRange, part: givenPart, fix });
      }
    }
    // The name written right somewhere in the sentence, or two names that might be it: nothing to say.
    if (!read && slips.length === 1 && slips[0]) found.push(slips[0]);
  }
  return found;
}
