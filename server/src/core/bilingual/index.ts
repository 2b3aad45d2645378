/**
 * The checks of a translation against its English source: align the two, then compare each sure pair.
 * Runs after the translation's own analysis (whose mentions and misspelt names anchor the alignment), and
 * only when a source is given: without one, the analysis is what it always was.
 */
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { RuleSet } from '../knowledge/rules';
import type { EnglishLexicon } from '../lexicon';
import type { EntityMention, Finding, OffsetRange } from '../types';
import { alignTexts, type Alignment } from './alignment';
import { englishAnchors, japaneseAnchors } from './anchors';
import { entityHeads, type PlacedEntity } from './entityHeads';
import { SOURCE_CHECKS } from './checks';
import { anchoredPairs, checkedPairs } from './checks/check';
import { matchQuantities } from './checks/quantityMatch';
import { UNTRANSLATED_SEGMENT } from './checks/untranslatedSegment';
import { shortenedAsTheSourceDoes, writtenAsTheSource, type WrittenAsTheSource } from './answeredNames';
import { t } from '../l10n';
import { CONFIDENCE_OF, severityFor } from '../types';
import type { SegmentFormat } from './segments';
import type { SourceCheckContext } from './checks/check';
import type { JapaneseCurrencyNames } from './quantities';

export { Alignment, type AlignedPair } from './alignment';
export { SOURCE_CHECKS } from './checks';
export { sourceCandidates, isSourceName } from './pairing';

/** The English original of a document. */
export interface SourceDocument {
  readonly text: string;
  readonly uri: string;
  /** Set for a subtitle file (its cues align with the translation's by time when that is one too) and for an XLIFF file (its own source: units pair). */
  readonly format?: SegmentFormat;
}

export interface SourceCheckInput {
  readonly source: SourceDocument;
  /** The translation's text as in its file, and its subtitle format. */
  readonly targetText: string;
  readonly targetFormat?: SegmentFormat;
  readonly kb: KnowledgeBase;
  readonly lexicon: EnglishLexicon;
  readonly rules: RuleSet;
  readonly mentions: readonly EntityMention[];
  readonly findings: readonly Finding[];
  readonly enabled: (code: string) => boolean;
}

export interface SourceCheckResult {
  readonly alignment: Alignment;
  readonly findings: readonly Finding[];
  /** Figures of the translation the source confirms: the translation's own doubts about them are answered. */
  readonly confirmed: readonly ConfirmedFigure[];
  /** Names the translation shortens as the source does (GMOインターネット for "GMO Internet"): its own doubt is answered. */
  readonly shortened: readonly OffsetRange[];
  /** The translation's own name doubts whose word renders a name the aligned source writes (イヴァン・チャン for "Ivan Zhang"). */
  readonly rendered: readonly WrittenAsTheSource[];
}

/** A figure of the translation whose value the aligned source gives too, and its currency when the source's is the same (or the currency alone). */
export interface ConfirmedFigure {
  /** Absent where only the currency is confirmed (another value in the source's currency). */
  readonly number?: OffsetRange;
  readonly currency?: OffsetRange;
}

/** The translation's own checks of a figure's size, and of its currency: a source that gives the same answers them. */
const FIGURE_DOUBTS = new Set(['wrong-magnitude', 'implausible-quantity']);
const CURRENCY_DOUBTS = new Set(['implausible-currency']);

/**
 * The figures of the sure pairs whose value (and perhaps currency) the source gives too; in a pair the aligner is less
 * sure of, an amount or a measure only (a value with its currency or unit, which chance does not repeat as a bare 2 may).
 */
function confirmedFigures(alignment: Alignment, currencies: JapaneseCurrencyNames): ConfirmedFigure[] {
  const sure = checkedPairs(alignment).flatMap((pair) => matchQuantities(pair, currencies).confirmed);
  const anchored = anchoredPairs(alignment).flatMap((pair) =>
    matchQuantities(pair, currencies).confirmed.filter(({ target }) => target.kind === 'money' || target.kind === 'measure'),
  );
  // A figure of another value in the source's currency (9兆1000億ルピー for "91,000 crore rupees"): the value is this
  // check's to say, the currency is answered. A currency doubt on it would propose another currency the source refutes.
  const currencyOnly = checkedPairs(alignment)
    .flatMap((pair) => matchQuantities(pair, currencies).number)
    .filter(({ source, target }) => target.kind === 'money' && source.currency !== undefined && source.currency === target.currency && target.unitRange)
    .map(({ target }) => ({ currency: target.unitRange }));
  return [
    ...[...sure, ...anchored].map(({ target, sameCurrency }) => ({
      number: target.numberRange,
      ...(sameCurrency && target.unitRange ? { currency: target.unitRange } : {}),
    })),
    ...currencyOnly,
  ];
}

