/**
 * Yen where the story counts in another currency: "シードで20億円。評価額が120億ドル" in a podcast about
 * American start-ups, where recognition or translation wrote 円 for ドル. Part of implausible-currency.
 *
 * Contract: reads the amounts of the chunk, the entities named in the amount's sentence and the document's
 * amounts per currency. Flags a yen amount when
 * - the document writes most of its amounts in another currency (yen at most a third of them, at least two others),
 * - it is not a conversion for the reader (in brackets, after 約 straight after a foreign amount, 相当, 換算),
 * - its sentence names nothing Japanese (no entity of Japan, no 日本/国内/円安…) and no entity of another
 *   country owns it (implausible-currency judges those by their owner) unless the sentence itself also gives a
 *   figure in another currency, not converted to yen (a deal's upfront payment in yen beside its total in dollars).
 * Information, proposing the story's currency; a warning, proposing that amount's currency, when the same or
 * a neighbouring sentence gives a figure in another currency that is not converted to yen (parallel figures:
 * a price and a subscription, a seed round and a valuation).
 */
import type { DetectorContext } from '../context';
import type { AnalyzedDocument } from '../analyzedDocument';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import type { Amount } from '../amounts';
import type { Finding } from '../types';
import { t } from '../l10n';
import { isPassingCurrency } from './marginalCurrency';

const CODE = 'implausible-currency';
/** Words that tie a sentence's money to Japan (a Japanese price, a conversion, the exchange rate). */
const JAPANESE_MONEY = /日本|国内|邦銀|円建て|円換算|円相当|円安|円高|円ベース|為替/;
const SENTENCE_END = /[。！？!?\n]/;

export function yenInForeignStory(doc: AnalyzedDocument, amount: Amount, amounts: readonly Amount[], context: DetectorContext): Finding | undefined {
  if (amount.currency.code !== 'JPY') return undefined;
  const storyCode = context.derived('implausible-currency foreign story currency', foreignStoryCurrency);
  if (storyCode === undefined) return undefined;
  const text = doc.flow.text;
  const sentence = sentenceAround(text, amount.start);
  if (JAPANESE_MONEY.test(text.slice(sentence.start, sentence.end)) || isConversion(text, amount, amounts)) return undefined;
  const range = flowRange(doc.flow, sentence.start, sentence.end);
  const at = flowRange(doc.flow, amount.start, amount.end);
  const named = context.mentions.filter((m) => m.range.start >= range.start && m.range.end <= range.end);
  const countryOf = (entityId: string): string | undefined => {
    const entity = context.kb.get(entityId);
    return entity && context.kb.countryOf(entity);
  };
  if (named.some((m) => countryOf(m.entityId) === 'JP')) return undefined;
  const previous = sentence.start > 0 ? sentenceAround(text, sentence.start - 1) : sentence;
  const next = sentence.end < text.length ? sentenceAround(text, sentence.end + 1) : sentence;
  const parallelWithin = (from: number, to: number): Amount | undefined =>
    amounts.find((other) => other.currency.code !== 'JPY' && other.start >= from && other.end <= to && !convertedToYen(text, other, amounts));
  // A foreign owner named before: its yen are judged by it (implausible-currency), unless the sentence itself gives
  // another of its figures in a foreign currency (an upfront payment in yen beside the deal's total in dollars).
  const ownedAbroad = named.some((m) => m.range.end <= at.start && countryOf(m.entityId) !== undefined);
  if (ownedAbroad && !parallelWithin(sentence.start, sentence.end)) return undefined;
  const parallel = parallelWithin(previous.start, next.end);
  const replacement = parallel ? parallel.currency.ja : (context.kb.currencyByCode(storyCode)?.ja ?? 'ドル');
  const written = text.slice(amount.start, amount.end);
  // Read for the explanation only, by the chunks that have such a finding.
  const foreignCount = [...context.currencies].reduce((sum, [code, count]) => (code === 'JPY' ? sum : sum + count), 0);
  const yenCount = context.currencies.get('JPY') ?? 0;
  return makeFinding({
    code: CODE,
    range: flowRange(doc.flow, amount.unitStart, amount.end),
    message: t('「{0}」: this story gives its figures in {1}, and nothing here is Japanese; probably {1}', written, replacement),
    confidence: parallel ? 0.72 : 0.6,
    explanation: {
      problem: t('The currency of this amount is implausible in its context; probably {0}.', replacement),
      reasons: [
        t('The document writes {0} of its amounts in other currencies and {1} in yen.', foreignCount, yenCount),
        parallel
          ? t(
              'Next to it, {0} is given in {1} and not converted to yen: figures told side by side share a currency.',
              text.slice(parallel.start, parallel.end),
              parallel.unit,
            )
          : t('Unsure: a Japanese text may give a price or budget in yen for the reader; check the original.'),
      ],
    },
    replacements: [replacement],
  });
}

function sentenceAround(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && !SENTENCE_END.test(text[start - 1] ?? '')) start--;
  let end = offset;
  while (end < text.length && !SENTENCE_END.test(text[end] ?? '')) end++;
  return { start, end };
}

/** A yen figure given for the reader beside a foreign one: "20ドル（約3000円）", "20ドル、日本円で約3000円", "3000円相当". */
/** A yen amount that converts a foreign one for the reader (in brackets, after 約 straight after it, 相当, 換算). */
export function isConversion(text: string, amount: Amount, amounts: readonly Amount[]): boolean {
  if (/^\s*(?:相当|程度の価値|換算)/.test(text.slice(amount.end, amount.end + 4))) return true;
  const before = text.slice(Math.max(0, amount.start - 12), amount.start);
  const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
  if (open >= 0 && !/[）)]/.test(before.slice(open))) return true;
  const foreignBefore = amounts.filter((other) => other.currency.code !== 'JPY' && other.end <= amount.start).pop();
  return (
    foreignBefore !== undefined &&
    /^\s*[、,]?\s*(?:(?:日本円で|円換算で)\s*(?:約|およそ|ざっと)?|約|およそ|ざっと)$/.test(text.slice(foreignBefore.end, amount.start))
  );
}

/** A foreign figure followed by its yen conversion (then the yen beside it is the conversion, not a parallel figure). */
function convertedToYen(text: string, amount: Amount, amounts: readonly Amount[]): boolean {
  const next = amounts.find((other) => other.start >= amount.end);
  return next !== undefined && next.currency.code === 'JPY' && next.start - amount.end <= 10 && isConversion(text, next, amounts);
}

/**
 * The currency of a story told in foreign currencies (at least two amounts, yen under a third of them): the
 * most used that is not of a country named only in passing, ties to dollars; undefined for any other story.
 * A value of the document (derived once per version), so that a count moving by one voids no judgement.
 */
function foreignStoryCurrency(context: DetectorContext): string | undefined {
  const foreign = [...context.currencies].filter(([code]) => code !== 'JPY');
  const foreignCount = foreign.reduce((sum, [, count]) => sum + count, 0);
  const yenCount = context.currencies.get('JPY') ?? 0;
  if (foreignCount < 2 || yenCount * 3 > foreignCount + yenCount) return undefined;
  const [storyCode] = foreign
    .filter(([code]) => !isPassingCurrency(code, context))
    .sort((a, b) => b[1] - a[1] || Number(b[0] === 'USD') - Number(a[0] === 'USD') || a[0].localeCompare(b[0]))[0] ?? ['USD'];
  return storyCode;
}
