/** Quantities read from English text: "$5.5 million", "40%", "5 gigawatts", "three million", "two companies". */
import type { OffsetRange } from '../types';
import { quantity, type Quantity, type QuantityKind } from './quantities';
import { englishUnit, EN_UNIT_PHRASES, type Unit } from './units';

const EN_SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  b: 1e9,
  bn: 1e9,
  trillion: 1e12,
  quadrillion: 1e15,
  t: 1e12,
  tn: 1e12,
  // Indian English: a lakh is 100,000, a crore ten million (₹10,372 crore).
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
};
const EN_CURRENCY_SYMBOL: Record<string, string> = {
  $: 'USD',
  us$: 'USD',
  'u.s.$': 'USD',
  usd: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  '¥': 'JPY',
  jpy: 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  rmb: 'CNY',
  cny: 'CNY',
  // Dollars of other countries, as their own symbols and codes write them (NT$452.3 billion, C$690 million).
  nt$: 'TWD',
  twd: 'TWD',
  hk$: 'HKD',
  hkd: 'HKD',
  s$: 'SGD',
  sgd: 'SGD',
  a$: 'AUD',
  au$: 'AUD',
  aud: 'AUD',
  c$: 'CAD',
  ca$: 'CAD',
  cad: 'CAD',
  // Other currencies by their symbols and codes (RM2.5 billion, R$10 billion, SEK 11 million).
  rm: 'MYR',
  myr: 'MYR',
  r$: 'BRL',
  brl: 'BRL',
  nz$: 'NZD',
  nzd: 'NZD',
  sek: 'SEK',
  nok: 'NOK',
  dkk: 'DKK',
  chf: 'CHF',
  idr: 'IDR',
  ils: 'ILS',
  pln: 'PLN',
};
/**
 * Currencies named in words after a number, as a pattern each (a country's name before its dollars, kronor or
 * francs says which). The first that matches the whole word names the currency.
 */
const EN_CURRENCY_WORDS: readonly (readonly [string, string])[] = [
  // Dollars of other countries, named by their country (240 million Canadian dollars).
  ['Canadian dollars?', 'CAD'],
  ['Australian dollars?', 'AUD'],
  ['Singapore dollars?', 'SGD'],
  ['Hong Kong dollars?', 'HKD'],
  ['New Zealand dollars?', 'NZD'],
  ['(?:New )?Taiwan(?:ese)? dollars?', 'TWD'],
  ['(?:US |U\\.S\\. )?dollars?', 'USD'],
  ['euros?', 'EUR'],
  ['pounds?(?: sterling)?', 'GBP'],
  ['yen', 'JPY'],
  ['(?:Chinese )?(?:yuan|renminbi)', 'CNY'],
  ['(?:Indian )?rupees?', 'INR'],
  ['(?:South Korean |Korean )?won', 'KRW'],
  ['(?:Malaysian )?ringgit', 'MYR'],
  ['(?:Swedish )?(?:kronor|krona)', 'SEK'],
  ['Norwegian (?:kroner|krone)', 'NOK'],
  ['Danish (?:kroner|krone)', 'DKK'],
  ['Swiss francs?', 'CHF'],
  ['(?:Brazilian )?reais', 'BRL'],
  ['(?:Russian )?(?:roubles?|rubles?)', 'RUB'],
  ['(?:Thai )?baht', 'THB'],
  ['(?:South African )?rand', 'ZAR'],
  ['(?:Saudi )?riyals?', 'SAR'],
  ['(?:UAE |Emirati )?dirhams?', 'AED'],
  ['(?:Turkish )?lira', 'TRY'],
  ['Mexican pesos?', 'MXN'],
  ['(?:Indonesian )?rupiah', 'IDR'],
  ['(?:Israeli )?(?:new )?shekels?', 'ILS'],
  ['(?:Polish )?(?:zlotys?|zloty)', 'PLN'],
];
const EN_CURRENCY_WORD: readonly [RegExp, string][] = EN_CURRENCY_WORDS.map(([pattern, code]) => [new RegExp(`^${pattern}$`, 'i'), code]);
/** The currency words as one alternative of the quantity pattern, longest names first (so "Swiss francs" is read before a bare word). */
const EN_CURRENCY_ALTERNATIVES = EN_CURRENCY_WORDS.map(([pattern]) => pattern).join('|');

