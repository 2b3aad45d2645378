/**
 * An amount in a currency its owner does not use, where the owner is named lines before the amount: the
 * company of an earnings call's heading or of the speaker's label, the body a panel is talking about, the
 * company 「同社」 points back to. implausible-currency judges an owner named in the amount's own sentence or
 * line; this one carries the owner over the lines of a passage.
 *
 * Contract: an amount whose line names no entity with a country before it (and whose sentence names none
 * at all) is given the owner named last in the nearest of the three lines before (the last company of up to
 * ten lines when its sentence says 同社, the last country or state body when it says 同国/同政府), unless an
 * amount in the same currency comes first on the way back (the passage counts in it) or that line also names
 * an entity of a country that uses the currency. Then, with a sentence about the owner's own money (調達,
 * 売上, 予算…, not a deal between two sides: 買収, 売却), information proposing the owner's currency:
 * - an amount in a currency other than dollars and yen that none of the owner's countries uses (a US
 *   company's revenue in ユーロ), when some country of the story uses it (otherwise implausible-currency
 *   already judges it by the story) and it is not a currency the story names only in passing;
 * - dollars of a state body (a ministry, institute, programme) of a country with a currency of its own, in a
 *   sentence about its spending (予算, 拠出, 支援…: a British institute's budget in ドル), proposed in that currency;
 * never the currency of the story's main country nor the one the document counts in most (the passage's own:
 * an analyst's bank named before a Korean maker's won).
 * Yen are never judged here (Japanese texts convert for the reader).
 */
import { firmsCountIn, findAmounts } from '../amounts';
import { flowRange } from '../document';
import type { DetectorContext } from '../context';
import { makeFinding } from '../finding';
import type { Entity } from '../knowledge/model';
import { t } from '../l10n';
import { recognizerOf } from '../recognizer';
import type { Finding, OffsetRange } from '../types';
import type { SequenceDetector } from './detector';
import { isPassingCurrency } from './marginalCurrency';

const CODE = 'owner-currency';
const OWN_MONEY = /調達|出資|投資|評価額|時価総額|売上|収益|買収|ラウンド|資金|利益|損失|予算|受注|支援|助成|拠出|投じ/;
const SENTENCE_END = /[。！？!?\n]/;
const STATE_MONEY = /予算|支援|補助|助成|拠出|交付|基金|投じ/;
const STATE_TYPES = new Set(['institution', 'programme', 'country']);
/** A state's bodies: a ministry, an institute, a programme (a country's name alone may stand for its companies). */
const BODY_TYPES = new Set(['institution', 'programme']);
/** Who owns money: companies, people (their company's), states. A chip or a model named before is no owner. */
const OWNER_TYPES = new Set(['company', 'person', ...STATE_TYPES]);
/** A deal has two sides, and the side the passage does not name may be of the currency's country (a Swedish seller's euros). */
const DEAL = /買収|売却|取得|合併/;
/** How many chunks (lines) back an owner may be named; 同社 reaches further, to the company the passage is about. */
const LINES_BACK = 3;
const SAME_COMPANY_LINES_BACK = 10;

interface OwnerName {
  readonly kind: 'owner';
  readonly range: OffsetRange;
  readonly entityId: string;
}

interface OrphanAmount {
  readonly kind: 'amount';
  /** The currency unit: what the fix replaces. */
  readonly range: OffsetRange;
  readonly written: string;
  readonly currency: string;
  readonly unit: string;
  readonly ownMoney: boolean;
  /** A state's own spending (予算, 拠出, 支援…), which a state counts in its own currency. */
  readonly stateMoney: boolean;
  /** Whether nothing in its chunk before it, nor in its sentence, names an entity with a country. */
  readonly orphan: boolean;
  /** 同社 (a company) or 同国/同政府 (a state) before the amount in its sentence. */
  readonly pointsBack: 'company' | 'state' | undefined;
}

type Item = OwnerName | OrphanAmount;

export const ownerCurrency: SequenceDetector<Item> = {
  code: CODE,
  description: 'An amount in a currency its owner does not use, the owner named lines before (an earnings call’s company, the speaker’s, 同社).',
  scan(doc, services) {
    const text = doc.flow.text;
    const names = recognizerOf(services.kb)
      .scan(doc)
      .filter((name) => !name.needsContext)
      .filter((name) => {
        const entity = services.kb.get(name.entityId);
        return entity !== undefined && OWNER_TYPES.has(entity.type) && services.kb.countryOf(entity) !== undefined;
      });
    const owners: OwnerName[] = names.map((name) => ({ kind: 'owner', range: name.range, entityId: name.entityId }));
    const amounts: OrphanAmount[] = [];
    for (const amount of findAmounts(text, services.kb.currencies)) {
      if (amount.currency.code === 'JPY') continue;
      let from = amount.start;
      while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from--;
      let to = amount.end;
      while (to < text.length && !SENTENCE_END.test(text[to] ?? '')) to++;
      const sentenceEnd = flowRange(doc.flow, to, to).start;
      // Anyone with a country named before it in its line, or in its sentence, is implausible-currency's owner to judge by.
      const orphan = !names.some((name) => name.range.start < sentenceEnd);
      const before = text.slice(from, amount.start);
      amounts.push({
        kind: 'amount',
        range: flowRange(doc.flow, amount.unitStart, amount.end),
        written: text.slice(amount.start, amount.end),
        currency: amount.currency.code,
        unit: amount.unit,
        ownMoney: OWN_MONEY.test(text.slice(from, to)) && !DEAL.test(text.slice(from, to)),
        stateMoney: STATE_MONEY.test(text.slice(from, to)),
        orphan,
        pointsBack: /同社/.test(before) ? 'company' : /同国|同政府/.test(before) ? 'state' : undefined,
      });
    }
    return [...owners, ...amounts].sort((a, b) => a.range.start - b.range.start);
  },
  // The owner is looked for a few chunks back.
  chunkBounds: 'distance',
  // An amount's verdict reads the chunks back to its owner's, and the document's facts (the story's countries and currencies).
  locality: { before: SAME_COMPANY_LINES_BACK, after: 0, counting: 'chunks' },
  itemKey: (item) =>
    item.kind === 'owner'
      ? `o\u0001${item.entityId}`
      : `a\u0001${item.written}\u0001${item.currency}\u0001${item.ownMoney}\u0001${item.stateMoney}\u0001${item.orphan}\u0001${item.pointsBack ?? ''}`,
  itemRange: (item) => item.range,
  decide(chunks, context) {
    const verdicts = new Map<number, Finding[]>();
    // Walked chunk by chunk (no list of every item is made: most edits that decide again change one chunk).
    let ordinal = 0;
    chunks.forEach((items, chunk) => {
      items.forEach((item, index) => {
        const at = ordinal++;
        if (item.kind !== 'amount' || !item.orphan || !item.ownMoney) return;
        const owner = ownerBefore(chunks, chunk, index, item, context);
        if (!owner) return;
        const finding = judge(item, owner.entity, owner.lines, context);
        if (finding) verdicts.set(at, [finding]);
      });
    });
    return verdicts;
  },
};

