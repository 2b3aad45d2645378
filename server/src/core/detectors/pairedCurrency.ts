/**
 * Amounts that belong together told in two currencies: a part of a sum (「全体で20兆ユーロ…そのうち200億ドルを」) is in
 * the sum's currency, and a round and the valuation it gave (「シリーズDで6億円を調達し、評価額は50億ドルを超えた」) are in
 * one currency. Translation and recognition turn one of the two into another unit. The proof is the other amount,
 * not the story's countries, so it holds for any currency; which of the two slipped is told by the document, which
 * writes the right currency more often.
 *
 * Contract: two amounts are paired
 * - a part and its sum: the first amount of a sentence that opens with そのうち, このうち, その中には…, or うち
 *   followed by 、 or an amount (うちの会社 is "our company") (after a speaker's label), and the sentence before's
 *   only amount, or the one it gives as a total (総額, 全体, 合計) when all its amounts are in one currency; or the
 *   first amount after 「のうち」 and the last amount before it in one sentence; either way only when the part's
 *   number is no larger than the sum's (one of the two units slipped, so the numbers are as said);
 * - a round and its valuation: a sentence with exactly two amounts, one raised (調達, 集め… right after it) and one a
 *   valuation (評価額, 企業価値, 時価総額 right before it).
 * When the two are in different currencies, the one whose currency the document writes fewer times gets information
 * proposing the other's currency; nothing when the counts are even (which one slipped is then unknown), nor on a round
 * and valuation either of which is in dollars (the press gives a European round in euros at a valuation in dollars,
 * whichever currency the document writes more), and never when either is a conversion for the reader
 * (「（約1兆4300億円）」, 「日本円で約」).
 */
import { findAmounts } from '../amounts';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import { t } from '../l10n';
import { flowSentences } from '../text';
import type { Finding, OffsetRange } from '../types';
import type { SequenceDetector } from './detector';
import { isConversion } from './yenInForeignStory';

const CODE = 'paired-currency';
/** What opens a sentence about a part of the sum the sentence before gives (after a speaker's label and a filler). */
const PART_OPENING =
  /^\s*(?:[^\s：:。！？]{1,12}[：:]\s*)?(?:(?:えー|で|まあ)、?)?(?:そのうち|このうち|うち(?=[、，]|約?[0-9０-９])|その中には|この中には|その中で|そのなかには|このなかには)/;
const PART_OF = 'のうち';
/** What says an amount is a total, right before it (「総額で」, 「全体で約」): the sum of a sentence that gives several. */
const TOTAL_BEFORE = /(?:総額|全体|合計)(?:で|は|が|として)?(?:約|およそ)?\s*$/;
/** What says an amount was raised, right after it (「6億ドルを調達」, 「を集め」). */
const RAISED_AFTER = /^\s*(?:を|の)?\s*(?:資金)?(?:調達|集め|出資を受け)/;
/** What says an amount is a valuation, right before it (「評価額は約」). */
const VALUATION_BEFORE = /(?:評価額|企業価値|時価総額|バリュエーション)(?:は|が|を|も)?(?:約|およそ)?\s*$/;

type Role = 'part' | 'sum' | 'round' | 'valuation' | 'other';

interface PairedAmount {
  /** The currency unit: what the fix replaces. */
  readonly range: OffsetRange;
  readonly written: string;
  readonly currency: string;
  readonly unit: string;
  /** The number in its own unit: a part is no larger than its sum when only a unit slipped. */
  readonly value: number;
  /** Written as a total (「総額で3兆円」): the sum of a sentence that gives several amounts. */
  readonly total: boolean;
  /** A conversion for the reader, which is in another currency on purpose. */
  readonly conversion: boolean;
  /** The amount's sentence within its chunk, whether it is the chunk's last, and the part of a sum it opens (if any). */
  readonly sentence: number;
  readonly lastSentence: boolean;
  /** This amount is the first of a sentence that opens with そのうち: its sum is the last amount of the sentence before. */
  readonly opensPart: boolean;
  readonly role: Role;
}