const EN_NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const EN_PATTERN = new RegExp(
  String.raw`(US\$|\bU\.S\.\s?\$|\b(?:NT|HK|CA|AU|NZ|[SACR])\$|[$€£¥₹₩]|\bRM(?=\s?\d)|\b(?:USD|EUR|GBP|JPY|RMB|CNY|TWD|HKD|SGD|AUD|CAD|MYR|BRL|NZD|SEK|NOK|DKK|CHF|IDR|ILS|PLN)\s?)?` +
    EN_NUMBER +
    // Scale words capitalised too, as headlines write them ("¥1 Trillion in State Support").
    String.raw`(?:[\s-]?([Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|[Qq]uadrillion|[Ll]akhs?|[Cc]rores?|mn|bn|tn|[kKmMbBtT])\b)?` +
    // A unit after a space or a hyphen ("a 7-nanometer chip", "a 3-hour outage").
    String.raw`(?:[\s-]?(${EN_UNIT_PHRASES}|%|percent(?:age points?)?|per cent|points?|${EN_CURRENCY_ALTERNATIVES}|[A-Za-z]+)(?![A-Za-z0-9])|(%))?`,
  'g',
);

/** A unit after a number written in words ("eight weeks", "nine square miles"). */
const UNIT_AFTER_WORDS = new RegExp(String.raw`^[\s-](${EN_UNIT_PHRASES}|[A-Za-z]+)(?![A-Za-z])`);

/** Quantities written in an English text (offsets into it), in digits or in words. */
export function englishQuantities(text: string): Quantity[] {
  const inDigits = digitQuantities(text);
  const inWords = [...wordQuantities(text), ...multipleWords(text)].filter(
    (w) => !inDigits.some((d) => d.range.start < w.range.end && w.range.start < d.range.end),
  );
  return [...inDigits, ...inWords].filter((q) => !countsOthers(q, text)).sort((a, b) => a.range.start - b.range.start);
}

/**
 * "Toyota, Sony, NTT and five other companies": a count of the others beside a list, which a translation may
 * give as the whole (8社). Not a figure to compare.
 */
function countsOthers(q: Quantity, text: string): boolean {
  return q.kind === 'count' && /^\s+others?\b/i.test(text.slice(q.range.end));
}

/** Words before a figure that make it approximate ("about ten", "more than tenfold"). */
const APPROXIMATELY = ['about', 'around', 'roughly', 'nearly', 'almost', 'more than'];
const approximatelyBefore = (words: readonly string[]): RegExp => new RegExp(String.raw`\b(?:${words.join('|')})\s+$`, 'i');
/** Before a multiple in a word, only those. */
const APPROXIMATE_MULTIPLE = approximatelyBefore(APPROXIMATELY);
/** Before a figure in digits or in words, bounds and "some" too ("over 10", "up to three million", "some 500"). */
const APPROXIMATE_FIGURE = approximatelyBefore([...APPROXIMATELY, 'approximately', 'some', 'over', 'less than', 'under', 'up to']);

const WORD_VALUES: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
const WORD_NUMBER = new RegExp(
  String.raw`\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)` +
    // A second word only after a tens word (twenty-two): "a two-year pause" is an article and a two.
    String.raw`(?:(?<=ty)[- ](one|two|three|four|five|six|seven|eight|nine))?( and a half)?(?: (dozen)(?! of\b))?(?: (hundred))?(?: (thousand|million|billion|trillion|quadrillion))?` +
    String.raw`(?: (dollars|euros|yen|pounds|percent|per cent))?\b`,
  'gi',
);

/**
 * Numbers written in words: "three million", "a billion dollars", "ten percent", and small counts
 * ("two companies"); "one" and "a" alone are no figure.
 */