export function checkAgainstSource(input: SourceCheckInput): SourceCheckResult {
  const currencies: JapaneseCurrencyNames = input.kb.currencies.flatMap((c) => c.names.map((name) => ({ name, code: c.code })));
  const entitiesIn = (range: OffsetRange): PlacedEntity[] => [
    ...input.mentions.filter((m) => m.range.start >= range.start && m.range.end <= range.end),
    ...input.findings
      .filter((f) => f.entityId !== undefined && f.range.start >= range.start && f.range.end <= range.end)
      .map((f) => ({ entityId: f.entityId as string, range: f.range })),
  ];
  const heads = entityHeads(input.rules.entityHeads, input.kb);
  const alignment = alignTexts({
    sourceText: input.source.text,
    sourceUri: input.source.uri,
    ...(input.source.format ? { sourceFormat: input.source.format } : {}),
    targetText: input.targetText,
    // An XLIFF source is the translation's own file.
    ...(input.targetFormat || input.source.format === 'xliff' ? { targetFormat: input.targetFormat ?? 'xliff' } : {}),
    sourceAnchors: (segment) => englishAnchors(segment, input.kb, input.lexicon, heads),
    targetAnchors: (segment) => japaneseAnchors(segment, currencies, entitiesIn, heads),
  });
  const context: SourceCheckContext = {
    kb: input.kb,
    lexicon: input.lexicon,
    rules: input.rules,
    mentions: input.mentions,
    findings: input.findings,
    currencies,
  };
  const findings: Finding[] = [];
  for (const check of SOURCE_CHECKS) {
    if (!input.enabled(check.code)) continue;
    try {
      findings.push(...check.check(alignment, context));
    } catch (error) {
      console.error(`transcript-lens: source check ${check.code} failed: ${(error as Error).stack ?? String(error)}`);
    }
  }
  return {
    alignment,
    findings: withoutFindingsInCopies(findings),
    confirmed: confirmedFigures(alignment, currencies),
    shortened: shortenedAsTheSourceDoes(alignment, context),
    rendered: writtenAsTheSource(alignment, context),
  };
}

/**
 * A sentence left in English is one problem, said once: its figures and names, read as a translation's (£66 million as
 * 66), are not compared with the source again.
 */
function withoutFindingsInCopies(findings: readonly Finding[]): Finding[] {
  const copies = findings.filter((f) => f.code === UNTRANSLATED_SEGMENT);
  const inCopy = (f: Finding): boolean => f.code !== UNTRANSLATED_SEGMENT && copies.some((c) => c.range.start <= f.range.start && f.range.end <= c.range.end);
  return findings.filter((f) => !inCopy(f));
}

/**
 * The translation's findings with those of the source checks: a name the source confirms replaces the
 * translation's own finding on the same words (one problem, one diagnostic, the surer one), and a figure the
 * source gives too (13億 for "€1.3 billion") is no wrong magnitude, nor its currency (when the source's) implausible.
 */
export function mergeSourceFindings(
  own: readonly Finding[],
  fromSource: readonly Finding[],
  confirmed: readonly ConfirmedFigure[] = [],
  shortened: readonly OffsetRange[] = [],
  rendered: readonly WrittenAsTheSource[] = [],
): Finding[] {
  const names = fromSource.filter((f) => f.code === 'name-mismatch' || f.code === 'currency-mismatch' || f.code === 'number-mismatch');
  const overlaps = (f: Finding, r: OffsetRange | undefined): boolean => r !== undefined && r.start < f.range.end && f.range.start < r.end;
  const answered = (f: Finding): boolean =>
    (FIGURE_DOUBTS.has(f.code) && confirmed.some((c) => overlaps(f, c.number))) ||
    (CURRENCY_DOUBTS.has(f.code) && confirmed.some((c) => overlaps(f, c.currency))) ||
    shortened.some((r) => r.start === f.range.start && r.end === f.range.end && f.code === 'truncated-name');
  const kept = own.filter((f) => !names.some((n) => overlaps(f, n.range)) && !answered(f));
  return [...answeredBySourceNames(kept, rendered), ...fromSource].sort((a, b) => a.range.start - b.range.start || b.confidence - a.confidence);
}

/** A finding this sure at most is information: said, not pressed (midway between information and warning, 0.6). */
const INFORMATION_ONLY = (CONFIDENCE_OF.information + CONFIDENCE_OF.warning) / 2;

/**
 * The translation's own name doubts that the aligned source answers: a word rendering another name the source writes
 * (NC AI taken for NCCL) is no garble of the one proposed, and goes; a rendering of the very entity proposed
 * (イヴァン・チャン, the knowledge base writing アイバン・チャン) is at most another spelling, said as information with
 * the source's name.
 */
export function answeredBySourceNames(own: readonly Finding[], rendered: readonly WrittenAsTheSource[]): Finding[] {
  return own.flatMap((f) => {
    const answer = rendered.find((r) => r.range.start === f.range.start && r.range.end === f.range.end);
    if (!answer) return [f];
    if (!answer.sameEntity) return [];
    const confidence = Math.min(f.confidence, INFORMATION_ONLY);
    const message = t('{0} (the source writes "{1}", which it renders)', f.message, answer.sourceName);
    return [{ ...f, message, confidence, severity: severityFor(confidence) }];
  });
}
