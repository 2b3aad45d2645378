/**
 * An amount in 万 among a document's amounts in 億 and 兆: 「売上高は3680万ドル」 in an earnings call whose every other
 * figure is billions is likelier a 万/億 slip (or "million" for "billion") than a company's figure. Part of wrong-magnitude.
 *
 * Contract: `belowDocumentScale(amounts)` returns the indices of the amounts that
 * - are money written with 万 alone (no 億 or 兆), from a hundred thousand to a hundred million of their currency, with
 *   two significant digits or more (round 5000万 are often real: a seed round, a small deal);
 * - stand in a sentence that speaks of a company-scale figure (sales, a deal, an investment, a valuation:
 *   `scaleOutliers.cues` of quantity-ranges.yaml) and not beside a word of small sums (an upfront payment, a seed, a
 *   price per unit: `scaleOutliers.smallSums`);
 * - are in a currency the document counts at least twice in 億 or more, and the document gives at least four amounts in
 *   億 or more in it or another currency but yen (a story's scale shows in all its large sums, some of which may be in a
 *   slipped currency; 億円 are small sums), three times as many as it gives below 億 in the amount's currency (amounts of
 *   two significant digits or more, as wrong-magnitude reads them: round ones say little of the writer's scale).
 * Information only: a small figure may still be right. The ×10⁴ reading is offered as a fix only when it falls within
 * the range of the document's own amounts in 億 or more of that currency (`fixable`); beyond it (3680億 beside a
 * revenue of 120億) the right magnitude is not known.
 */

/** What the check reads of an amount. */
export interface ScaledAmount {
  readonly value: number;
  /** An ISO code for money; another key for counts and measures, which are never judged. */
  readonly currency: string;
  readonly measure: boolean;
  /** Its significant digits ("368" for 3680万). */
  readonly significant: string;
  /** The number as written, with its magnitude words (「3680万」). */
  readonly number: string;
  /** Its sentence speaks of a company-scale figure, with no word of small sums near. */
  readonly companyScale: boolean;
}

const HUNDRED_MILLION = 1e8;
const HUNDRED_THOUSAND = 1e5;
/** How many amounts in 億 or more the document must give (in the currency, and in all but yen), and how many times those below. */
const MIN_OWN_LARGE = 2;
const MIN_LARGE = 4;
const LARGE_PER_SMALL = 3;

const isMoney = (amount: ScaledAmount): boolean => !amount.measure && /^[A-Z]{3}$/.test(amount.currency);

/** An amount below the document's scale, and whether its reading in 億 lies within the document's own large amounts. */
export interface BelowScale {
  readonly index: number;
  readonly fixable: boolean;
}

export function belowDocumentScale(amounts: readonly ScaledAmount[]): BelowScale[] {
  const byCurrency = new Map<string, { large: number; small: number; least: number; most: number }>();
  for (const amount of amounts) {
    if (!isMoney(amount)) continue;
    const counts = byCurrency.get(amount.currency) ?? { large: 0, small: 0, least: Infinity, most: 0 };
    if (amount.value >= HUNDRED_MILLION) {
      counts.large++;
      counts.least = Math.min(counts.least, amount.value);
      counts.most = Math.max(counts.most, amount.value);
    } else counts.small++;
    byCurrency.set(amount.currency, counts);
  }
  // Large sums in currencies other than yen, where 億 is a company's scale.
  const largeAcross = [...byCurrency].reduce((sum, [code, counts]) => (code === 'JPY' ? sum : sum + counts.large), 0);
  const flagged: BelowScale[] = [];
  amounts.forEach((amount, index) => {
    if (!isMoney(amount) || !amount.companyScale) return;
    if (amount.value < HUNDRED_THOUSAND || amount.value >= HUNDRED_MILLION) return;
    if (!/万$/.test(amount.number) || /[億兆]/.test(amount.number) || amount.significant.length < 2) return;
    const counts = byCurrency.get(amount.currency);
    if (!counts || counts.large < MIN_OWN_LARGE) return;
    const large = amount.currency === 'JPY' ? counts.large : largeAcross;
    if (large < MIN_LARGE || large < LARGE_PER_SMALL * counts.small) return;
    const scaled = amount.value * 1e4;
    flagged.push({ index, fixable: scaled >= counts.least && scaled <= counts.most });
  });
  return flagged;
}

/** Whether the sentence around an amount speaks of a company-scale figure, with no word of small sums right around it. */
export function speaksOfCompanyScale(
  text: string,
  start: number,
  end: number,
  cues: { readonly cues: readonly string[]; readonly smallSums: readonly string[] },
): boolean {
  const before = text.slice(0, start);
  const sentenceStart = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'), before.lastIndexOf('！'), before.lastIndexOf('？')) + 1;
  const ends = ['。', '\n', '！', '？'].map((mark) => text.indexOf(mark, end)).filter((at) => at >= 0);
  const sentence = text.slice(sentenceStart, ends.length > 0 ? Math.min(...ends) : text.length);
  // A word of small sums changes what the amount is only right around it (「契約一時金が4500万ドル」).
  const near = text.slice(Math.max(sentenceStart, start - SMALL_SUM_REACH), end + SMALL_SUM_AFTER);
  return cues.cues.some((cue) => sentence.includes(cue)) && !cues.smallSums.some((word) => near.includes(word));
}

/** How far before and after an amount a word of small sums is read. */
const SMALL_SUM_REACH = 15;
const SMALL_SUM_AFTER = 6;
