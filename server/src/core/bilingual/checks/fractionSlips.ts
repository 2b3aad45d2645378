/**
 * The fractions and multiples in words half of number-mismatch. Contract: in a pair the aligner is sure of, the source
 * says one fraction of something in words (two-thirds of, a quarter of, half of, a tenth of, one in five; a fall by a
 * multiple: fell tenfold, 10x cheaper, halved) or one multiple as a verb (doubled,
 * tripled, twice the) that the translation does not write, and the translation writes one other in its place (3分の1 for
 * "two-thirds of", 3倍 for "doubled", 100分の1 for "fell tenfold", 4人に1人 for "one in five"). Fix: the source's value the Japanese way (3分の2, 半分, 2倍). No quantity reader
 * sees these words. Not flagged: a pair with several the other side does not write (which stands for which is a guess),
 * multiples in figures (3x, 3 times: the quantity readers' own), a fraction without "of" (a quarter may be three months).
 */
import { t } from '../../l10n';
import type { Finding, OffsetRange } from '../../types';
import type { Alignment } from '../alignment';
import { targetSlice } from '../pairFacts';
import type { Segment } from '../segments';
import { checkedPairs, pairFinding } from './check';

type Kind = 'fraction' | 'multiple';

export interface RatioMention {
  readonly kind: Kind;
  /** The fraction (2/3 as numerator 2, denominator 3) or the multiple (denominator 1). */
  readonly numerator: number;
  readonly denominator: number;
  readonly range: OffsetRange;
  /** Japanese "one in N" (5人に1人): its counter, which a fix keeps. */
  readonly counter?: string;
}

