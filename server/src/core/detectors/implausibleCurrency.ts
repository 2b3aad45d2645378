/**
 * Amounts in a currency that does not belong to the story ("550万ルピー" in a story about American and
 * Chinese companies), most likely a dollar amount that translation or recognition turned into another unit.
 *
 * Contract: an amount in any currency whose digits are a published figure in another currency, or that is
 * followed by its own conversion into the same currency, is flagged (currencyByFigure.ts), and so are
 * dollars of a Japanese ministry or programme (governmentCurrency.ts). Otherwise an
 * amount in a currency other than dollars and yen (which fit any story told in Japanese) is
 * flagged (yen only where the story counts in another currency and nothing Japanese is near: yenInForeignStory.ts;
 * never yen converted for the reader, nor a yen figure the text converts into another currency right after it)
 * - when none of the story's countries uses it (currencies marked checked): as before, near certain when
 *   the amount matches a published figure;
 * - else when it belongs to an entity of another country (the entity named last before it in its
 *   sentence: a US company's round in ユーロ) and nothing else in the sentence uses that currency: a
 *   warning when the sentence is about the entity's own money (調達, 出資, 評価額…), else information.
 *   A Korean company's amount in ウォン, a French one's in ユーロ, is right. A sentence that names no entity
 *   of a country (「予算は1億ユーロでした」) belongs to the last one named in the sentence before it: information.
 * - else when the story names the currency's countries only in passing beside its main country and nothing
 *   near the amount is of them (marginalCurrency.ts): information.
 */
import type { DetectorContext } from '../context';
import { displayName } from '../context';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import type { Currency, Entity, KnownAmount } from '../knowledge/model';
import type { EntityMention, Finding } from '../types';
import { conversionAfter, firmsCountIn, findAmounts, findVagueAmounts, type Amount } from '../amounts';
import type { Detector } from './detector';
import { isConversion, yenInForeignStory } from './yenInForeignStory';
import { convertedIntoItself, publishedInAnotherCurrency } from './currencyByFigure';
import { japaneseStateInDollars } from './governmentCurrency';
import { currencyNotOwners } from './currencyNotOwners';
import { isPassingCurrency, passingCurrency } from './marginalCurrency';
import { t } from '../l10n';

const CODE = 'implausible-currency';
/** Currencies that fit any story told in Japanese: the industry's dollars, and yen converted for the reader. */
const UNIVERSAL = new Set(['USD', 'JPY']);
/** Words that make an amount the entity's own money. */
const OWN_MONEY = /調達|出資|投資|評価額|時価総額|売上|収益|買収|ラウンド|資金|利益|損失|予算/;
const SENTENCE_END = /[。！？!?\n]/;
const OWNER_TYPES = new Set(['company', 'person', 'institution', 'programme', 'country']);
/** A name the sentence is about: followed by は or が, perhaps after a title (首相は, CEOは, 氏が). */
const TOPIC_AFTER = /^(?:[\u4e00-\u9fffA-Za-z・]{0,4})(?:は|が)/;
/** How many sentences back an amount in a sentence that names no one may find its owner. */
const CARRY_SENTENCES = 4;

