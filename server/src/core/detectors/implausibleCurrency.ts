/**
 * Amounts in a currency that does not belong to the story ("550万ルピー" in a story about American and
 * Chinese companies), most likely a dollar amount that translation or recognition turned into another unit.
 */
import type { DetectorContext } from '../context';
import { displayName } from '../context';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import type { Currency, Entity, KnownAmount } from '../knowledge/model';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { t } from '../l10n';

const CODE = 'implausible-currency';
const NUMBER = '([0-9０-９][0-9０-９,，.．]*)\\s*(兆|億|万|千)?(?:\\s*(兆|億|万|千))?';
const UNIT_VALUE: Record<string, number> = { 兆: 1e12, 億: 1e8, 万: 1e4, 千: 1e3 };

interface Amount {
  readonly start: number;
  readonly unitStart: number;
  readonly end: number;
  readonly value: number;
  readonly currency: Currency;
  readonly unit: string;
}

export const implausibleCurrency: Detector = {
  code: CODE,
  description: 'Amounts in a currency none of the story’s countries uses (550万ルピー in a story about US companies).',
  detect(doc, context) {
    const amounts = findAmounts(doc.flow.text, context.kb.currencies);
    const findings: Finding[] = [];
    for (const amount of amounts) {
      if (!amount.currency.checked) continue;
      if (amount.currency.countries.some((country) => context.countries.has(country))) continue;
      // Ties by country code: the message does not depend on the order in which the countries were first named.
      const storyCountries = [...context.countries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => storyCountryLabel(c, context));
      if (storyCountries.length === 0) continue;
      const known = nearestKnownAmount(amount.value, context);
      const replacement = known ? currencyName(known.amount.currency, context) : mostUsedCurrency(context);
      // The more entities anchor the story in its countries, the surer; a published figure makes it near certain.
      const anchoring = [...context.evidence.keys()].filter((id) => {
        const entity = context.kb.get(id);
        return entity !== undefined && context.kb.countryOf(entity) !== undefined;
      }).length;
      const confidence = 0.6 + Math.min(0.2, 0.05 * anchoring) + (known ? 0.3 : 0);
      const reasons = [
        t(
          '{0} ({1}) is the currency of {2}; this document is about {3} and names none of them.',
          amount.unit,
          amount.currency.code,
          amount.currency.countries.map((c) => countryName(c, context)).join(', '),
          storyCountries.slice(0, 5).join(', '),
        ),
        known
          ? t(
              '{0} is within {1}% of a published figure: {2}, {3} {4} ({5}).',
              formatValue(amount.value),
              Math.round(known.ratio * 100),
              known.amount.about,
              formatValue(known.amount.value),
              known.amount.currency,
              displayName(known.owner),
            )
          : t('The AI industry reports money in US dollars; the document itself uses {0} elsewhere or nowhere else.', replacement),
      ];
      findings.push(
        makeFinding({
          code: CODE,
          range: flowRange(doc.flow, amount.unitStart, amount.end),
          message: t(
            '「{0}」: {1} does not fit a story about {2}; probably {3}',
            doc.flow.text.slice(amount.start, amount.end),
            amount.unit,
            storyCountries.slice(0, 3).join('・'),
            replacement,
          ),
          confidence,
          explanation: { problem: t('The currency of this amount is implausible in its context; probably {0}.', replacement), reasons },
          replacements: [replacement],
        }),
      );
    }
    return findings;
  },
};

/**
 * A country of the story as the message names it: by its name when the document names it, else with the
 * entity it was inferred from ("スイス (via 世界経済フォーラム)"), so that a reader sees why it is there.
 */
function storyCountryLabel(code: string, context: DetectorContext): string {
  const name = countryName(code, context);
  let named = false;
  let source: Entity | undefined;
  let sourceCount = 0;
  for (const [id, count] of context.evidence) {
    const entity = context.kb.get(id);
    if (!entity || context.kb.countryOf(entity) !== code) continue;
    if (entity.type === 'country') named = true;
    // The most mentioned source; ties to the first id in order, so that the message is stable.
    else if (count > sourceCount || (count === sourceCount && source !== undefined && id < source.id)) {
      source = entity;
      sourceCount = count;
    }
  }
  return named || !source ? name : t('{0} (via {1})', name, source.ja);
}

/** The Japanese name of a country, from the knowledge base, else from ICU's region names (LK → スリランカ), else the code. */
function countryName(code: string, context: DetectorContext): string {
  const known = context.kb.countryName(code);
  if (known !== code) return known;
  try {
    return REGION_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

const REGION_NAMES = new Intl.DisplayNames(['ja'], { type: 'region' });

function findAmounts(text: string, currencies: readonly Currency[]): Amount[] {
  const names = currencies.flatMap((currency) => currency.names.map((name) => ({ name, currency }))).sort((a, b) => b.name.length - a.name.length);
  const pattern = new RegExp(`${NUMBER}\\s*(${names.map((n) => n.name).join('|')})`, 'g');
  const amounts: Amount[] = [];
  for (const match of text.matchAll(pattern)) {
    const unit = match[4] ?? '';
    const entry = names.find((n) => n.name === unit);
    if (!entry) continue;
    const digits = Number(
      (match[1] ?? '')
        .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
        .replace(/[,，]/g, '')
        .replace('．', '.'),
    );
    const scale = (UNIT_VALUE[match[2] ?? ''] ?? 1) * (UNIT_VALUE[match[3] ?? ''] ?? 1);
    const end = match.index + match[0].length;
    amounts.push({ start: match.index, unitStart: end - unit.length, end, value: digits * scale, currency: entry.currency, unit });
  }
  return amounts;
}

/** A figure the knowledge base knows for an entity of this story, within 5% of the amount. */
interface KnownFigure {
  readonly amount: KnownAmount;
  readonly owner: Entity;
  readonly ratio: number;
}

function nearestKnownAmount(value: number, context: DetectorContext): KnownFigure | undefined {
  let best: KnownFigure | undefined;
  for (const id of [...context.evidence.keys(), ...context.related]) {
    const owner = context.kb.get(id);
    for (const amount of owner?.amounts ?? []) {
      const ratio = Math.abs(amount.value - value) / amount.value;
      if (owner && ratio <= 0.05 && (!best || ratio < best.ratio)) best = { amount, owner, ratio };
    }
  }
  return best;
}

/** The currency the document itself uses most for its amounts (yen aside: a Japanese text converts), else dollars. */
function mostUsedCurrency(context: DetectorContext): string {
  const usable = [...context.currencies].filter(([code]) => code !== 'JPY' && context.kb.currencyByCode(code)?.checked === false);
  const top = usable.sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'USD';
  return currencyName(top, context);
}

/** Amounts per currency code in a text: the analysis adds them up over the document. */
export function currencyUsage(text: string, currencies: readonly Currency[]): Map<string, number> {
  const usage = new Map<string, number>();
  for (const amount of findAmounts(text, currencies)) usage.set(amount.currency.code, (usage.get(amount.currency.code) ?? 0) + 1);
  return usage;
}

function currencyName(code: string, context: DetectorContext): string {
  return context.kb.currencyByCode(code)?.ja ?? 'ドル';
}

function formatValue(value: number): string {
  return value.toLocaleString('en-US');
}
