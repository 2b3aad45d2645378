/**
 * A pair the aligner is less sure of because a sentence was added to the translation (or left out of it) beside one it
 * translates: one segment on one side, several on the other. When exactly one of the several shares something with the
 * single segment (a figure of the same value, a Latin name or code) and the others share nothing, that one is its
 * translation and the rest is the sentence added or dropped: the two are checked as a pair of their own.
 */
import type { AlignedPair } from '../alignment';
import { latinWords, sourceQuantities, targetQuantities } from '../pairFacts';
import type { JapaneseCurrencyNames } from '../quantities';
import type { Segment } from '../segments';
import { CHECKED_PAIR_CONFIDENCE } from './check';
import { computeMatch } from './quantityMatch';

const cache = new WeakMap<AlignedPair, AlignedPair | null>();

/** Latin words with a capital or a digit (names, codes), as both sides write them. */
function namesIn(segments: readonly Segment[]): Set<string> {
  return new Set(
    segments
      .flatMap(latinWords)
      .map((w) => w.text)
      .filter((w) => w.length >= 2 && /[A-Z0-9]/.test(w))
      .map((w) => w.toLowerCase()),
  );
}

/** What a source and a target segment share: figures of the same value, and Latin names. */
function shared(source: readonly Segment[], target: readonly Segment[], currencies: JapaneseCurrencyNames): number {
  const probe: AlignedPair = { index: -1, source, target, confidence: 0 };
  const agreeing = computeMatch(sourceQuantities(probe), targetQuantities(probe, currencies)).confirmed.length;
  const targetNames = namesIn(target);
  return agreeing + [...namesIn(source)].filter((n) => targetNames.has(n)).length;
}

/** The pair of the single segment and the one it translates among the several, or undefined when that is not clear. */
export function translatedWithin(pair: AlignedPair, currencies: JapaneseCurrencyNames): AlignedPair | undefined {
  const known = cache.get(pair);
  if (known !== undefined) return known ?? undefined;
  let found: AlignedPair | undefined;
  const oneToMany = pair.source.length === 1 && pair.target.length > 1;
  const manyToOne = pair.target.length === 1 && pair.source.length > 1;
  if (oneToMany || manyToOne) {
    const several = oneToMany ? pair.target : pair.source;
    const scores = several.map((segment) => (oneToMany ? shared(pair.source, [segment], currencies) : shared([segment], pair.target, currencies)));
    const sharing = scores.filter((s) => s > 0);
    const k = scores.findIndex((s) => s > 0);
    const segment = several[k];
    if (sharing.length === 1 && segment) {
      found = {
        index: pair.index,
        source: oneToMany ? pair.source : [segment],
        target: oneToMany ? [segment] : pair.target,
        // As sure as the aligner's least sure checked pair: the split is a reading of its own.
        confidence: CHECKED_PAIR_CONFIDENCE,
      };
    }
  }
  cache.set(pair, found ?? null);
  return found;
}