export const implausibleCurrency: Detector = {
  code: CODE,
  description: 'Amounts in a currency none of the story’s countries uses (550万ルピー in a story about US companies).',
  detect(doc, context) {
    // Vague amounts (数十億ユーロ) have a currency to judge too, though no value to match a figure with.
    const amounts = [...findAmounts(doc.flow.text, context.kb.currencies), ...findVagueAmounts(doc.flow.text, context.kb.currencies)].sort(
      (a, b) => a.start - b.start,
    );
    const findings: Finding[] = convertedIntoItself(doc, context);
    for (const byFigure of publishedInAnotherCurrency(doc, context)) if (!findings.some((f) => f.range.start === byFigure.range.start)) findings.push(byFigure);
    const judged = new Set(findings.map((f) => f.range.start));
    for (const amount of amounts) {
      if (judged.has(flowRange(doc.flow, amount.unitStart, amount.end).start)) continue;
      if (amount.currency.code === 'USD') {
        const stateMoney = japaneseStateInDollars(doc, amount, context);
        if (stateMoney) findings.push(stateMoney);
        continue;
      }
      if (amount.currency.code === 'JPY') {
        // Yen fit any story told in Japanese (conversions for the reader): a foreign company's own money in yen is only worth a note,
        // and a conversion for the reader (100億ドル（約1兆4300億円）) none.
        // Nor a yen figure the text itself converts for the reader (「3兆円、ドルで言うと約200億ドル」): it was written in yen.
        if (isConversion(doc.flow.text, amount, amounts) || conversionAfter(doc.flow.text, amount, amounts)) continue;
        // Nor a vague yen figure (数十億円): a rough sum told for the reader, and ドル in its place would say a hundred times more.
        if (amount.digits === '') continue;
        const owned = ownerMismatch(doc, amount, context, true) ?? yenInForeignStory(doc, amount, amounts, context);
        if (owned) findings.push(owned);
        continue;
      }
      if (!amount.currency.checked || [...context.countries.keys()].some((country) => firmsCountIn(amount.currency, country))) {
        const owned = ownerMismatch(doc, amount, context) ?? passingCurrency(doc, amount, context);
        if (owned) findings.push(owned);
        continue;
      }
      // Ties by country code: the message does not depend on the order in which the countries were first named.
      const storyCountries = context.derived('implausible-currency story countries', storyCountryLabels);
      if (storyCountries.length === 0) continue;
      const known = nearestKnownAmount(amount.value, context);
      // The money of whom the sentence names before it (香港政府は…10億台湾ドル) is in that one's currency, when the document uses it.
      const replacement = known
        ? currencyName(known.amount.currency, context)
        : (namedOwnerCurrency(doc, amount, context) ?? context.derived('implausible-currency most used currency', mostUsedCurrency));
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
/** The story's countries, most named first, each with the entity that puts it in the story: once per document. */
function storyCountryLabels(context: DetectorContext): string[] {
  return [...context.countries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => storyCountryLabel(c, context));
}

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
    REGION_NAMES ??= new Intl.DisplayNames(['ja'], { type: 'region' });
    return REGION_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Made when first asked for: loading ICU's Japanese region names cost every process's start ~10 ms. */
let REGION_NAMES: Intl.DisplayNames | undefined;

/**
 * The amount judged by the entity it belongs to: the last entity named before it in its sentence. Flagged
 * when that entity has a country that does not use the currency and no other entity of the sentence does.
 */
function ownerMismatch(doc: Parameters<Detector['detect']>[0], amount: Amount, context: DetectorContext, onlyNote = false): Finding | undefined {
  const text = doc.flow.text;
  let from = amount.start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from--;
  let to = amount.end;
  while (to < text.length && !SENTENCE_END.test(text[to] ?? '')) to++;
  const sentence = flowRange(doc.flow, from, to);
  const at = flowRange(doc.flow, amount.start, amount.end);
  const inSentence = context.mentions.filter((m) => m.range.start >= sentence.start && m.range.end <= sentence.end);
  const countryOf = (m: EntityMention): string | undefined => {
    const entity = context.kb.get(m.entityId);
    return entity && context.kb.countryOf(entity);
  };
  if (inSentence.some((m) => firmsCountIn(amount.currency, countryOf(m)))) return undefined;
  // Who owns money: a company, a person, a state (a chip or a model named before is no owner). The sentence's topic
  // (「スターマー首相は…フアンCEOと…10億ポンドを投じる」) before the last one named.
  const owners = inSentence.filter((m) => m.range.end <= at.start && countryOf(m) !== undefined && OWNER_TYPES.has(context.kb.get(m.entityId)?.type ?? ''));
  let owner = owners.find((m) => TOPIC_AFTER.test(doc.text.slice(m.range.end, m.range.end + 8))) ?? owners.pop();
  // A topic with a name the knowledge base does not know (「スターマー首相は…」) owns the money more likely than someone named after it.
  const topic = /^[^、。！？!?\n]{1,25}?は/.exec(text.slice(from, amount.start));
  const topicEnd = topic ? flowRange(doc.flow, from + topic[0].length, from + topic[0].length).start : undefined;
  const unknownTopic =
    topic && topicEnd !== undefined && /[\u30a1-\u30fa\u30fc]{3,}|[A-Za-z]{3,}/.test(topic[0]) && !inSentence.some((m) => m.range.end <= topicEnd);
  // Unless the sentence says whose money it is (メタからの, メタによる): then the one named so.
  if (
    owner &&
    unknownTopic &&
    topicEnd !== undefined &&
    topicEnd <= owner.range.start &&
    !/^(?:から|による|が提示|の提示)/.test(doc.text.slice(owner.range.end, owner.range.end + 4))
  )
    return undefined;
  // A sentence that names no one: its money belongs to whom the sentence before it spoke of (a topic carried on).
  // Up to CARRY_SENTENCES back (a speaker's label, a greeting, a heading in between): the nearest sentence that names someone.
  let carried = 0;
  let sentenceStart = from;
  while (!owner && !inSentence.some((m) => countryOf(m) !== undefined) && carried < CARRY_SENTENCES && sentenceStart > 0) {
    const end = sentenceStart - 1;
    let before = end;
    while (before > 0 && !SENTENCE_END.test(text[before - 1] ?? '')) before--;
    const previous = flowRange(doc.flow, before, Math.max(before, end));
    sentenceStart = before;
    carried++;
    const named = context.mentions.filter((m) => m.range.start >= previous.start && m.range.end <= previous.end && countryOf(m) !== undefined);
    if (named.length === 0) {
      // Money of the same currency on the way back is the passage's own currency, not a slip: stop.
      if (findAmounts(text.slice(before, end), context.kb.currencies).some((a) => a.currency.code === amount.currency.code)) return undefined;
      continue;
    }
    if (named.some((m) => firmsCountIn(amount.currency, countryOf(m)))) return undefined;
    owner = named.pop();
  }
  if (!owner) carried = 0;
  const entity = owner && context.kb.get(owner.entityId);
  const country = owner && countryOf(owner);
  if (!entity || !country) return undefined;
  const replacement = ownCurrency(country, context) ?? 'ドル';
  const ownMoney = OWN_MONEY.test(text.slice(from, to));
  if (onlyNote && !ownMoney) return undefined;
  // An owner found further back than the sentence before is a guess worth a note only when the money is surely its own.
  if (carried > 1 && !ownMoney) return undefined;
  // The currency the document counts in (a British budget story's ポンド): a foreign firm's money spent there is told in it too.
  const countedIn = documentCountsIn(amount.currency.code, context);
  return makeFinding({
    code: CODE,
    ...currencyNotOwners(doc, amount, { name: entity.ja, country: countryName(country, context) }, replacement),
    confidence: carried > 0 || countedIn ? 0.5 : onlyNote ? 0.55 : ownMoney ? 0.72 : 0.58,
    explanation: {
      problem: t('The currency of this amount is implausible in its context; probably {0}.', replacement),
      reasons: [
        t(
          'The amount belongs to {0}, of {1}, which does not use {2} ({3}); nothing else in the sentence does.',
          displayName(entity),
          countryName(country, context),
          amount.unit,
          amount.currency.code,
        ),
        countedIn
          ? t('Unsure: {0} is the currency this document counts in most; money {1} spends in that country is often told in it.', amount.unit, entity.ja)
          : carried === 1
            ? t('Unsure: the sentence names no one, and the amount is taken to be of {0}, named in the sentence before.', entity.ja)
            : carried > 1
              ? t('Unsure: the sentence names no one, and the amount is taken to be of {0}, named {1} sentences before.', entity.ja, String(carried))
              : onlyNote
                ? t('Unsure: Japanese texts often convert foreign amounts to yen for the reader.')
                : ownMoney
                  ? t('The sentence is about the money of {0} itself.', entity.ja)
                  : t('Unsure: the sentence may be about money of another country.'),
      ],
    },
    replacements: [replacement],
  });
}

/** The document's own currency: yen aside, the one most of its amounts are in (at least three), of a country of the story. */
function documentCountsIn(code: string, context: DetectorContext): boolean {
  const count = context.currencies.get(code) ?? 0;
  if (code === 'JPY' || count < 3) return false;
  const countries = context.kb.currencyByCode(code)?.countries ?? [];
  if (!countries.some((c) => context.countries.has(c))) return false;
  return [...context.currencies].every(([other, n]) => other === 'JPY' || other === code || n < count);
}

/** The currency of the last entity with a country named before the amount in its sentence, when the document uses it. */
function namedOwnerCurrency(doc: Parameters<Detector['detect']>[0], amount: Amount, context: DetectorContext): string | undefined {
  const text = doc.flow.text;
  let from = amount.start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from--;
  const sentence = flowRange(doc.flow, from, amount.start);
  const owner = context.mentions
    .filter((m) => m.range.start >= sentence.start && m.range.end <= sentence.end)
    .map((m) => context.kb.get(m.entityId))
    .filter((entity): entity is Entity => entity !== undefined && context.kb.countryOf(entity) !== undefined)
    .pop();
  const country = owner && context.kb.countryOf(owner);
  return country === undefined || country === 'JP' ? undefined : ownCurrency(country, context);
}

/** The currency of a country when the document also writes amounts in it, yen for Japan (else the caller proposes dollars). */
function ownCurrency(country: string, context: DetectorContext): string | undefined {
  // A Japanese entity's money, in a Japanese text, is in yen.
  if (country === 'JP') return context.kb.currencyByCode('JPY')?.ja;
  const currency = context.kb.currencies.find((c) => c.countries.includes(country) && !UNIVERSAL.has(c.code));
  return currency && (context.currencies.get(currency.code) ?? 0) > 0 ? currency.ja : undefined;
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
  const fits = (code: string): boolean =>
    code === 'USD' || ((context.kb.currencyByCode(code)?.countries ?? []).some((c) => context.countries.has(c)) && !isPassingCurrency(code, context));
  const usable = [...context.currencies].filter(([code]) => code !== 'JPY' && fits(code));
  // Ties go to dollars, the industry's currency.
  const top =
    usable.sort((a, b) => b[1] - a[1] || Number(b[0] === 'USD') - Number(a[0] === 'USD') || a[0].localeCompare(b[0]))[0]?.[0] ??
    storyCurrency(context) ??
    'USD';
  return currencyName(top, context);
}

/**
 * With no other amount to go by: euros or pounds when the story is mostly about a country that reports in
 * them (a European panel's budget), else none (the caller proposes dollars, the AI industry's currency).
 */
function storyCurrency(context: DetectorContext): string | undefined {
  const [top] = [...context.countries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  if (top === undefined) return undefined;
  return context.kb.currencies.find((c) => (c.code === 'EUR' || c.code === 'GBP') && c.countries.includes(top))?.code;
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
