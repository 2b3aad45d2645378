/**
 * 万/億/兆 slips: an amount whose digits and currency are those of a published figure of the story, or of
 * another amount of the same document, at another power of ten (「33万ドル」 where the story gives 33億ドル,
 * 「6.6億ドル」 for $6.6 billion, which is 66億ドル) — what translation does when it converts by hand.
 *
 * Contract: an amount with a magnitude word (万, 億, 兆) is flagged, with the amount rewritten as the fix,
 * - when at another power of ten it is within 3% of a figure the knowledge base publishes for an entity
 *   of the story (and not at its own): a warning for a slip of 万 or 億 (10^4, 10^8), information for
 *   a slip of ten to a thousand (a "billion" converted as 億 is common, but so are other amounts; a
 *   hundred or a thousand only against a figure of three significant digits or more, which chance meets rarely); the
 *   figures of the entities named in the amount's sentence (run back over up to three lines with no sentence end) are read first (another entity's
 *   figure near the amount at its own magnitude does not make it right when one of theirs meets it at another);
 * - when the document writes the same significant digits (two or more: 33, 5.5, 157) in the same
 *   currency at another power of ten more often: a warning; information when the counts are even
 *   (the later one is flagged: which one is right is then unknown).
 * The same holds for counts with a magnitude word (「10万基」 beside 「10億基」, compared by their counter) and
 * for measures whose unit prefix slipped (「1.2メガワット」 where the document gives 1.2ギガワット, a slip of a
 * thousand): the unit is then what the fix rewrites.
 * The first end of a range whose unit only the second writes (38億 of 「38億から42億ドル」) is judged as an amount of
 * that unit.
 * Round digits (10, 50, 400) are never compared: two amounts of them are two amounts, and one of them
 * meets some published figure at some power of ten by chance.
 */
import { findAmounts, rangeStarts } from '../amounts';
import { formatJapaneseFigure } from '../bilingual/japaneseNumerals';
import { japaneseCurrencyNames } from '../bilingual/quantities';
import type { DetectorContext } from '../context';
import { displayName } from '../context';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import type { Entity, KnownAmount } from '../knowledge/model';
import { t } from '../l10n';
import type { Finding, OffsetRange } from '../types';
import type { SequenceDetector } from './detector';
import { countedFigures } from './countedFigures';
import { belowDocumentScale, speaksOfCompanyScale } from './belowDocumentScale';
import { recognizerOf } from '../recognizer';

const CODE = 'wrong-magnitude';
/** Powers of ten a slip moves an amount by: 万 and 億 confused (10^4, 10^8), or a billion converted as 億 (10). */
const BIG_SLIPS = [1e4, 1e8, 1e-4, 1e-8];
const SMALL_SLIPS = [10, 100, 1000, 0.1, 0.01, 0.001];
/** Powers of ten a unit prefix slips by: kilo, mega, giga, tera one or two steps apart. */
const PREFIX_SLIPS = [1e3, 1e6, 1e-3, 1e-6];
/** How many lines with no sentence end before an amount's own line may name whom it belongs to. */
const PASSAGE_LINES = 3;

/** An amount with a magnitude word and two significant digits or more, as a chunk writes it. */
interface WrittenAmount {
  /** Where the fix goes: the digits and magnitude, or the unit of a measure. */
  readonly range: OffsetRange;
  /** In the currency, or in base units (watts, bytes, things counted). */
  readonly value: number;
  /** An ISO code for money; what is counted or measured otherwise (`count:基`, `power:W`). */
  readonly currency: string;
  /** What follows the digits in the message: the currency or counter; empty for a measure. */
  readonly unit: string;
  readonly significant: string;
  /** The whole amount as written, and what its fix range holds (the number, or the unit of a measure). */
  readonly written: string;
  readonly number: string;
  /** A measure: a slip is of its unit's prefix. */
  readonly measure: boolean;
  /** Money whose sentence speaks of a company-scale figure, with no word of small sums near (belowDocumentScale.ts). */
  readonly companyScale: boolean;
  /** The entities its passage names (ids: its sentence and the lines before, passageBounds): their figures are the amount's likeliest. */
  readonly named: readonly string[];
}

