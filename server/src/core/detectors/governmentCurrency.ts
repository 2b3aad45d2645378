/**
 * Dollars spent by the Japanese state, part of implausible-currency: 「経済産業省は累計1兆7000億ドルの支援を
 * 決めた」. A Japanese text gives the money of Japan's ministries and programmes in yen; dollars there are
 * most likely 円 heard or translated wrong (a conversion for the reader goes the other way).
 *
 * Contract: a dollar amount whose sentence names, before it, Japan's government (日本政府, not 日本企業) or a Japanese institution or programme of the
 * knowledge base (the last entity named before the amount), in a sentence about its money (支援, 予算,
 * 補助, 投資, 拠出…), with no conversion beside it: information proposing 円; a warning when the amount is a
 * trillion dollars or more (more than Japan's whole yearly budget).
 */
import type { DetectorContext } from '../context';
import type { AnalyzedDocument } from '../analyzedDocument';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import type { Amount } from '../amounts';
import type { Finding } from '../types';
import { t } from '../l10n';

const CODE = 'implausible-currency';
const STATE_MONEY = /支援|予算|補助|助成|投資|投じ|拠出|交付|基金|出資/;
const SENTENCE_END = /[。！？!?\n]/;
const STATE_TYPES = new Set(['institution', 'programme', 'country']);

export function japaneseStateInDollars(doc: AnalyzedDocument, amount: Amount, context: DetectorContext): Finding | undefined {
  if (amount.currency.code !== 'USD') return undefined;
  const text = doc.flow.text;
  let from = amount.start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from--;
  let to = amount.end;
  while (to < text.length && !SENTENCE_END.test(text[to] ?? '')) to++;
  const sentenceText = text.slice(from, to);
  // A conversion for the reader (「1兆円（約67億ドル）」, 「約10億ドル相当」) is right in dollars.
  if (!STATE_MONEY.test(sentenceText) || /円|相当|換算/.test(text.slice(Math.max(from, amount.start - 8), Math.min(to, amount.end + 4)))) return undefined;
  const sentence = flowRange(doc.flow, from, to);
  const at = flowRange(doc.flow, amount.start, amount.end);
  const owner = context.mentions.filter((m) => m.range.start >= sentence.start && m.range.end <= at.start).pop();
  const entity = owner && context.kb.get(owner.entityId);
  if (!entity || !STATE_TYPES.has(entity.type) || context.kb.countryOf(entity) !== 'JP') return undefined;
  // Japan itself only as its government (日本政府): 「日本企業による投資」 is companies' money, often in dollars.
  if (entity.type === 'country' && !/政府/.test(doc.text.slice(owner.range.start, owner.range.end + 2))) return undefined;
  const huge = amount.value >= 1e12;
  return makeFinding({
    code: CODE,
    range: flowRange(doc.flow, amount.unitStart, amount.end),
    message: t('「{0}」: the Japanese state ({1}) counts its money in yen; probably 円', text.slice(amount.start, amount.end), entity.ja),
    confidence: huge ? 0.72 : 0.5,
    explanation: {
      problem: t('The currency of this amount is implausible in its context; probably {0}.', '円'),
      reasons: [
        t('The amount belongs to {0}, a Japanese institution or programme, whose money Japanese texts give in yen.', entity.ja),
        huge ? t('A trillion dollars or more is more than Japan’s whole yearly budget.') : t('Unsure: the text may have converted it for the reader.'),
      ],
    },
    replacements: ['円'],
  });
}
