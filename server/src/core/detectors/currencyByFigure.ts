/**
 * Two signs of a wrong currency that do not depend on the story's countries, part of implausible-currency:
 * - the amount is, digit for digit, a figure the knowledge base publishes for an entity of the story in
 *   another currency (「557万6000元」 for DeepSeek-V3's US$5,576,000; 「1037億ドル」 for a budget of 1037億ルピー);
 * - the amount is followed by its own conversion into the same currency (「1037億ドル（約12億5000万ドル）」): the
 *   one of the two that is in the currency whose exchange rate the two figures show is wrong (the first here;
 *   the conversion in 「1037億ルピー（約12億5000万ルピー）」).
 *
 * Contract: reads the amounts of the text, the story's entities (named or related) and their published
 * figures, and the exchange-rate table. A published figure is matched within 1%, with three significant
 * digits or more, and never when the amount also matches a figure in its own currency: a warning. A round
 * figure in yen or dollars (5000億円, 3500万ドル: currencies nothing else judges by the story) is matched only when
 * its sentence says what the figure is (評価, 調達, 制裁金…, as its description does) and names the figure's owner
 * (for dollars: or names no one, while the document names the owner and the sentence repeats a detail of the
 * figure's description, a word or its year and month; a dollar sentence is read over the speaker's lines it runs
 * on, after a line with no sentence end): information, since round amounts meet by chance. A
 * conversion into the same currency is a warning when exactly one currency's rate fits (of the story's
 * countries' currencies, when several do).
 */
import type { DetectorContext } from '../context';
import { displayName } from '../context';
import type { AnalyzedDocument } from '../analyzedDocument';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import type { Finding } from '../types';
import { japaneseCurrencyNames, japaneseQuantities, type Quantity } from '../bilingual/quantities';
import { t } from '../l10n';

const CODE = 'implausible-currency';
/** Between an amount and its conversion for the reader: 「（約」, 「、日本円で約」. */
const CONVERSION_BETWEEN = /^\s*[（(]\s*(?:約|およそ|ほぼ)?\s*$/;

/** The significant digits of a number as written (「557万6000」 → 5576). */
function significantDigits(value: number): string {
  return String(value).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
}

/** Amounts (also compound, 557万6000元) whose digits are a published figure of the story in another currency. */
export function publishedInAnotherCurrency(doc: AnalyzedDocument, context: DetectorContext): Finding[] {
  const text = doc.flow.text;
  const findings: Finding[] = [];
  for (const amount of moneyOf(text, context)) {
    const unit = amount.unitRange;
    if (!unit) continue;
    const round = significantDigits(amount.value).length < 3;
    // Round amounts only in yen and dollars, which fit any story and are judged by nothing else here.
    if (round && amount.currency !== 'JPY' && amount.currency !== 'USD') continue;
    const sentence = round ? sentenceAround(text, amount.range.start) : undefined;
    const near = (value: number): boolean => Math.abs(value - amount.value) / value <= 0.01;
    let match: { about: string; currency: string; value: number; owner: string } | undefined;
    let ownCurrency = false;
    for (const id of [...context.evidence.keys(), ...context.related]) {
      const owner = context.kb.get(id);
      for (const figure of owner?.amounts ?? []) {
        if (!owner || !near(figure.value)) continue;
        if (sentence && !ownerAndKindSaid(doc, context, { id, currency: amount.currency }, sentence, figure.about)) continue;
        if (figure.currency === amount.currency) ownCurrency = true;
        match ??= { about: figure.about, currency: figure.currency, value: figure.value, owner: displayName(owner) };
      }
    }
    const currency = match && context.kb.currencyByCode(match.currency);
    if (!match || !currency || ownCurrency) continue;
    findings.push(
      makeFinding({
        code: CODE,
        range: flowRange(doc.flow, unit.start, unit.end),
        message: t(
          '「{0}」: the figure is published in {1}, not {2}; probably {1}',
          text.slice(amount.range.start, amount.range.end),
          currency.ja,
          text.slice(unit.start, unit.end),
        ),
        confidence: round ? 0.6 : 0.8,
        explanation: {
          problem: t('The currency of this amount is implausible in its context; probably {0}.', currency.ja),
          reasons: [
            t('The same digits are a published figure: {0}, {1} {2} ({3}).', match.about, match.value.toLocaleString('en-US'), match.currency, match.owner),
            ...(round ? [t('Information only: a round amount may meet a published figure by chance.')] : []),
          ],
        },
        replacements: [currency.ja],
      }),
    );
  }
  return findings;
}

/** What a published figure is, in the words a sentence giving it would use. */
const FIGURE_KINDS: readonly (readonly string[])[] = [
  ['評価額', '評価', '企業価値', '時価総額'],
  ['調達', '出資を受け'],
  ['投資', '投じ', '拠出'],
  ['売上', '収益'],
  ['買収'],
  ['予算'],
  ['制裁金', '罰金'],
];

/** The sentence around a place in the flow text (ending at 。！？ or a line break). */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !/[。！？\n]/.test(text[start - 1] as string)) start--;
  const rest = text.slice(at).search(/[。！？\n]/);
  return { start, end: rest < 0 ? text.length : at + rest };
}

function namedIn(doc: AnalyzedDocument, context: DetectorContext, id: string, sentence: { start: number; end: number }): boolean {
  const range = flowRange(doc.flow, sentence.start, sentence.end);
  return context.mentions.some((m) => m.entityId === id && m.range.start >= range.start && m.range.end <= range.end);
}

/**
 * A round amount's sentence says what the published figure is, and names its owner; for dollars, an owner the
 * document names elsewhere is enough when the sentence names no one else and repeats a detail of the figure's
 * description (「禁止された」 of a fine): an article's law, named paragraphs before its fines.
 */