export const wrongMagnitude: SequenceDetector<WrittenAmount> = {
  code: CODE,
  description: '万/億/兆 slips: an amount off a published figure of the story, or off the same digits elsewhere in the document, by a power of ten.',
  scan(doc, services) {
    const text = doc.flow.text;
    // Round digits (4 of 400万) meet some published figure at some power of ten by chance; two are one amount only when specific.
    const found = findAmounts(text, services.kb.currencies);
    // The first end of a range (38億 of 「38億から42億ドル」) is an amount in the currency the range ends with.
    const written = [...found, ...rangeStarts(text, found)].filter((a) => a.magnitude !== '' && significantDigits(a.digits).length >= 2);
    // The names are read only for money (most chunks write none): a name scan of every chunk is most of the scan's work.
    const names =
      written.length === 0
        ? []
        : recognizerOf(services.kb)
            .scan(doc)
            .filter((name) => !name.needsContext);
    const namedAround = (start: number, end: number): string[] => {
      const passage = passageBounds(text, start, end);
      const ranges = names.map((name) => ({ id: name.entityId, start: name.range.start, end: name.range.end }));
      const [from, to] = [flowRange(doc.flow, passage.start, passage.start).start, flowRange(doc.flow, passage.end, passage.end).start];
      return [...new Set(ranges.filter((name) => name.start >= from && name.end <= to).map((name) => name.id))].sort();
    };
    const money = written.map((a) => ({
      range: flowRange(doc.flow, a.start, a.unitStart),
      value: a.value,
      currency: a.currency.code,
      unit: a.unit,
      significant: significantDigits(a.digits),
      written: text.slice(a.start, a.end),
      number: text.slice(a.start, a.unitStart).trim(),
      measure: false,
      companyScale: speaksOfCompanyScale(text, a.start, a.end, services.rules.scaleOutliers),
      named: namedAround(a.start, a.end),
    }));
    const counted = countedFigures(text, japaneseCurrencyNames(services.kb.currencies))
      .filter((f) => significantDigits(f.digits).length >= 2)
      .map((f) => {
        const fix = f.unitRange ?? f.numberRange;
        const end = f.unitRange?.end ?? f.numberRange.end;
        return {
          range: flowRange(doc.flow, fix.start, fix.end),
          value: f.value,
          currency: f.kind,
          unit: f.unitRange ? '' : f.kind.slice(f.kind.indexOf(':') + 1),
          significant: significantDigits(f.digits),
          written: text.slice(f.numberRange.start, end),
          number: text.slice(fix.start, fix.end),
          measure: f.unitRange !== undefined,
          companyScale: false,
          named: [],
        };
      });
    return [...money, ...counted].sort((a, b) => a.range.start - b.range.start);
  },
  itemKey: (a) =>
    `${a.value}\u0001${a.currency}\u0001${a.unit}\u0001${a.written}\u0001${a.number}\u0001${a.measure}\u0001${a.companyScale}\u0001${a.named.join(',')}`,
  itemRange: (a) => a.range,
  decide(chunks, context) {
    const amounts = chunks.flat();
    const verdicts = new Map<number, Finding[]>();
    const report = (index: number, replacement: string, confidence: number, reasons: readonly string[]): void => {
      const amount = amounts[index] as WrittenAmount;
      verdicts.set(index, [
        makeFinding({
          code: CODE,
          range: amount.range,
          message: amount.measure
            ? t('「{0}」 is probably in {1}: the unit’s prefix slipped', amount.written, replacement)
            : t('「{0}」 is probably {1}{2}: 万, 億 and 兆 slipped', amount.written, replacement, amount.unit),
          confidence,
          explanation: {
            problem: amount.measure
              ? t('The unit of this figure is likely off by a power of ten; probably {0}.', replacement)
              : t('The magnitude (万/億/兆) of this amount is likely wrong; probably {0}.', replacement + amount.unit),
            reasons,
          },
          replacements: [replacement],
        }),
      ]);
    };
    const reportUnsure = (index: number, reasons: readonly string[]): void => {
      const amount = amounts[index] as WrittenAmount;
      verdicts.set(index, [
        makeFinding({
          code: CODE,
          range: amount.range,
          message: t('「{0}」 may be off in magnitude (万, 億 or 兆): the document counts in {1} larger', amount.written, amount.unit),
          confidence: 0.5,
          explanation: { problem: t('The magnitude (万/億/兆) of this amount may be wrong.'), reasons },
          replacements: [],
        }),
      ]);
    };
    amounts.forEach((amount, index) => {
      const known = publishedElsewhere(amount, context);
      if (!known) return;
      // The writer's own digits at the right magnitude (17兆 → 1.7兆, not the figure's 1.72兆): rounding is not the slip.
      report(index, rewrittenAmount(amount, amount.value * known.slip), known.big ? 0.8 : 0.6, [
        t(
          'At another magnitude it would match a published figure: {0}, {1} {2} ({3}).',
          known.figure.about,
          known.figure.value.toLocaleString('en-US'),
          known.figure.currency,
          displayName(known.owner),
        ),
      ]);
    });
    for (const group of groupBySignificantDigits(amounts).values()) {
      const counts = new Map<number, number[]>();
      for (const index of group) {
        const value = (amounts[index] as WrittenAmount).value;
        counts.set(value, [...(counts.get(value) ?? []), index]);
      }
      if (counts.size < 2) continue;
      for (const index of group) {
        if (verdicts.has(index)) continue;
        const amount = amounts[index] as WrittenAmount;
        // A published figure of the story confirms this magnitude: the other writing is the slip (judged above).
        if (matchesPublishedFigure(amount, context)) continue;
        const own = counts.get(amount.value)?.length ?? 0;
        const [otherValue, others] = [...counts].filter(([value]) => value !== amount.value).sort((a, b) => b[1].length - a[1].length)[0] ?? [];
        if (otherValue === undefined || others === undefined || others.length < own) continue;
        const firstIndex = others[0] as number;
        const first = amounts[firstIndex] as WrittenAmount;
        // Even counts: the one written first is given the benefit of the doubt.
        if (others.length === own && firstIndex > index) continue;
        const ratio = otherValue / amount.value;
        const isSlip = (slips: readonly number[]): boolean => slips.some((slip) => Math.abs(ratio / slip - 1) < 1e-6);
        const big = amount.measure ? isSlip(PREFIX_SLIPS) : isSlip(BIG_SLIPS);
        if (!big && (amount.measure || !isSlip(SMALL_SLIPS))) continue;
        report(index, first.number, others.length > own ? 0.72 : 0.55, [
          t('The document writes the same amount as 「{0}」 elsewhere ({1} times, this way {2}).', first.written, others.length, own),
          ...(others.length === own ? [t('Which of the two is right is unknown: check the source.')] : []),
        ]);
      }
    }
    for (const { index, fixable } of belowDocumentScale(amounts)) {
      if (verdicts.has(index)) continue;
      const amount = amounts[index] as WrittenAmount;
      const reasons = [
        t('The document gives its other amounts in {0} in 億 and 兆; a company’s figure in 万 beside them is likely a slip.', amount.unit),
        t('Which magnitude is right is unknown: check the source.'),
      ];
      // 万 for 億 keeps the digits; "million" for "billion" would move them too, and which slipped is not known.
      // The reading in 億 is offered only within the document's own range: beyond it, it is no likelier than another.
      if (fixable) report(index, rewrittenAmount(amount, amount.value * 1e4), 0.5, reasons);
      else reportUnsure(index, reasons);
    }
    return verdicts;
  },
};

