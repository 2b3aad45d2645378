/**
 * Dollars spent by the Japanese state, part of implausible-currency: 「経済産業省は累計1兆7000億ドルの支援を
 * 決めた」. A Japanese text gives the money of Japan's ministries and programmes in yen; dollars there are
 * most likely 円 heard or translated wrong (a conversion for the reader goes the other way).
 *
 * Contract: a dollar amount whose sentence names, before it, Japan's government (日本政府, not 日本企業) or a Japanese institution or programme of the
 * knowledge base (the last entity named before the amount), or names no entity before it but says 政府 with no country
 * before the word while the sentence names 日本 or the story is mostly about Japan, in a sentence about its money (支援, 予算,
 * 補助, 投資, 拠出…), with no conversion beside it: information proposing 円; a warning when the amount is a
 * trillion dollars or more (more than Japan's whole yearly budget). A sentence runs on over a line break after 、
 * (a speaker's clause carried to the next line).
 * The same for a British or European state (英政府, a ministry, institution or programme of the UK, the EU or a euro
 * country, named last before the amount): information proposing pounds or euros, which English sources keep; never
 * for other states (Korea, Taiwan, India, China), whose money English sources often give in dollars.
 */
import type { DetectorContext } from '../context';
import type { AnalyzedDocument } from '../analyzedDocument';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import type { Amount } from '../amounts';
import type { Finding } from '../types';
import { t } from '../l10n';
import { mainCountry } from './marginalCurrency';
import { currencyNotOwners } from './currencyNotOwners';

const CODE = 'implausible-currency';
const STATE_MONEY = /支援|予算|補助|助成|投資|投じ|拠出|交付|基金|出資/;
const SENTENCE_END = /[。！？!?\n]/;
const STATE_TYPES = new Set(['institution', 'programme', 'country']);

export function japaneseStateInDollars(doc: AnalyzedDocument, amount: Amount, context: DetectorContext): Finding | undefined {
  if (amount.currency.code !== 'USD') return undefined;
  const text = doc.flow.text;
  const from = sentenceStart(text, amount.start);
  let to = amount.end;
  while (to < text.length && !SENTENCE_END.test(text[to] ?? '')) to++;
  const sentenceText = text.slice(from, to);
  // A conversion for the reader (「1兆円（約67億ドル）」, 「約10億ドル相当」) is right in dollars.
  if (!STATE_MONEY.test(sentenceText) || /円|相当|換算/.test(text.slice(Math.max(from, amount.start - 8), Math.min(to, amount.end + 4)))) return undefined;
  const sentence = flowRange(doc.flow, from, to);
  const at = flowRange(doc.flow, amount.start, amount.end);
  const owner = context.mentions.filter((m) => m.range.start >= sentence.start && m.range.end <= at.start).pop();
  const entity = owner && context.kb.get(owner.entityId);
  const japan = context.kb.get(JAPAN);
  const state = entity ?? (bareGovernmentOfJapan(text.slice(from, amount.start), sentenceText, context) ? japan : undefined);
  if (!state || !STATE_TYPES.has(state.type)) return undefined;
  const country = context.kb.countryOf(state);
  if (country !== 'JP') return owner && country ? europeanStateInDollars(doc, amount, { owner, state, country }, context) : undefined;
  // Japan itself only as its government (日本政府): 「日本企業による投資」 is companies' money, often in dollars.
  if (owner && state.type === 'country' && !/政府/.test(doc.text.slice(owner.range.start, owner.range.end + 2))) return undefined;
  const huge = amount.value >= 1e12;
  return makeFinding({
    code: CODE,
    range: flowRange(doc.flow, amount.unitStart, amount.end),
    message: t('「{0}」: the Japanese state ({1}) counts its money in yen; probably 円', text.slice(amount.start, amount.end), state.ja),
    confidence: huge ? 0.72 : 0.5,
    explanation: {
      problem: t('The currency of this amount is implausible in its context; probably {0}.', '円'),
      reasons: [
        t('The amount belongs to {0}, a Japanese institution or programme, whose money Japanese texts give in yen.', state.ja),
        huge ? t('A trillion dollars or more is more than Japan’s whole yearly budget.') : t('Unsure: the text may have converted it for the reader.'),
      ],
    },
    replacements: ['円'],
  });
}

/** Japan in the knowledge base: the state a bare 政府 of a Japanese story is. */
const JAPAN = 'japan';
/** A government named with no country before it (「政府の支援」, not 米政府, 州政府, 中国政府). */
const BARE_GOVERNMENT = /(?:^|[^\p{Script=Han}\p{Script=Katakana}A-Za-z])政府/u;

/**
 * 「政府」 with no country before it is the government of the story's own country: Japan's, when the sentence names
 * Japan or the story is mostly about Japan.
 */
function bareGovernmentOfJapan(beforeAmount: string, sentence: string, context: DetectorContext): boolean {
  if (!BARE_GOVERNMENT.test(beforeAmount)) return false;
  return /日本/.test(sentence) || mainCountry(context)?.[0] === 'JP';
}

/**
 * Where the sentence around a place begins: at 。！？, or at a line break, unless the line before ends with 、 (a
 * speaker's clause carried to the next line: 「経済産業省が2023年に、」 then 「最大…の補助金を」).
 */
function sentenceStart(text: string, at: number): number {
  let from = at;
  for (;;) {
    while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from--;
    if (from < 2 || text[from - 1] !== '\n' || !/[、,]/.test(text[from - 2] ?? '')) return from;
    from -= 2;
  }
}

/** States whose money English sources give in their own currency (pounds, euros), so a translation should too. */
const OWN_CURRENCY_STATES = new Set(['GBP', 'EUR']);

/**
 * Dollars of a British or European state body (英政府, the European Commission, a ministry or programme of a euro
 * country): information proposing its currency. Not Korea, Taiwan, India or China, whose state money English
 * sources often give in dollars.
 */
function europeanStateInDollars(
  doc: AnalyzedDocument,
  amount: Amount,
  named: { owner: { range: { start: number; end: number } }; state: { type: string; ja: string }; country: string },
  context: DetectorContext,
): Finding | undefined {
  if (named.state.type === 'country' && !/政府/.test(doc.text.slice(named.owner.range.start, named.owner.range.end + 2))) return undefined;
  const currency = context.kb.currencies.find((c) => c.countries.includes(named.country) && OWN_CURRENCY_STATES.has(c.code));
  if (!currency) return undefined;
  // A country as written (英政府), since its own name (英国) would repeat in the brackets.
  const name = named.state.type === 'country' ? doc.text.slice(named.owner.range.start, named.owner.range.end) : named.state.ja;
  return makeFinding({
    code: CODE,
    ...currencyNotOwners(doc, amount, { name, country: context.kb.countryName(named.country) }, currency.ja),
    confidence: 0.5,
    explanation: {
      problem: t('The currency of this amount is implausible in its context; probably {0}.', currency.ja),
      reasons: [
        t('A British or European state’s money is given in its own currency by the sources; dollars here are likely a slip.'),
        t('Unsure: the text may have converted it for the reader.'),
      ],
    },
    replacements: [currency.ja],
  });
}