function wordQuantities(text: string): Quantity[] {
  const quantities: Quantity[] = [];
  for (const match of text.matchAll(WORD_NUMBER)) {
    const [whole, first = '', second, half, dozen, hundred, scaleWord, unitWord] = match;
    // "three and a half times", "two and a half million": half a unit more.
    let value = (WORD_VALUES[first.toLowerCase()] ?? 0) + (second ? (WORD_VALUES[second.toLowerCase()] ?? 0) : 0) + (half ? 0.5 : 0);
    // "a dozen", "two dozen": twelve each ("dozens of" is an order of magnitude, read by vagueQuantities).
    if (dozen) value *= 12;
    if (hundred) value *= 100;
    if (scaleWord) value *= EN_SCALE[scaleWord.toLowerCase()] ?? 1;
    // "half a billion dollars", "half a dozen": half of what follows.
    const halved =
      /^(?:a|an)$/i.test(first) &&
      (scaleWord !== undefined || dozen !== undefined) &&
      /(?:^|[^A-Za-z])half $/i.test(text.slice(Math.max(0, match.index - 6), match.index));
    if (halved) value /= 2;
    if (/^(a|an)$/i.test(first) && !scaleWord && !hundred && !dozen) continue;
    // A unit after the number ("eight weeks", "one million tokens", "a ten-year plan", "forty years").
    const after = UNIT_AFTER_WORDS.exec(text.slice(match.index + whole.length));
    const unitAfter = !unitWord && after?.[1] ? englishUnit(after[1]) : undefined;
    // "one gigawatt" is a measure; "one day", "one year" are as often a way of speaking, not a figure.
    const oneOfAUnit = value === 1 && /^one$/i.test(first) && !hundred && unitAfter !== undefined && unitAfter.dimension !== 'time';
    const measured = (value >= 2 || scaleWord || hundred || oneOfAUnit) && unitAfter ? unitAfter : undefined;
    const small = !hundred && !scaleWord && !unitWord && !measured && !dozen;
    if (small && (value < 2 || value > 12)) continue;
    // "two-thirds", "one-off": a fraction or a word, not a count.
    if (/^-/.test(text.slice(match.index + whole.length)) && !measured) continue;
    const start = halved ? match.index - 5 : match.index;
    const numberEnd = match.index + whole.length - (unitWord ? unitWord.length + 1 : 0);
    const wholeEnd = match.index + whole.length + (measured && after ? after[0].length : 0);
    const unitRange = unitWord || measured ? { start: wholeEnd - (unitWord ?? after?.[1] ?? '').length, end: wholeEnd } : undefined;
    const currency = unitWord ? EN_CURRENCY_WORD.find(([pattern]) => pattern.test(unitWord))?.[1] : undefined;
    const kind: QuantityKind = currency ? 'money' : unitWord && /percent|per cent/i.test(unitWord) ? 'percent' : measured ? 'measure' : 'count';
    const approximate = APPROXIMATE_FIGURE.test(text.slice(Math.max(0, start - 16), start));
    // "about a dozen", "a dozen or so": a round word loosely meant, which 約10社 and 十数社 translate as well as 12社.
    if (dozen && (approximate || /^,? or so\b/i.test(text.slice(wholeEnd)))) continue;
    quantities.push(
      quantity({ value, kind, currency, unit: measured, approximate, range: { start, end: wholeEnd }, numberRange: { start, end: numberEnd }, unitRange }),
    );
  }
  return quantities;
}

/** After the lower bound of a range written with a dash, the upper bound with its scale, per cent or currency (35-40 billion, 50–60%). */
const DASHED_UPPER_BOUND = /^[-–][$€£¥]?\d[\d,.]*(?:[\s-]?(?:thousand|million|billion|trillion|bn|mn|tn)\b|\s?%|\s?percent\b|\s(?:dollars|euros|yen)\b)/i;