/** The entity the amount (item `index` of chunk `chunk`) belongs to, named in the nearest line before that names one, and how many lines back. */
function ownerBefore(
  chunks: readonly (readonly Item[])[],
  chunk: number,
  index: number,
  amount: OrphanAmount,
  context: DetectorContext,
): { entity: Entity; lines: number } | undefined {
  const reach = amount.pointsBack === 'company' ? SAME_COMPANY_LINES_BACK : LINES_BACK;
  const usesCurrency = (entity: Entity): boolean => {
    const currency = context.kb.currencyByCode(amount.currency);
    return currency !== undefined && firmsCountIn(currency, context.kb.countryOf(entity));
  };
  let found: { entity: Entity; chunk: number } | undefined;
  for (let at = chunk; at >= 0 && chunk - at <= reach && (!found || at === found.chunk); at--) {
    const items = chunks[at] as readonly Item[];
    for (let i = (at === chunk ? index : items.length) - 1; i >= 0; i--) {
      const item = items[i] as Item;
      if (item.kind === 'amount') {
        // The passage already counts in this currency: not a slip of this amount alone.
        if (item.currency === amount.currency && !found) return undefined;
        continue;
      }
      const entity = context.kb.get(item.entityId);
      if (!entity) continue;
      // An entity of the currency's countries in the owner's line: the money may well be that one's.
      if (usesCurrency(entity)) return undefined;
      if (amount.pointsBack === 'company' && entity.type !== 'company') continue;
      if (amount.pointsBack === 'state' && !STATE_TYPES.has(entity.type)) continue;
      found ??= { entity, chunk: at };
    }
  }
  return found && { entity: found.entity, lines: chunk - found.chunk };
}

function judge(amount: OrphanAmount, owner: Entity, lines: number, context: DetectorContext): Finding | undefined {
  const country = context.kb.countryOf(owner);
  if (!country) return undefined;
  const currency = context.kb.currencyByCode(amount.currency);
  if (!currency || firmsCountIn(currency, country)) return undefined;
  const ownCurrency = context.kb.currencies.find((c) => c.countries.includes(country) && c.code !== 'USD');
  let replacement: string | undefined;
  if (amount.currency === 'USD') {
    // Dollars fit any company's story (and a country's name may stand for its companies); a state body's own spending is counted in its own currency.
    if (!BODY_TYPES.has(owner.type) || !amount.stateMoney || !ownCurrency || country === 'US') return undefined;
    replacement = ownCurrency.ja;
  } else {
    // A currency no country of the story uses is implausible-currency's to judge by the story, and so is one named only in passing;
    // the currency of the story's main country is the passage's own (an analyst's bank named before a Korean maker's won).
    if (!currency.countries.some((c) => context.countries.has(c)) || isPassingCurrency(amount.currency, context)) return undefined;
    const [first, second] = [...context.countries].sort((a, b) => b[1] - a[1]);
    // A main country only when named more than any other.
    if (first && (!second || first[1] > second[1]) && currency.countries.includes(first[0])) return undefined;
    // So is the currency the document counts in most (yen aside): the passage's figures, whoever is named before.
    const [top] = [...context.currencies].filter(([code]) => code !== 'JPY').sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
    if (top === amount.currency) return undefined;
    replacement = ownCurrency && (country === 'JP' || (context.currencies.get(ownCurrency.code) ?? 0) > 0) ? ownCurrency.ja : 'ドル';
  }
  const countryName = context.kb.countryName(country);
  return makeFinding({
    code: CODE,
    range: amount.range,
    message: t(
      '「{0}」: {1} is not the currency of {2} ({3}), whom the passage is about; probably {4}',
      amount.written,
      amount.unit,
      owner.ja,
      countryName,
      replacement,
    ),
    confidence: 0.5,
    explanation: {
      problem: t('The currency of this amount is implausible in its context; probably {0}.', replacement),
      reasons: [
        t(
          'The sentence names no one; the passage is about {0} ({1}), named {2} line(s) before, which does not use {3}.',
          owner.ja,
          countryName,
          String(lines),
          amount.unit,
        ),
        t('Unsure: the amount may belong to someone the passage does not name.'),
      ],
    },
    replacements: [replacement],
  });
}
