/** The shape of a check between a source and its translation, and what every such check reads. */
import { makeFinding, type FindingSpec } from '../../finding';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { EnglishLexicon } from '../../lexicon';
import type { RuleSet } from '../../knowledge/rules';
import type { EntityMention, Finding, OffsetRange } from '../../types';
import type { AlignedPair, Alignment } from '../alignment';
import type { JapaneseCurrencyNames } from '../quantities';

export interface SourceCheckContext {
  readonly kb: KnowledgeBase;
  readonly lexicon: EnglishLexicon;
  readonly rules: RuleSet;
  /** The target document's entity mentions (document offsets). */
  readonly mentions: readonly EntityMention[];
  /** The target document's own findings (without the source): a misspelt name there is still a mention of its entity. */
  readonly findings: readonly Finding[];
  readonly currencies: JapaneseCurrencyNames;
}

export interface SourceCheck {
  /** Stable diagnostic code. */
  readonly code: string;
  /** What it finds, in one line. */
  readonly description: string;
  check(alignment: Alignment, context: SourceCheckContext): Finding[];
}

/** Pairs the aligner is sure enough of to check: below this, a difference may be the aligner's and not the translator's. */
export const CHECKED_PAIR_CONFIDENCE = 0.6;

/**
 * The least confidence of a pair still read for what anchors itself: a person named in full placed by the words of the
 * name rendered, a figure whose digits the other side writes at another scale. Below CHECKED_PAIR_CONFIDENCE a pair is
 * most often a sentence the translation dropped or added beside it, merged into its neighbour.
 */
export const ANCHORED_PAIR_CONFIDENCE = 0.4;

/** The pairs with text on both sides that the aligner is less sure of, but not unsure (see ANCHORED_PAIR_CONFIDENCE). */
export function anchoredPairs(alignment: Alignment): AlignedPair[] {
  return alignment.pairs.filter(
    (pair) => pair.confidence < CHECKED_PAIR_CONFIDENCE && pair.confidence >= ANCHORED_PAIR_CONFIDENCE && pair.source.length > 0 && pair.target.length > 0,
  );
}

/** A neighbour pair the gap checks (a sentence added or omitted) trust to place a gap beside it. */
export const FAIRLY_SURE_NEIGHBOUR = 0.5;

/**
 * The least confidence of a pair of one sentence and several read for the one of the several that translates it
 * (translatedWithin): a sentence added or dropped beside another splits the aligner's belief between the merged pair
 * and the pair with a gap beside it, which both pair the same two sentences.
 */
export const SPLIT_PAIR_CONFIDENCE = 0.25;

/** The pairs of one sentence and several that the aligner is unsure of, but not below SPLIT_PAIR_CONFIDENCE. */
export function splitPairs(alignment: Alignment): AlignedPair[] {
  return alignment.pairs.filter(
    (pair) =>
      pair.confidence < ANCHORED_PAIR_CONFIDENCE &&
      pair.confidence >= SPLIT_PAIR_CONFIDENCE &&
      Math.min(pair.source.length, pair.target.length) === 1 &&
      Math.max(pair.source.length, pair.target.length) > 1,
  );
}

/** The pairs with text on both sides that the aligner is sure of. */
export function checkedPairs(alignment: Alignment): AlignedPair[] {
  return alignment.pairs.filter((pair) => pair.confidence >= CHECKED_PAIR_CONFIDENCE && pair.source.length > 0 && pair.target.length > 0);
}

/** A finding of a source check: its source span is the pair's source text (or the part given). */
export function pairFinding(spec: FindingSpec, pair: AlignedPair, alignment: Alignment, sourcePart?: OffsetRange): Finding {
  return { ...makeFinding(spec), source: alignment.sourceSpan(pair, sourcePart) };
}