function digitQuantities(text: string): Quantity[] {
  const quantities: Quantity[] = [];
  // Where the last lower bound of a dashed range ended: the dash after it starts its upper bound, not a code.
  let lowerBoundEnd = -1;
  for (const match of text.matchAll(EN_PATTERN)) {
    const [whole, symbol, digits = '', scaleWord, word, percentSign] = match;
    const start = match.index;
    const numberStart = start + (symbol?.length ?? 0);
    const before = text[start - 1] ?? '';
    const upperBound = lowerBoundEnd === start - 1;
    // A fiscal year or a year's middle (FY2025, mid-2024): a year, though a letter or a hyphen is joined to it.
    const joinedYear = /(?:\bFY|\bmid-)$/i.test(text.slice(Math.max(0, start - 4), start)) && /^(?:19|20)\d\d$/.test(digits) && !scaleWord;
    // Part of a name or a code (GPT-4, H100, 3.5-turbo, v2): not an amount.
    if (/[A-Za-z0-9_\-/.]/.test(before) && !symbol && !upperBound && !joinedYear) continue;
    const afterDigits = text[numberStart + digits.length] ?? '';
    if (/[A-Za-z]/.test(afterDigits) && !scaleWord && !word) continue;
    const dashAfter = /^[-–]/.test(text.slice(start + whole.length));
    const lowerBound = dashAfter && !word && !/[A-Za-z0-9_\-/.]/.test(before) && DASHED_UPPER_BOUND.test(text.slice(start + whole.length));
    if (dashAfter && !word && !lowerBound) continue;
    if (lowerBound) lowerBoundEnd = start + whole.length;
    const joinedByHyphen = text[numberStart + digits.length] === '-';
    let value = Number(digits.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const scale = scaleWord ? EN_SCALE[scaleWord.toLowerCase()] : undefined;
    // A single-letter scale counts only after a currency symbol ($5.5M); "5 m" may be metres.
    // A single-letter scale counts after a currency symbol ($5.5M) or as a capital straight after the digits
    // (5.5M users, 200K GPUs); "5 m" may be metres.
    const attachedCapital = scaleWord !== undefined && /^[KMBT]$/.test(scaleWord) && text[numberStart + digits.length] === scaleWord;
    const scaled = scale !== undefined && (scaleWord !== undefined && scaleWord.length > 1 ? true : symbol !== undefined || attachedCapital);
    if (scaled && scale) value *= scale;
    const numberEnd = numberStart + digits.length + (scaled && scaleWord ? text.slice(numberStart + digits.length).indexOf(scaleWord) + scaleWord.length : 0);
    const unitWord = word ?? percentSign;
    let end = scaled ? numberEnd : numberStart + digits.length;
    let kind: QuantityKind = 'count';
    let currency = symbol ? EN_CURRENCY_SYMBOL[symbol.replace(/\s/g, '').toLowerCase()] : undefined;
    let unit: Unit | undefined;
    let unitRange: OffsetRange | undefined;
    if (unitWord) {
      const wordStart = start + whole.length - unitWord.length;
      const currencyWord = EN_CURRENCY_WORD.find(([pattern]) => pattern.test(unitWord))?.[1];
      const unitOf = englishUnit(unitWord);
      if (/^(%|percent|per cent)$/i.test(unitWord)) kind = 'percent';
      else if (/^(percentage points?|points?)$/i.test(unitWord)) kind = 'points';
      else if (currencyWord && !currency) currency = currencyWord;
      else if (unitOf) unit = unitOf;
      if (kind !== 'count' || (currencyWord && currency === currencyWord) || unitOf) {
        end = wordStart + unitWord.length;
        unitRange = { start: wordStart, end };
      }
    }
    // "a 2-for-1 deal", "a 5-million-user app": a hyphen joins the number to a word that is no unit; read as before, not at all.
    // "a 35-fold increase" is a multiple, as 35倍 is: a count like "35 times".
    if (joinedByHyphen && !unitRange && !lowerBound && !/^fold$/i.test(unitWord ?? '')) continue;
    if (currency) {
      kind = 'money';
      if (symbol) unitRange ??= { start, end: start + symbol.length };
    } else if (unit) kind = 'measure';
    else if (kind === 'count' && !scaled && /^\d{4}$/.test(digits) && value >= 1900 && value <= 2100) kind = 'year';
    const leading = text.slice(Math.max(0, start - 16), start);
    const approximate = APPROXIMATE_FIGURE.test(leading) || /~\s*$/.test(leading);
    const fiscal = kind === 'year' && /\b(?:FY\s?|fiscal\s+(?:year\s+)?)$/i.test(leading);
    const numberRange = { start: numberStart, end: scaled ? numberEnd : numberStart + digits.length };
    quantities.push(quantity({ value, kind, currency, unit, approximate, range: { start, end }, numberRange, unitRange, fiscal }));
  }
  return quantities;
}

/** The number words a multiple is written with (twofold, a hundredfold): those of WORD_VALUES but the articles and one, and thousand. */
const FOLD_VALUES: Record<string, number> = {
  ...Object.fromEntries(Object.entries(WORD_VALUES).filter(([word]) => !['a', 'an', 'one'].includes(word))),
  thousand: 1000,
};
/**
 * "tenfold", "a hundredfold": a multiple in a word, as 10倍 writes it. Not "doubled" or "tripled": Japanese says those
 * without a figure (倍増, 3倍増) as often as with one, and a figure of the source the translation leaves unwritten
 * would be compared with another of the sentence (1スタック当たり).
 */
const MULTIPLE_WORD = new RegExp(String.raw`\b(${Object.keys(FOLD_VALUES).join('|')})-?fold\b`, 'gi');

/** Multiples written as one word: a count, as "35 times" and "35-fold" are. */
export function multipleWords(text: string): Quantity[] {
  const quantities: Quantity[] = [];
  for (const match of text.matchAll(MULTIPLE_WORD)) {
    const [whole, fold = ''] = match;
    // The pattern is made of the table's words: every one has its value.
    const value = FOLD_VALUES[fold.toLowerCase()]!;
    const range = { start: match.index, end: match.index + whole.length };
    const approximate = APPROXIMATE_MULTIPLE.test(text.slice(Math.max(0, match.index - 16), match.index));
    quantities.push(quantity({ value, kind: 'count', currency: undefined, unit: undefined, approximate, range, numberRange: range, unitRange: undefined }));
  }
  return quantities;
}