function ownerAndKindSaid(
  doc: AnalyzedDocument,
  context: DetectorContext,
  figure: { id: string; currency: string | undefined },
  sentence: { start: number; end: number },
  about: string,
): boolean {
  const text = doc.flow.text;
  if (figure.currency !== 'USD') return saysWhatItIs(text.slice(sentence.start, sentence.end), about) && namedIn(doc, context, figure.id, sentence);
  // A speaker's sentence carried over lines (「2024年の6月には」 then 「6億ドルを調達して、」) is read whole.
  const spoken = { start: wrappedStart(text, sentence.start), end: sentence.end };
  const words = text.slice(spoken.start, spoken.end);
  if (!saysWhatItIs(words, about)) return false;
  if (namedIn(doc, context, figure.id, spoken)) return true;
  if (!context.evidence.has(figure.id) || !sharesDetail(words, about)) return false;
  const range = flowRange(doc.flow, spoken.start, spoken.end);
  return !context.mentions.some((m) => m.range.start >= range.start && m.range.end <= range.end);
}

/** The start of the lines a sentence runs over: back over line breaks after a line with no sentence end (。！？ or a blank line). */
function wrappedStart(text: string, start: number): number {
  let from = start;
  while (from > 1 && text[from - 1] === '\n' && !/[。！？!?\n]/.test(text[from - 2] as string)) {
    from--;
    while (from > 0 && !/[。！？!?\n]/.test(text[from - 1] as string)) from--;
  }
  return from;
}

/** Words of two kanji or more of a figure's description other than what kind of figure it is, or its year and month. */
function sharesDetail(sentence: string, about: string): boolean {
  const kindWords = FIGURE_KINDS.flat();
  const month = /(\d{4})年(\d{1,2})月/.exec(about);
  if (month && new RegExp(`${month[1]}年の?${month[2]}月`).test(sentence)) return true;
  return (about.match(/\p{Script=Han}{2,}/gu) ?? []).some((word) => !kindWords.some((k) => word.includes(k) || k.includes(word)) && sentence.includes(word));
}

/** The sentence says what the figure is: a word of its kind is in both. */
function saysWhatItIs(sentence: string, about: string): boolean {
  return FIGURE_KINDS.some((words) => words.some((w) => about.includes(w)) && words.some((w) => sentence.includes(w)));
}

/** Amounts of money as quantities: a compound number (12億5000万ドル) is read whole. */
function moneyOf(text: string, context: DetectorContext): Quantity[] {
  return japaneseQuantities(text, japaneseCurrencyNames(context.kb.currencies)).filter((q) => q.kind === 'money' && q.unitRange !== undefined);
}

/** An amount followed, in brackets, by itself in the same currency at an exchange rate: the first is in another one. */
export function convertedIntoItself(doc: AnalyzedDocument, context: DetectorContext): Finding[] {
  const text = doc.flow.text;
  // Quantities, not amounts: a conversion is often written 12億5000万ドル, which only they read whole.
  const money = moneyOf(text, context);
  const findings: Finding[] = [];
  for (let i = 0; i + 1 < money.length; i++) {
    const first = money[i] as Quantity;
    const second = money[i + 1] as Quantity;
    const code = first.currency;
    if (code === undefined || code !== second.currency || !CONVERSION_BETWEEN.test(text.slice(first.range.end, second.range.start))) continue;
    const ratio = first.value / second.value;
    // The currency C one of the two is in: the first, when the ratio is C's rate to the second's currency;
    // the second (the conversion), when it is the second's currency's rate to C.
    const fits = new Map<string, 'first' | 'second'>();
    for (const rate of context.rules.conversions) {
      if (rate.from === code && rate.to !== code && ratio >= rate.min && ratio <= rate.max) fits.set(rate.to, 'first');
      if (rate.to === code && rate.from !== code && ratio >= 1 / rate.max && ratio <= 1 / rate.min) fits.set(rate.from, 'first');
      if (rate.to === code && rate.from !== code && ratio >= rate.min && ratio <= rate.max) fits.set(rate.from, 'second');
      if (rate.from === code && rate.to !== code && ratio >= 1 / rate.max && ratio <= 1 / rate.min) fits.set(rate.to, 'second');
    }
    // Several rates fit (rupees and yen are both about 80 to the dollar): the one of the story's countries.
    const ofStory = [...fits.keys()].filter((c) => (context.kb.currencyByCode(c)?.countries ?? []).some((country) => context.countries.has(country)));
    const candidates = fits.size === 1 ? [...fits.keys()] : ofStory;
    if (candidates.length !== 1) continue;
    const wrong = fits.get(candidates[0] ?? '') === 'second' ? second : first;
    const wrongUnit = wrong.unitRange;
    if (!wrongUnit) continue;
    const currency = context.kb.currencyByCode(candidates[0] ?? '');
    if (!currency) continue;
    findings.push(
      makeFinding({
        code: CODE,
        range: flowRange(doc.flow, wrongUnit.start, wrongUnit.end),
        message: t('「{0}」 and its conversion are in the same currency; probably {1}', text.slice(wrong.range.start, wrong.range.end), currency.ja),
        confidence: 0.75,
        explanation: {
          problem: t('The currency of this amount is implausible in its context; probably {0}.', currency.ja),
          reasons: [
            t(
              'The amount in brackets is the same currency, at {0} to one: the exchange rate of {1}.',
              Number(ratio.toPrecision(3)).toLocaleString('en-US'),
              currency.ja,
            ),
          ],
        },
        replacements: [currency.ja],
      }),
    );
  }
  return findings;
}
