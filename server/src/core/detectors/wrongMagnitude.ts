/**
 * 万/億/兆 slips: an amount whose digits and currency are those of a published figure of the story, or of
 * another amount of the same document, at another power of ten (「33万ドル」 where the story gives 33億ドル,
 * 「6.6億ドル」 for $6.6 billion, which is 66億ドル) — what translation does when it converts by hand.
 *
 * Contract: an amount with a magnitude word (万, 億, 兆) is flagged, with the amount rewritten as the fix,
 * - when at another power of ten it is within 3% of a figure the knowledge base publishes for an entity
 *   of the story (and not at its own): a warning for a slip of 万 or 億 (10^4, 10^8), information for
 *   a slip of ten to a thousand (a "billion" converted as 億 is common, but so are other amounts);
 * - when the document writes the same significant digits (two or more: 33, 5.5, 157) in the same
 *   currency at another power of ten more often: a warning; information when the counts are even
 *   (the later one is flagged: which one is right is then unknown).
 * Round digits (10, 50, 400) are never compared: two amounts of them are two amounts, and one of them
 * meets some published figure at some power of ten by chance.
 */
import { findAmounts, type Amount } from '../amounts';
import type { DetectorContext } from '../context';
import { displayName } from '../context';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import type { Entity, KnownAmount } from '../knowledge/model';
import { t } from '../l10n';
import type { Finding } from '../types';
import type { Detector } from './detector';

const CODE = 'wrong-magnitude';
/** Powers of ten a slip moves an amount by: 万 and 億 confused (10^4, 10^8), or a billion converted as 億 (10). */
const BIG_SLIPS = [1e4, 1e8, 1e-4, 1e-8];
const SMALL_SLIPS = [10, 100, 1000, 0.1, 0.01, 0.001];

export const wrongMagnitude: Detector = {
  code: CODE,
  description: '万/億/兆 slips: an amount off a published figure of the story, or off the same digits elsewhere in the document, by a power of ten.',
  detect(doc, context) {
    const text = doc.flow.text;
    const amounts = findAmounts(text, context.kb.currencies).filter((a) => a.magnitude !== '');
    const findings: Finding[] = [];
    const flagged = new Set<Amount>();
    const report = (amount: Amount, replacement: string, confidence: number, reasons: readonly string[]): void => {
      flagged.add(amount);
      const written = text.slice(amount.start, amount.end);
      findings.push(
        makeFinding({
          code: CODE,
          range: flowRange(doc.flow, amount.start, amount.unitStart),
          message: t('「{0}」 is probably {1}{2}: 万, 億 and 兆 slipped', written, replacement, amount.unit),
          confidence,
          explanation: { problem: t('The magnitude (万/億/兆) of this amount is likely wrong; probably {0}.', replacement + amount.unit), reasons },
          replacements: [replacement],
        }),
      );
    };
    for (const amount of amounts) {
      // Round digits (4 of 400万) meet some published figure at some power of ten by chance.
      if (significantDigits(amount).length < 2) continue;
      const known = publishedElsewhere(amount, context);
      if (!known) continue;
      report(amount, japaneseAmount(known.figure.value), known.big ? 0.8 : 0.6, [
        t(
          'At another magnitude it would match a published figure: {0}, {1} {2} ({3}).',
          known.figure.about,
          known.figure.value.toLocaleString('en-US'),
          known.figure.currency,
          displayName(known.owner),
        ),
      ]);
    }
    for (const group of groupBySignificantDigits(amounts).values()) {
      const counts = new Map<number, Amount[]>();
      for (const amount of group) counts.set(amount.value, [...(counts.get(amount.value) ?? []), amount]);
      if (counts.size < 2) continue;
      for (const amount of group) {
        if (flagged.has(amount)) continue;
        const own = counts.get(amount.value)?.length ?? 0;
        const [otherValue, others] = [...counts].filter(([value]) => value !== amount.value).sort((a, b) => b[1].length - a[1].length)[0] ?? [];
        if (otherValue === undefined || others === undefined || others.length < own) continue;
        const first = others[0] as Amount;
        // Even counts: the one written first is given the benefit of the doubt.
        if (others.length === own && first.start > amount.start) continue;
        const ratio = otherValue / amount.value;
        const big = BIG_SLIPS.some((slip) => Math.abs(ratio / slip - 1) < 1e-6);
        if (!big && !SMALL_SLIPS.some((slip) => Math.abs(ratio / slip - 1) < 1e-6)) continue;
        report(amount, text.slice(first.start, first.unitStart).trim(), others.length > own ? 0.72 : 0.55, [
          t('The document writes the same amount as 「{0}」 elsewhere ({1} times, this way {2}).', text.slice(first.start, first.end), others.length, own),
          ...(others.length === own ? [t('Which of the two is right is unknown: check the source.')] : []),
        ]);
      }
    }
    return findings;
  },
};

/** Amounts by significant digits and currency, for digits specific enough (two significant figures or more) to be one amount. */
function groupBySignificantDigits(amounts: readonly Amount[]): Map<string, Amount[]> {
  const groups = new Map<string, Amount[]>();
  for (const amount of amounts) {
    const significant = significantDigits(amount);
    if (significant.length < 2) continue;
    const key = `${significant}\u0000${amount.currency.code}`;
    groups.set(key, [...(groups.get(key) ?? []), amount]);
  }
  return groups;
}

function significantDigits(amount: Amount): string {
  return amount.digits.replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
}

interface Published {
  readonly figure: KnownAmount;
  readonly owner: Entity;
  /** A slip of 万 or 億, rather than of ten to a thousand. */
  readonly big: boolean;
}

/** A published figure of the story this amount matches at another power of ten, and not at its own. */
function publishedElsewhere(amount: Amount, context: DetectorContext): Published | undefined {
  const near = (value: number, figure: KnownAmount): boolean => Math.abs(value - figure.value) / figure.value <= 0.03;
  const figures: { figure: KnownAmount; owner: Entity }[] = [];
  for (const id of [...context.evidence.keys(), ...context.related]) {
    const owner = context.kb.get(id);
    for (const figure of owner?.amounts ?? []) if (owner && figure.currency === amount.currency.code) figures.push({ figure, owner });
  }
  if (figures.some(({ figure }) => near(amount.value, figure))) return undefined;
  for (const { figure, owner } of figures) {
    if (BIG_SLIPS.some((slip) => near(amount.value * slip, figure))) return { figure, owner, big: true };
    if (SMALL_SLIPS.some((slip) => near(amount.value * slip, figure))) return { figure, owner, big: false };
  }
  return undefined;
}

/** A value as Japanese writes amounts: 66億, 557.6万, 1570億, 5000億, 1.5兆. */
export function japaneseAmount(value: number): string {
  const [scale, word] = value >= 1e12 ? [1e12, '兆'] : value >= 1e8 ? [1e8, '億'] : value >= 1e4 ? [1e4, '万'] : [1, ''];
  const digits = Number((value / scale).toPrecision(6));
  return `${digits}${word}`;
}
