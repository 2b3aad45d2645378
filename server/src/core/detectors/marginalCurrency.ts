/**
 * A currency of a country the story only mentions in passing, part of implausible-currency: 「売上高は1305億
 * ユーロ」 in a keynote recap about an American company that names Germany once. A story that names a
 * country once does not make that country's currency fit every amount of it; translation and recognition
 * turn dollars into euros and pounds.
 *
 * Contract: an amount in a checked currency (not dollars or yen) is flagged when
 * - the currency's countries, together, are named under a quarter as often as the story's main country
 *   (the story is mostly about another country), and the main country does not use it;
 * - its sentence and the sentence before name no entity of those countries and no such country by name;
 * - the document does not write that currency for most of its amounts (three or more).
 * Information (a story may quote a foreign figure), proposing the main country's currency when the document
 * writes it, else dollars.
 */
import type { DetectorContext } from '../context';
import type { AnalyzedDocument } from '../analyzedDocument';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import type { Amount } from '../amounts';
import type { Finding } from '../types';
import { t } from '../l10n';

const CODE = 'implausible-currency';
const SENTENCE_END = /[。！？!?\n]/;
/** How much less than the main country the currency's countries are named, at most, for it to be a passing mention. */
const PASSING_SHARE = 0.25;

/** The story's main country and how often it is named: the most named, ties by code. */
export function mainCountry(context: DetectorContext): [string, number] | undefined {
  return [...context.countries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
}

/**
 * Whether a currency's countries are named in the story only in passing beside its main country. Decided
 * for every currency at once per document (a derived value): a count moving by one leaves the decision, and
 * the judgements that read it, as they were.
 */
export function isPassingCurrency(code: string, context: DetectorContext): boolean {
  return context.derived('implausible-currency passing currencies', passingCurrencyCodes).includes(code);
}

function passingCurrencyCodes(context: DetectorContext): string[] {
  const main = mainCountry(context);
  if (!main) return [];
  return context.kb.currencies
    .filter((currency) => {
      if (currency.countries.includes(main[0])) return false;
      const named = currency.countries.reduce((sum, country) => sum + (context.countries.get(country) ?? 0), 0);
      return named > 0 && named < main[1] * PASSING_SHARE;
    })
    .map((currency) => currency.code);
}

/** The currencies the document writes often and for most of its amounts (at least three times, over half of them). */
function dominantCurrencyCodes(context: DetectorContext): string[] {
  const total = [...context.currencies.values()].reduce((a, b) => a + b, 0);
  return [...context.currencies].filter(([, written]) => written >= 3 && written * 2 > total).map(([code]) => code);
}

/** The story's main country's name and the currency to propose instead of one of a country named in passing. */
function passingReplacement(context: DetectorContext): [mainName: string, replacement: string] {
  const [main] = mainCountry(context) ?? ['US'];
  const own = context.kb.currencies.find((c) => c.countries.includes(main) && (context.currencies.get(c.code) ?? 0) > 0);
  return [context.kb.countryName(main), own?.ja ?? context.kb.currencyByCode('USD')?.ja ?? 'ドル'];
}

export function passingCurrency(doc: AnalyzedDocument, amount: Amount, context: DetectorContext): Finding | undefined {
  const code = amount.currency.code;
  if (!amount.currency.checked || !isPassingCurrency(code, context)) return undefined;
  if (context.derived('implausible-currency dominant currencies', dominantCurrencyCodes).includes(code)) return undefined;
  const text = doc.flow.text;
  let from = amount.start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from--;
  // The sentence before too: a topic is often named there (「ドイツの新工場について。総額は100億ユーロ」).
  if (from > 0) from--;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from--;
  let to = amount.end;
  while (to < text.length && !SENTENCE_END.test(text[to] ?? '')) to++;
  const around = flowRange(doc.flow, from, to);
  const ofCurrency = (entityId: string): boolean => {
    const entity = context.kb.get(entityId);
    const country = entity && context.kb.countryOf(entity);
    return country !== undefined && amount.currency.countries.includes(country);
  };
  if (context.mentions.some((m) => m.range.start >= around.start && m.range.end <= around.end && ofCurrency(m.entityId))) return undefined;
  const passage = text.slice(from, to);
  if (amount.currency.countries.some((country) => passage.includes(context.kb.countryName(country)))) return undefined;
  const [mainName, replacement] = context.derived('implausible-currency passing replacement', passingReplacement);
  return makeFinding({
    code: CODE,
    range: flowRange(doc.flow, amount.unitStart, amount.end),
    message: t(
      '「{0}」: the story is about {1} and names the countries of {2} only in passing; probably {3}',
      text.slice(amount.start, amount.end),
      mainName,
      amount.unit,
      replacement,
    ),
    confidence: 0.58,
    explanation: {
      problem: t('The currency of this amount is implausible in its context; probably {0}.', replacement),
      reasons: [
        t('The document names {0} far more often than any country that uses {1}, and nothing near this amount belongs to one.', mainName, amount.unit),
        t('Unsure: a story may quote a foreign figure in its own currency; check the original.'),
      ],
    },
    replacements: [replacement],
  });
}