/** The amounts' indices by significant digits and currency. */
function groupBySignificantDigits(amounts: readonly WrittenAmount[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  amounts.forEach((amount, index) => {
    const key = `${amount.significant}\u0000${amount.currency}`;
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  return groups;
}

function significantDigits(digits: string): string {
  return digits.replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
}

interface Published {
  readonly figure: KnownAmount;
  readonly owner: Entity;
  /** A slip of 万 or 億, rather than of ten to a thousand. */
  readonly big: boolean;
  /** What the amount is multiplied by to meet the figure. */
  readonly slip: number;
}

/** The published figures, in the amount's currency, of the entities the document names or relates. */
function storyFigures(amount: WrittenAmount, context: DetectorContext): { figure: KnownAmount; owner: Entity }[] {
  const figures: { figure: KnownAmount; owner: Entity }[] = [];
  for (const id of [...context.evidence.keys(), ...context.related]) {
    const owner = context.kb.get(id);
    for (const figure of owner?.amounts ?? []) if (owner && figure.currency === amount.currency) figures.push({ figure, owner });
  }
  return figures;
}

/** Within 3% (a rounded figure), unless the amount is written more precisely than the figure: then 1305億 is not 130億. */
function nearFigure(amount: WrittenAmount, value: number, figure: KnownAmount): boolean {
  return amount.significant.length > significantDigits(String(figure.value)).length
    ? Math.abs(value - figure.value) / figure.value <= 1e-9
    : Math.abs(value - figure.value) / figure.value <= 0.03;
}

function matchesPublishedFigure(amount: WrittenAmount, context: DetectorContext): boolean {
  return storyFigures(amount, context).some(({ figure }) => nearFigure(amount, amount.value, figure));
}

/** A published figure of the story this amount matches at another power of ten, and not at its own. */
function publishedElsewhere(amount: WrittenAmount, context: DetectorContext): Published | undefined {
  const near = (value: number, figure: KnownAmount): boolean => nearFigure(amount, value, figure);
  const story = storyFigures(amount, context);
  // The figures of whom the passage names are read first: another entity's figure near the amount at its own
  // magnitude (an OpenAI valuation of 1570億 beside 「モービルアイは…1,530億ドルで」) does not make the amount right
  // when a figure of the named one meets it at another magnitude.
  const named = story.filter(({ owner }) => amount.named.includes(owner.id));
  const others = story.filter(({ owner }) => !amount.named.includes(owner.id));
  if (named.some(({ figure }) => near(amount.value, figure))) return undefined;
  const fromNamed = slippedFrom(amount, named);
  if (fromNamed) return fromNamed;
  if (others.some(({ figure }) => near(amount.value, figure))) return undefined;
  return slippedFrom(amount, others);
}

/** The first figure of the list this amount matches at another power of ten. */
function slippedFrom(amount: WrittenAmount, figures: readonly { figure: KnownAmount; owner: Entity }[]): Published | undefined {
  const near = (value: number, figure: KnownAmount): boolean => nearFigure(amount, value, figure);
  for (const { figure, owner } of figures) {
    const big = BIG_SLIPS.find((slip) => near(amount.value * slip, figure));
    if (big !== undefined) return { figure, owner, big: true, slip: big };
    // A hundred or a thousand times off meets a figure of two digits (55億) by chance too often: only ten
    // (a billion converted as 億) for those, every small slip for a figure of three digits or more.
    const slips = significantDigits(String(figure.value)).length >= 3 ? SMALL_SLIPS : [10, 0.1];
    const small = slips.find((slip) => near(amount.value * slip, figure));
    if (small !== undefined) return { figure, owner, big: false, slip: small };
  }
  return undefined;
}

/**
 * The fix of an amount, in the way the writer writes amounts: a decimal (6.6億 → 66億) when they wrote one, else
 * whole as Japanese prose writes an exact amount (35億 → 3億5000万, not 3.5億; 47兆4,500億 → 47億4,500万).
 */
function rewrittenAmount(amount: WrittenAmount, value: number): string {
  const whole = Math.round(value);
  if (/[.．]/.test(amount.number) || whole < 1e4 || Math.abs(value - whole) > 1e-6 * value) return japaneseAmount(value);
  return formatJapaneseFigure(whole, /[,，]/.test(amount.number));
}

/** A value as Japanese writes amounts: 66億, 557.6万, 1570億, 5000億, 1.5兆. */
export function japaneseAmount(value: number): string {
  const [scale, word] = value >= 1e12 ? [1e12, '兆'] : value >= 1e8 ? [1e8, '億'] : value >= 1e4 ? [1e4, '万'] : [1, ''];
  const digits = Number((value / scale).toPrecision(6));
  return `${digits}${word}`;
}

/**
 * The passage an amount stands in: its sentence, run back over up to three lines that end with no sentence end (a
 * speaker's clauses, as speech recognition breaks them, name the company lines before its figure).
 */
function passageBounds(text: string, start: number, end: number): { start: number; end: number } {
  const isEnd = (at: number): boolean => /[。！？!?]/.test(text[at] ?? '');
  let from = start;
  for (let lines = 0; from > 0; from--) {
    if (isEnd(from - 1)) break;
    if (text[from - 1] === '\n' && (++lines > PASSAGE_LINES || from < 2 || isEnd(from - 2) || text[from - 2] === '\n')) break;
  }
  let to = end;
  while (to < text.length && !/[。！？!?\n]/.test(text[to] ?? '')) to++;
  return { start: from, end: to };
}