export const pairedCurrency: SequenceDetector<PairedAmount> = {
  code: CODE,
  description: 'Amounts that belong together in two currencies: a part of a sum, or a round beside its valuation (そのうち200億ドル after 20兆ユーロ).',
  scan(doc, services) {
    const text = doc.flow.text;
    const amounts = findAmounts(text, services.kb.currencies);
    const sentences = flowSentences(text);
    const items: PairedAmount[] = [];
    sentences.forEach((sentence, index) => {
      const end = sentence.start + sentence.text.length;
      const inSentence = amounts.filter((amount) => amount.start >= sentence.start && amount.end <= end);
      const ofAt = sentence.text.indexOf(PART_OF);
      const roles = new Map<number, Role>();
      if (ofAt >= 0 && !PART_OPENING.test(sentence.text)) {
        const sum = inSentence.filter((amount) => amount.end <= sentence.start + ofAt).pop();
        const part = inSentence.find((amount) => amount.start > sentence.start + ofAt);
        if (sum && part) roles.set(inSentence.indexOf(sum), 'sum').set(inSentence.indexOf(part), 'part');
      }
      if (inSentence.length === 2) {
        const round = inSentence.findIndex((amount) => RAISED_AFTER.test(text.slice(amount.end, amount.end + 10)));
        const valuation = inSentence.findIndex((amount) => VALUATION_BEFORE.test(text.slice(Math.max(0, amount.start - 12), amount.start)));
        if (round >= 0 && valuation >= 0 && round !== valuation) roles.set(round, 'round').set(valuation, 'valuation');
      }
      inSentence.forEach((amount, at) =>
        items.push({
          range: flowRange(doc.flow, amount.unitStart, amount.end),
          written: text.slice(amount.start, amount.end),
          currency: amount.currency.code,
          unit: amount.unit,
          value: amount.value,
          total: TOTAL_BEFORE.test(text.slice(Math.max(0, amount.start - 8), amount.start)),
          conversion: isConversion(text, amount, amounts),
          sentence: index,
          lastSentence: index === sentences.length - 1,
          opensPart: at === 0 && PART_OPENING.test(sentence.text),
          role: roles.get(at) ?? 'other',
        }),
      );
    });
    return items;
  },
  // The sum of a part may be in the chunk right before (a speaker's line before): adjacency counts empty chunks too.
  chunkBounds: 'distance',
  // A part's verdict reads the chunk right before (its sum's); a verdict may land on the sum, whose part is in the chunk after.
  locality: { before: 1, after: 1, counting: 'chunks' },
  itemKey: (a) =>
    `${a.written}\u0001${a.currency}\u0001${a.unit}\u0001${a.value}\u0001${a.total}\u0001${a.conversion}\u0001${a.sentence}\u0001${a.lastSentence}\u0001${a.opensPart}\u0001${a.role}`,
  itemRange: (a) => a.range,
  decide(chunks, context) {
    const verdicts = new Map<number, Finding[]>();
    const flat: { item: PairedAmount; chunk: number }[] = chunks.flatMap((items, chunk) => items.map((item) => ({ item, chunk })));
    const written = (code: string): number => context.currencies.get(code) ?? 0;
    const judge = (one: number, other: number, kind: 'part' | 'deal'): void => {
      const [a, b] = [flat[one]?.item, flat[other]?.item];
      if (!a || !b || a.currency === b.currency || a.conversion || b.conversion) return;
      if (written(a.currency) === written(b.currency)) return;
      // A part larger than its sum is no part of it (the numbers are as said when only a unit slipped): unsure, so quiet.
      if (kind === 'part' && a.value > b.value) return;
      // A European firm's round in euros at a valuation in dollars is how the press reports it, in a story told in dollars or not.
      if (kind === 'deal' && (a.currency === 'USD' || b.currency === 'USD')) return;
      const [odd, right, oddAt] = written(a.currency) < written(b.currency) ? [a, b, one] : [b, a, other];
      if (verdicts.has(oddAt)) return;
      verdicts.set(oddAt, [finding(odd, right, kind, written(right.currency), written(odd.currency))]);
    };
    flat.forEach(({ item, chunk }, index) => {
      if (item.opensPart) {
        // The sentence before: earlier in this chunk, or the last sentence of the chunk before.
        const before = flat.filter(
          (other, at) =>
            at < index &&
            ((other.chunk === chunk && other.item.sentence === item.sentence - 1) ||
              (item.sentence === 0 && other.chunk === chunk - 1 && other.item.lastSentence)),
        );
        // Its only amount, or the one it gives as the total: the last of a list is no sum (5000億円、2000億円).
        const totals = before.filter((other) => other.item.total);
        const sum = before.length === 1 ? before[0] : totals.length === 1 ? totals[0] : undefined;
        if (sum && before.every((other) => other.item.currency === sum.item.currency)) judge(index, flat.indexOf(sum), 'part');
      }
      if (item.role === 'part' || item.role === 'round') {
        const mate = flat.findIndex(
          (other, at) =>
            at !== index && other.chunk === chunk && other.item.sentence === item.sentence && other.item.role === (item.role === 'part' ? 'sum' : 'valuation'),
        );
        if (mate >= 0) judge(index, mate, item.role === 'part' ? 'part' : 'deal');
      }
    });
    return verdicts;
  },
};

function finding(odd: PairedAmount, right: PairedAmount, kind: 'part' | 'deal', rightCount: number, oddCount: number): Finding {
  return makeFinding({
    code: CODE,
    range: odd.range,
    message:
      kind === 'part'
        ? t('「{0}」 and 「{1}」 are a sum and its part in two currencies: probably {2}', odd.written, right.written, right.unit)
        : t('「{0}」 and 「{1}」 are one deal’s round and valuation in two currencies: probably {2}', odd.written, right.written, right.unit),
    confidence: 0.5,
    explanation: {
      problem: t('The currency of this amount is implausible in its context; probably {0}.', right.unit),
      reasons: [
        kind === 'part' ? t('A part of a sum is told in the sum’s currency.') : t('A round and the valuation it gave are told in one currency.'),
        t('The document writes {0} {1} times and {2} {3} times.', right.unit, rightCount, odd.unit, oddCount),
      ],
    },
    replacements: [right.unit],
  });
}