const COUNT_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };
const PART_WORDS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  tenth: 10,
  tenths: 10,
};
const EN_FRACTION = /\b(?:(a|one|two|three|four)[- ])?(half|halves|thirds?|quarters?|fourths?|fifths?|tenths?) of\b/gi;
// "one in five": a share of people or things, 5人に1人 in Japanese.
const EN_ONE_IN = /\b(?:one|1) in (two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b/gi;
// A rank, not a share: "number one in two categories", "No. 1 in three markets", "#1 in", "ranked one in"; "no one in ten" is nobody.
const RANK_BEFORE = /(?:\b(?:number|no\.?|ranked|ranks?)\s*|#)$/i;
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, hundred: 100 };
// A fall by a multiple is a fraction (costs fell tenfold, 10x cheaper: 10分の1); halved and cut by half are a half.
const EN_FALL_BY =
  /\b(?:fell|fallen|falls?|dropped|drops?|declined|declines?|cut|reduced|shrunk|shrank|shrinks?)\s+(?:by\s+)?(?:(ten|hundred|two|three|four|five)fold|(half))\b|\b(halved|halving)\b/gi;
const EN_TIMES_LESS = /\b(\d{1,4})\s*(?:x|times)\s+(?:cheaper|smaller|less|lower|fewer)\b/gi;
const EN_MULTIPLE: readonly (readonly [RegExp, number])[] = [
  [/\b(?:doubled|doubling|doubles|twice (?=as|the|that|its|their|what))/gi, 2],
  [/\b(?:tripled|tripling|triples|triple (?=the|its|their))/gi, 3],
  [/\b(?:quadrupled|quadrupling|quadruples)/gi, 4],
];

/** Fractions and multiples an English text says in words. */
export function englishRatios(text: string): RatioMention[] {
  const found: RatioMention[] = [];
  for (const m of text.matchAll(EN_FRACTION)) {
    const part = (m[2] ?? '').toLowerCase();
    // "half of" alone is a half; "third of" alone is an ordinal (the third of four plants), not a fraction.
    const count = m[1] ? COUNT_WORDS[m[1].toLowerCase()] : part === 'half' ? 1 : undefined;
    const denominator = PART_WORDS[part];
    if (count === undefined || denominator === undefined || count >= denominator) continue;
    // The range ends before " of": the fraction's own words.
    found.push({ kind: 'fraction', numerator: count, denominator, range: { start: m.index, end: m.index + m[0].length - ' of'.length } });
  }
  for (const m of text.matchAll(EN_ONE_IN)) {
    const word = (m[1] ?? '').toLowerCase();
    const denominator = NUMBER_WORDS[word] ?? Number(word);
    if (RANK_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (denominator >= 2) found.push({ kind: 'fraction', numerator: 1, denominator, range: { start: m.index, end: m.index + m[0].length } });
  }
  for (const m of text.matchAll(EN_FALL_BY)) {
    const denominator = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? 0) : 2;
    found.push({ kind: 'fraction', numerator: 1, denominator, range: { start: m.index, end: m.index + m[0].length } });
  }
  for (const m of text.matchAll(EN_TIMES_LESS)) {
    const denominator = Number(m[1]);
    if (denominator >= 2) found.push({ kind: 'fraction', numerator: 1, denominator, range: { start: m.index, end: m.index + m[0].length } });
  }
  for (const [pattern, times] of EN_MULTIPLE) {
    for (const m of text.matchAll(pattern)) {
      found.push({ kind: 'multiple', numerator: times, denominator: 1, range: { start: m.index, end: m.index + m[0].trimEnd().length } });
    }
  }
  return found;
}

const KANJI_DIGITS = '〇一二三四五六七八九十';
// Not the tail of a longer number (the 5分の1 of 15分の1, the 十人に一人 of 二十人に一人, the 2倍 of 十二倍, 数十倍): a fix
// of that tail would write a number neither side gives (110分の1).
const NOT_AFTER_A_NUMERAL = String.raw`(?<![0-9０-９〇一二三四五六七八九十百千万億数何])`;
const JA_FRACTION = new RegExp(
  `${NOT_AFTER_A_NUMERAL}(1000|100|10|１０|[1-9１-９一二三四五六七八九十])分の([1-9１-９一二三四五六七八九])(?![0-9０-９〇一二三四五六七八九十])|半分|半数|半減`,
  'g',
);
// 5人に1人, 10社に1社: one in five.
const JA_ONE_IN = new RegExp(`${NOT_AFTER_A_NUMERAL}(\\d{1,3}|[二三四五六七八九十])(人|社|台|件|基|つ|カ所|か所)に(?:1|１|一)\\2`, 'g');
const JA_MULTIPLE = new RegExp(`${NOT_AFTER_A_NUMERAL}(?<![.．])([1-9１-９一二三四五六七八九十])倍`, 'g');

function digitValue(character: string): number {
  if (character.length > 1) return Number(character.normalize('NFKC'));
  const wide = '０１２３４５６７８９'.indexOf(character);
  if (wide >= 0) return wide;
  const kanji = KANJI_DIGITS.indexOf(character);
  return kanji >= 0 ? kanji : Number(character);
}

/** Fractions (3分の2, 三分の一, 半分, 半数) and whole multiples (2倍, 三倍) a Japanese text writes. */
export function japaneseRatios(text: string): RatioMention[] {
  const found: RatioMention[] = [];
  for (const m of text.matchAll(JA_FRACTION)) {
    const range = { start: m.index, end: m.index + m[0].length };
    if (m[1] && m[2]) found.push({ kind: 'fraction', numerator: digitValue(m[2]), denominator: digitValue(m[1]), range });
    else found.push({ kind: 'fraction', numerator: 1, denominator: 2, range });
  }
  for (const m of text.matchAll(JA_ONE_IN)) {
    const count = m[1] ?? '';
    const denominator = /^\d+$/.test(count) ? Number(count) : digitValue(count);
    found.push({ kind: 'fraction', numerator: 1, denominator, range: { start: m.index, end: m.index + m[0].length }, counter: m[2] ?? '' });
  }
  for (const m of text.matchAll(JA_MULTIPLE)) {
    found.push({ kind: 'multiple', numerator: digitValue(m[1] ?? ''), denominator: 1, range: { start: m.index, end: m.index + m[0].length } });
  }
  return found;
}

function mentionsIn(segments: readonly Segment[], read: (text: string) => RatioMention[]): RatioMention[] {
  return segments.flatMap((segment) =>
    segment.pieces.flatMap((piece) => read(piece.text).map((m) => ({ ...m, range: { start: m.range.start + piece.start, end: m.range.end + piece.start } }))),
  );
}

/** Multiples the quantity readers see: in figures (3x, 3 times), or in words (three times, tenfold). */
const OTHER_MULTIPLE = /\b\d+(?:\.\d+)?\s*x\b|\btimes\b|\w-?fold\b/i;

const valueOf = (m: RatioMention): number => m.numerator / m.denominator;

/** The source's value the Japanese way: 半分, 3分の2, 2倍; one in N with the counter the translation wrote (5人に1人). */
function japaneseRatio(m: RatioMention, written: RatioMention): string {
  if (m.kind === 'multiple') return `${m.numerator}倍`;
  if (written.counter && m.numerator === 1) return `${m.denominator}${written.counter}に1${written.counter}`;
  return m.numerator * 2 === m.denominator ? '半分' : `${m.denominator}分の${m.numerator}`;
}

export function fractionSlips(alignment: Alignment, code: string): Finding[] {
  const findings: Finding[] = [];
  for (const pair of checkedPairs(alignment)) {
    const source = mentionsIn(pair.source, englishRatios);
    if (source.length === 0) continue;
    const target = mentionsIn(pair.target, japaneseRatios);
    for (const kind of ['fraction', 'multiple'] as const) {
      const said = source.filter((m) => m.kind === kind);
      const written = target.filter((m) => m.kind === kind);
      const unwritten = said.filter((s) => !written.some((w) => valueOf(w) === valueOf(s)));
      const unsaid = written.filter((w) => !said.some((s) => valueOf(w) === valueOf(s)));
      // One the source says and the translation does not, one the translation writes in its place: nothing else to pair it with.
      const right = unwritten[0];
      const wrong = unsaid[0];
      if (unwritten.length !== 1 || unsaid.length !== 1 || !right || !wrong) continue;
      // Another multiple of the source (3x, three times, tenfold) is the quantity readers' to pair: the 倍 may be its.
      if (kind === 'multiple' && OTHER_MULTIPLE.test(pair.source.map((s) => s.text).join(' '))) continue;
      const sourceWords = alignment.sourceText.slice(right.range.start, right.range.end);
      const replacement = japaneseRatio(right, wrong);
      findings.push(
        pairFinding(
          {
            code,
            range: wrong.range,
            message: t('The source says "{0}": 「{1}」 should be 「{2}」', sourceWords, targetSlice(pair, wrong.range), replacement),
            confidence: 0.85 * Math.min(1, pair.confidence + 0.1),
            explanation: {
              problem: t('This number differs from the aligned source sentence.'),
              reasons: [t('The source sentence (line {0}) says "{1}".', alignment.sourceSpan(pair).line + 1, sourceWords)],
            },
            replacements: [replacement],
          },
          pair,
          alignment,
          right.range,
        ),
      );
    }
  }
  return findings;
}
