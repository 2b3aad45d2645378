/** The names a word's lengths leave room to match, listed once per length. */
import { MIN_ROMAJI } from './katakanaRuns';
import type { Target } from './transliteration';
import { type NameFacts, runTogetherLengths } from './nameFacts';
import { comparableLengthCounts } from './soundShape';

/**
 * The names (indices in nameFactsOf) a word's lengths leave room to match, by the length of its romaji (its
 * whole name or surname; see consider) and of its sound key (the name run together; see runTogetherMatch),
 * each list listed once per length: a word is compared with every name, and most are ruled out by length.
 */
interface LengthCandidates {
  byRomajiLength(length: number): Int32Array;
  byKeyLength(length: number): Int32Array;
}

const lengthCandidatesCache = new WeakMap<readonly NameFacts[], LengthCandidates>();

export function lengthCandidates(allFacts: readonly NameFacts[]): LengthCandidates {
  let found = lengthCandidatesCache.get(allFacts);
  if (!found) {
    // A loop, not flatMap: a list per length is made at first use over every name, an array per name was garbage.
    const listed = (test: (facts: NameFacts) => boolean): Int32Array => {
      const indexes: number[] = [];
      allFacts.forEach((facts, i) => {
        if (test(facts)) indexes.push(i);
      });
      return Int32Array.from(indexes);
    };
    const fits = (length: number, target: Target | undefined): boolean =>
      target !== undefined && target.romaji.length >= MIN_ROMAJI && comparableLengthCounts(length, target.romaji.length);
    const byRomaji = new Map<number, Int32Array>();
    const byKey = new Map<number, Int32Array>();
    found = {
      byRomajiLength(length) {
        let list = byRomaji.get(length);
        if (!list) byRomaji.set(length, (list = listed((facts) => fits(length, facts.whole) || fits(length, facts.surname))));
        return list;
      },
      byKeyLength(length) {
        let list = byKey.get(length);
        if (!list) byKey.set(length, (list = listed(({ runTogether: r }) => r !== undefined && runTogetherLengths(length, r))));
        return list;
      },
    };
    lengthCandidatesCache.set(allFacts, found);
  }
  return found;
}
