/**
 * Quantities off by a power of ten, judged by what they count rather than by a published figure: the
 * slips of 万/億/兆 and of "billion" converted as 億 that leave a value no real one of its kind comes near,
 * or that contradict another figure of the same sentence or passage.
 *
 * Contract: a number (digits with 万/億/兆) is flagged, with the number rewritten as the fix,
 * - when it is outside the range its kind of quantity falls in (quantity-ranges.yaml: users, people,
 *   parameters, GPUs, a valuation, an amount raised…, known by its unit, the word just before or after it
 *   and words its sentence must write, such as the owner of a market value): a warning where the limit is
 *   a hard one (more users than people on Earth), information otherwise; the fix is the slip that brings
 *   it where such values typically lie, else within the range. A range in a base unit (`measure`: W, B/s,
 *   FLOPS…) reads the figure with whatever SI prefix it is written (1.2ペタバイト毎秒 for an HBM stack). A kind
 *   that needs its subject in the sentence (CoWoS, a campus) takes it from the two sentences before when the
 *   sentence names no subject of its own (a question's, 「最初の200ギガワットは」: a lower confidence), or from
 *   the story when the document writes it three times or more (information);
 * - when a parameter count differs by a power of ten from the size in a model's name in the same sentence
 *   (「700億パラメータ」 beside Llama 3 8B… but 80億 for 8B): a warning;
 * - when a process node in nanometres differs by a power of ten from the node named in the sentence
 *   (「20ナノ」 beside N2): a warning;
 * - when a model's active parameters in one sentence are more than its total (「総パラメータ1億、アクティブは320億」):
 *   information on the total;
 * - when an amount raised and a valuation in one sentence cannot both be right (a round above the
 *   valuation, or under 1% of it, compared at a middling exchange rate when their currencies differ): information
 *   on both when they are in one currency, each with the fix that makes it fit the other, since which of the two
 *   slipped is not certain (only on the one written in 万 when the other is not: a round or a valuation under ten
 *   million is rare beside the other; only on the valuation in two currencies, where the currency may be the slip);
 * - when the sentence relates two figures and they contradict it (「AからBに、4倍」 with B far from 4×A, a growth
 *   to a far smaller B, a part 「AのうちB」 larger than A: statedRatios.ts): information on B;
 * - when the passage gives the same figure more precisely at another power of ten (「24.45億ウォン」 beside
 *   「24兆4489億ウォン」): a warning.
 * The fix moves the number by the smallest power of ten that brings it into place; when none does, there
 * is no fix. A measure whose kind's range says its unit slipped (40GW for a site, 28マイクロ for a node) is
 * fixed on the unit: the same unit with the SI prefix, fewest steps away, that brings it into range (40MW). A vague number (「数十億基」) is judged by all the values it may stand for, and its fix moves
 * the magnitude word one step (数十万基). A count with no unit below its kind's range (a small model's parameters)
 * is information with no fix. A unit followed by 時間 (20億GPU時間) is time spent, not the unit (GPUs).
 */
import { CONVERSION_BETWEEN } from '../amounts';
import { formatJapaneseFigure } from '../bilingual/japaneseNumerals';
import type { DetectorContext } from '../context';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import { formatJapaneseNumber, japaneseCurrencyNames, japaneseQuantities, type Quantity } from '../bilingual/quantities';
import type { QuantityRange } from '../knowledge/rules';
import { SCALE_STEP, shiftedScale, vagueQuantities, type VagueQuantity } from './vagueQuantities';
import { unitPrefixFix } from './unitPrefixSlip';
import { statedRatioSlips } from './statedRatios';
import { t } from '../l10n';
import { listedKey } from '../documentWords';
import type { Finding } from '../types';
import type { Detector } from './detector';

const CODE = 'implausible-quantity';
/** How far before or after a number the word saying what it counts may be (「評価額は約」, 「を追加で調達」). */
const CUE_WINDOW = 8;
/** Powers of ten a slip moves a number by, likeliest first: billion as 億 (10), 万 for 億 (10^4), thousand for million. */
const SLIPS = [10, 1e4, 1e3, 100, 1e8];
/** The slips of a Latin letter of scale (K, M, B): one letter or two. */
const LATIN_SLIPS = [1e3, 1e6];

interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly quantities: readonly Quantity[];
}

interface Judgement {
  readonly quantity: Quantity;
  readonly value: number | undefined;
  readonly confidence: number;
  readonly reasons: readonly string[];
  /** The unit rather than the number is suspect (40GW for a site of 40MW). */
  readonly unitSlip?: boolean;
  /** The fix as text, where it is not a number (数十万 for 数十億). */
  readonly replacement?: string;
  /** The unit as written and what it should be (GW → MW), when the unit rather than the number is fixed. */
  readonly unitFix?: { readonly range: { readonly start: number; readonly end: number }; readonly replacement: string };
}

export const implausibleQuantity: Detector = {
  code: CODE,
  description:
    'Numbers off by a power of ten for what they count: more users than people, a round above its valuation, 700億 parameters for an 8B model, 20 nm for N2, a figure the passage gives at another magnitude.',
  detect(doc, context) {
    const text = doc.flow.text;
    const every = japaneseQuantities(text, japaneseCurrencyNames(context.kb.currencies));
    const quantities = every.filter((q) => isScaledOrLarge(text, q));
    const judged = new Map<Quantity, Judgement>();
    const judge = (judgement: Judgement | undefined): void => {
      if (judgement && !judged.has(judgement.quantity)) judged.set(judgement.quantity, judgement);
    };
    const bySentence = sentencesOf(text, quantities);
    for (const sentence of bySentence) {
      for (const judgement of modelSizeSlips(text, sentence)) judge(judgement);
      for (const judgement of processNodeSlips(text, sentence)) judge(judgement);
    }
    // A range with a lower limit judges small numbers too (月2000ドル); the other checks need a scale or a large number.
    const everyBySentence = sentencesOf(text, every);
    for (const sentence of everyBySentence) {
      for (const quantity of sentence.quantities) judge(outOfRange(text, sentence, quantity, context, isScaledOrLarge(text, quantity)));
    }
    for (const sentence of everyBySentence) for (const judgement of statedRatioSlips(text, sentence.quantities, sentence.end)) judge(judgement);
    const vague = vagueQuantities(text, japaneseCurrencyNames(context.kb.currencies));
    for (const sentence of sentencesOf(
      text,
      vague.map((v) => v.quantity),
    )) {
      for (const item of vague) if (sentence.quantities.includes(item.quantity)) judge(vagueOutOfRange(text, sentence, item, context));
    }
    for (const sentence of roundAndValuationPassages(text, quantities))
      for (const judgement of roundAgainstValuation(text, sentence, context)) judge(judgement);
    for (const sentence of bySentence) judge(activeAboveTotal(text, sentence));
    for (const sentence of bySentence) judge(upfrontAgainstTotal(text, sentence, context));
    for (const judgement of roundedRepeats(text, quantities)) judge(judgement);
    for (const judgement of conversionSlips(text, quantities, context)) judge(judgement);
    const findings: Finding[] = [];
    for (const { quantity, value, confidence, reasons, unitSlip, replacement: asText, unitFix } of judged.values()) {
      const written = text.slice(quantity.numberRange.start, quantity.numberRange.end);
      if (unitFix) {
        const measure = text.slice(quantity.numberRange.start, unitFix.range.end);
        findings.push(
          makeFinding({
            code: CODE,
            range: flowRange(doc.flow, unitFix.range.start, unitFix.range.end),
            message: t(
              '「{0}」 is off by a power of ten for what it measures: probably {1} (the unit’s prefix slipped)',
              measure,
              written + unitFix.replacement,
            ),
            confidence,
            explanation: { problem: t('The magnitude of this number does not fit what it counts.'), reasons },
            replacements: [unitFix.replacement],
          }),
        );
        continue;
      }
      const replacement = asText ?? (value === undefined ? undefined : writeLike(written, value));
      findings.push(
        makeFinding({
          code: CODE,
          range: flowRange(doc.flow, quantity.numberRange.start, quantity.numberRange.end),
          message: unitSlip
            ? t('「{0}」 is off by a power of ten for what it measures: probably its unit slipped (メガ for キロ, ギガ for メガ, センチ for ミリ)', written)
            : replacement
              ? t('「{0}」 is probably {1}: the number is off by a power of ten (万, 億 and 兆, or billion and million, slipped)', written, replacement)
              : t('「{0}」 is probably off by a power of ten (万, 億 and 兆, or billion and million, slipped)', written),
          confidence,
          explanation: { problem: t('The magnitude of this number does not fit what it counts.'), reasons },
          replacements: replacement ? [replacement] : [],
        }),
      );
    }
    return findings;
  },
};

/** Numbers worth judging: with 万/億/兆, or of four digits and more (「1000人」), or a process node. */
function isScaledOrLarge(text: string, quantity: Quantity): boolean {
  const written = text.slice(quantity.numberRange.start, quantity.numberRange.end);
  return /[万億兆]/.test(written) || quantity.value >= 1000 || /^\s?(?:ナノ|nm)/.test(text.slice(quantity.numberRange.end));
}

/**
 * The sentences of a text, each with the quantities inside it, as a speaker says them: a line break ends one
 * only after 。！？, before a blank line or a new speaker's turn (a caption line that ends mid-phrase runs on:
 * 「シリーズAで⏎35億ドルを調達」 is one sentence); a speaker's label (「ホストB：」) ends one too.
 */
function sentencesOf(text: string, quantities: readonly Quantity[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let at = 0; at <= text.length; at++) {
    // Most characters end nothing: only those SPOKEN_END starts with and line breaks are read further.
    if (at < text.length && !MAY_END_SENTENCE.has(text.charCodeAt(at))) continue;
    const ch = text[at] ?? '';
    const lineEnds =
      ch === '\n' &&
      (SPOKEN_END.test(text.slice(start, at).trimEnd().slice(-1)) ||
        text[at + 1] === '\n' ||
        TURN_START.test(text.slice(at + 1, at + 16)) ||
        FINAL_FORM.test(text.slice(Math.max(start, at - 8), at).trimEnd()));
    if (at < text.length && !SPOKEN_END.test(text.slice(at, at + 2)) && !lineEnds && !(ch === '\n' && text.slice(start, at).trim() === '')) continue;
    const inside = quantities.filter((q) => q.numberRange.start >= start && q.numberRange.end <= at);
    sentences.push({ start, end: at, quantities: inside });
    start = at + 1;
  }
  return sentences;
}

/** What ends a sentence as a speaker says it (a speaker's label 「ホストB：」 too); a line break alone does not (a caption line ends mid-phrase). */
const SPOKEN_END = /^(?:[。！？!?：]|:(?![0-9]))/;
/**
 * A caption line that ends as a sentence does, though unpunctuated (「帯域が倍になりました」, 「強気な数字です」): speech
 * recognition often writes no 。, and a whole talk would otherwise be one sentence.
 */
const FINAL_FORM = /(?:です|ます|ました|でした|ません|でしょう)(?:ね|よ|よね)?$/;
/** The characters SPOKEN_END starts with, and the line break: no other character can end a sentence. */
const MAY_END_SENTENCE: ReadonlySet<number> = new Set([...'。！？!?：:\n'].map((ch) => ch.charCodeAt(0)));
/** A line that starts a speaker's turn (「ホストB：」, 「――」): the turn before it has ended. */
const TURN_START = /^(?:[^\n：:。、]{1,12}[：:]|[―ー-]{2})/;

/**
 * The sentences a round and its valuation are compared in: sentences as a speaker says them, a line break
 * ending one only after 。！？, before a blank line or a new speaker's turn (「23億ドル調達で、⏎評価額が…」 is one);
 * and a sentence with a valuation but no round taken with the sentence just before it, which says the round
 * (「シリーズBで…を調達しました。その時の評価額が…」).
 */
function roundAndValuationPassages(text: string, quantities: readonly Quantity[]): Sentence[] {
  const sentences = sentencesOf(text, quantities);
  const passages: Sentence[] = [];
  const said = sentences.filter((sentence) => text.slice(sentence.start, sentence.end).trim() !== '');
  said.forEach((sentence, i) => {
    const before = said[i - 1];
    if (sentence.quantities.length === 0) return;
    passages.push(sentence);
    // The sentence before, ended by a full stop (not a speaker's label: another turn).
    if (before && before.quantities.length > 0 && !/[：:]/.test(text[before.end] ?? '') && text.slice(before.end + 1, sentence.start).trim() === '')
      passages.push({ start: before.start, end: sentence.end, quantities: [...before.quantities, ...sentence.quantities] });
  });
  return passages;
}

/** The text right after a number, past its unit. */
const afterNumber = (text: string, quantity: Quantity): string => text.slice(quantity.numberRange.end, quantity.numberRange.end + 16);

/** SI prefixes of the units' canonical names (units.yaml: kW, GW, PB, Tb, EFLOPS), and the base unit after them (b: bits, a link's or a switch's bandwidth). */
const MEASURE_NAME = /^(E|P|T|G|M|k|K)?(Wh|W|B|b|FLOPS?)$/;
const PREFIX_SCALE: Readonly<Record<string, number>> = { E: 1e18, P: 1e15, T: 1e12, G: 1e9, M: 1e6, k: 1e3, K: 1e3 };
/** After a unit of data, what makes it a rate (ペタバイト毎秒, TB/s). */
const PER_SECOND = /^\s?(?:毎秒|\/s|\/秒|\/sec)/;
/** 「毎秒2テラバイト」: the rate said before the number, as speech says it. */
const PER_SECOND_BEFORE = /(?:毎秒|1秒あたり|一秒あたり)(?:約|最大|で)?\s?$/;

/** A measure's base unit as a range names it (W, Wh, B, B/s, b, FLOPS) and how many of it the written unit is. */
function measureOf(text: string, quantity: Quantity): { base: string; scale: number } | undefined {
  const parts = quantity.kind === 'measure' && quantity.unit ? MEASURE_NAME.exec(quantity.unit.name) : null;
  if (!parts || !quantity.unitRange) return undefined;
  const unit = parts[2] === 'FLOP' ? 'FLOPS' : (parts[2] ?? '');
  const rate =
    unit === 'B' &&
    (PER_SECOND.test(text.slice(quantity.unitRange.end, quantity.unitRange.end + 5)) ||
      PER_SECOND_BEFORE.test(text.slice(Math.max(0, quantity.numberRange.start - 6), quantity.numberRange.start)));
  return { base: rate ? 'B/s' : unit, scale: PREFIX_SCALE[parts[1] ?? ''] ?? 1 };
}

/** The value a range compares: the measure in its base unit, or the number as written. */
function valueFor(text: string, quantity: Quantity, range: QuantityRange): number {
  return range.measure ? quantity.value * (measureOf(text, quantity)?.scale ?? 1) : quantity.value;
}

/** Whether a range's unit is the quantity's: what it reads of the text after the number, read once for all the ranges. */
function unitMatcher(text: string, quantity: Quantity): (range: QuantityRange) => boolean {
  let measure: { base: string; scale: number } | undefined | null = null;
  let rest: string | undefined;
  return (range) => {
    if (range.measure) {
      if (measure === null) measure = measureOf(text, quantity);
      return measure?.base === range.measure;
    }
    if (range.currencies) return quantity.kind === 'money' && range.currencies.includes(quantity.currency ?? '');
    if (range.bare) return quantity.kind === 'count' && BARE_END.test(afterNumber(text, quantity));
    if (!range.units || quantity.kind === 'money') return false;
    const after = (rest ??= afterNumber(text, quantity).replace(/^\s/, '').replace(/^個の/, ''));
    // Watts are power; watt-hours (ギガワット時, GWh) are energy, another kind. Likewise a count of GPUs is not
    // GPU-hours (20億GPU時間): a unit followed by 時間 is a unit of time spent, matched only by a unit that says so.
    return range.units.some(
      (unit) => after.startsWith(unit) && !(/(?:ワット|W)$/.test(unit) && /^[時h]/.test(after.charAt(unit.length))) && !after.startsWith('時間', unit.length),
    );
  };
}

/** What may follow a count written with no unit: punctuation, a particle, or a word of approximation (「6710万で」, 「98万。」). */
const BARE_END = /^(?:$|[、。，,．.」』）)\s！？]|で|と|を|が|は|に|も|の(?![ァ-ヴー])|超|以上|程度|ほど|くらい|ぐらい|余り|強|弱)/;

/** A number of days, months or years (「1日で」, 「3月に」): a time, not another figure the cue could belong to. */
const TIME_EXPRESSION = /[0-9０-９]+(?:日|か月|カ月|ヶ月|月|年|週間|時間)/g;

function cueBefore(text: string, sentence: Sentence, quantity: Quantity, words: readonly string[]): boolean {
  const window = text.slice(Math.max(sentence.start, quantity.range.start - CUE_WINDOW - 6), quantity.range.start);
  return words.some((word) => {
    const at = window.lastIndexOf(word);
    // The cue belongs to this number only when no other number stands between them.
    return at >= 0 && !/[0-9０-９]/.test(window.slice(at + word.length).replace(TIME_EXPRESSION, ''));
  });
}

function cueAfter(text: string, sentence: Sentence, quantity: Quantity, words: readonly string[]): boolean {
  const window = text.slice(quantity.range.end, Math.min(sentence.end, quantity.range.end + CUE_WINDOW + 2));
  return words.some((word) => {
    const at = window.indexOf(word);
    return at >= 0 && !/[0-9０-９]/.test(window.slice(0, at));
  });
}

/** A range that fits a quantity, and where its subject was found: in the sentence, the two before it, or often in the document. */
interface FittingRange {
  readonly range: QuantityRange;
  readonly subject: 'sentence' | 'passage' | 'document';
  /** The word of its subject found outside the sentence, for the reason shown. */
  readonly cue?: string;
}

/** How often the document must write a kind's subject for a figure whose sentences name none to go with it. */
const STORY_SUBJECT_COUNT = 3;

/** The ranges whose unit and words fit a quantity in its sentence. */
function* rangesOf(text: string, sentence: Sentence, quantity: Quantity, context: DetectorContext, scaledOrLarge: boolean): Generator<FittingRange> {
  const sentenceText = text.slice(sentence.start, sentence.end);
  // Read only for a range whose subject the sentence does not name.
  let sentencesBeforeText: string | undefined;
  const unitMatches = unitMatcher(text, quantity);
  for (const range of context.rules.quantityRanges) {
    if (!scaledOrLarge && range.min === undefined && !range.unitSlip) continue;
    if (!unitMatches(range)) continue;
    if (range.before && !cueBefore(text, sentence, quantity, range.before)) continue;
    if (range.after && !cueAfter(text, sentence, quantity, range.after)) continue;
    if (range.unless?.some((word) => sentenceText.includes(word))) continue;
    if (!range.sentence || range.sentence.some((word) => sentenceText.includes(word))) {
      yield { range, subject: 'sentence' };
      continue;
    }
    // A sentence that names no subject of its own goes on with those before it (a question's subject, the
    // sentence before in a paragraph: 「HBMの帯域は？」「1スタックで2テラバイト毎秒です」), or with the story's
    // when the document writes it often (the turns of an interview are lines of their own).
    if (namesItsOwnSubject(sentenceText, range.before ?? [])) continue;
    const before = (sentencesBeforeText ??= sentencesBefore(text, sentence.start));
    if (range.unless?.some((word) => before.includes(word))) continue;
    const inPassage = range.sentence.find((word) => before.includes(word));
    const inStory = range.sentence.find((word) => context.wordCount(listedKey(word)) >= STORY_SUBJECT_COUNT);
    if (inPassage !== undefined) yield { range, subject: 'passage', cue: inPassage };
    else if (inStory !== undefined) yield { range, subject: 'document', cue: inStory };
  }
}

/** Why a figure is taken for a kind its own sentence does not name. */
function subjectReason(subject: FittingRange['subject'], cue: string | undefined): string[] {
  if (subject === 'passage') return [t('Its sentence names no subject of its own; the sentences before it speak of 「{0}」.', cue ?? '')];
  if (subject === 'document') return [t('Its sentence names no subject of its own; the document speaks of 「{0}」 throughout.', cue ?? '')];
  return [];
}

/** How far back the sentences before may reach: a question and its answer, a paragraph and the one after. */
const PASSAGE_REACH = 240;
const SENTENCES_BACK = 2;

/** The two sentences before one starting at `start`, over blank lines but not past a heading, nor further than PASSAGE_REACH. */
function sentencesBefore(text: string, start: number): string {
  const from = Math.max(0, start - PASSAGE_REACH);
  const before = text.slice(from, start);
  const heading = before.search(/\n#[^\n]*\n(?![\s\S]*\n#)/);
  const passage = heading >= 0 ? before.slice(before.indexOf('\n', heading + 1) + 1) : before;
  const sentences = passage.split(/(?<=[。！？!?\n])/).filter((sentence) => sentence.trim() !== '');
  return sentences.slice(-SENTENCES_BACK).join('');
}

/** Who or what a sentence is about, when it says so first with は or が (after a speaker's label): its own subject. */
const OWN_TOPIC = /^[^、。]{0,10}?[\u30A1-\u30FA\u30FC\u3400-\u9fffA-Za-z0-9]{2,}(?:は|が)/;
/** Topics that point back to what was said before: the first part, the rest, of which, it. */
const TOPIC_POINTING_BACK = /^[^、。]{0,4}?(?:最初|残り|うち|次|それ|これ|その|この|同社|同国|同施設)/;

/**
 * A topic that is the figure's own cue (「通期の売上高は」, 「評価額が」) says what is measured, not whose it is: the
 * owner is still to be found before the sentence (an earnings call's company, said lines earlier).
 */
function namesItsOwnSubject(sentence: string, cues: readonly string[]): boolean {
  const said = sentence.replace(/^\s*[^：:。、\s]{1,12}[：:]/, '');
  const topic = OWN_TOPIC.exec(said)?.[0];
  if (topic === undefined || TOPIC_POINTING_BACK.test(said)) return false;
  const word = topic.slice(0, -1).trim();
  // A cue is written with its particle (「乗車が」): the topic 「累計の乗車」 is the cue still.
  return !cues.some((cue) => word.endsWith(cue) || word.endsWith(cue.replace(/(?:は|が|を|で|の)$/, '')));
}

function rangeReasons(range: QuantityRange, tooLarge: boolean): string[] {
  return [
    t('As {0} it is {1}: {2}', range.about, tooLarge ? t('too large') : t('too small'), range.why),
    t('Translation and speech recognition often slip 万, 億 and 兆, or convert a billion as 億.'),
  ];
}

function outOfRange(text: string, sentence: Sentence, quantity: Quantity, context: DetectorContext, scaledOrLarge: boolean): Judgement | undefined {
  const fitting = [...rangesOf(text, sentence, quantity, context, scaledOrLarge)];
  for (const { range, subject, cue } of fitting) {
    // A subject found outside the sentence is less sure: the passage's lowers a sure limit to a likely one, the story's to information.
    const confidence = subject === 'document' ? 0.5 : subject === 'passage' ? (range.sure ? 0.6 : 0.55) : range.sure ? 0.75 : 0.55;
    const whose = subjectReason(subject, cue);
    const measured = valueFor(text, quantity, range);
    const tooLarge = measured > range.max;
    const tooSmall = range.min !== undefined && measured < range.min;
    if (!tooLarge && !tooSmall) continue;
    // A Latin letter of scale (256Mトークン) slips to another letter: a thousand or a million times.
    const slips = /[KkMB]$/.test(text.slice(quantity.numberRange.start, quantity.numberRange.end)) ? LATIN_SLIPS : SLIPS;
    const candidates = slips.map((slip) => (tooLarge ? quantity.value / slip : quantity.value * slip));
    const within = (v: number, min: number | undefined, max: number): boolean => v <= max && (min === undefined || v >= min);
    // A measure out of range by a unit's step is more likely a wrong unit than a wrong number: the fix is on the unit, if any.
    if (range.unitSlip) {
      const unitFix = unitPrefixSlip(text, quantity, range);
      return {
        quantity,
        value: undefined,
        unitSlip: true,
        ...(unitFix ? { unitFix } : {}),
        confidence,
        reasons: [...rangeReasons(range, tooLarge), ...whose],
      };
    }
    // The fix must fit every kind the figure is of, not only the first one it breaks (20兆 parameters of a small
    // model: not 2兆, which a language model may have, but 20億, which a small one may).
    // Only kinds its own sentence names: one taken from the passage or the story may be of another figure.
    const fitsEvery = (v: number): boolean =>
      fitting.every(
        ({ range: other, subject: where }) => where !== 'sentence' || other.unitSlip === true || other.measure !== undefined || within(v, other.min, other.max),
      );
    // A count with no unit that is too small may be a small model's (T5-Small's 6000万): which slip, if any, is not
    // known, so it is information without a fix.
    if (range.bare && tooSmall) return { quantity, value: undefined, confidence: 0.5, reasons: [...rangeReasons(range, tooLarge), ...whose] };
    const allowed = candidates.some(fitsEvery) ? candidates.filter(fitsEvery) : candidates;
    const value =
      allowed.find((v) => range.typical !== undefined && within(v, range.typical.min, range.typical.max)) ??
      allowed.find((v) => within(v, range.min, range.max));
    return { quantity, value, confidence, reasons: [...rangeReasons(range, tooLarge), ...whose] };
  }
  return undefined;
}

/** The unit of a measure written right after its number (the range's unit it starts with), with the prefix that fits the range. */
function unitPrefixSlip(text: string, quantity: Quantity, range: QuantityRange): Judgement['unitFix'] {
  const measure = range.measure ? measureOf(text, quantity) : undefined;
  if (measure && quantity.unitRange) {
    // The range is in the base unit: its limits in the unit as written.
    const inWritten = (limits: { readonly min?: number; readonly max: number } | undefined) =>
      limits && { max: limits.max / measure.scale, ...(limits.min === undefined ? {} : { min: limits.min / measure.scale }) };
    const unit = text.slice(quantity.unitRange.start, quantity.unitRange.end);
    const replacement = unitPrefixFix(unit, quantity.value, inWritten(range.typical), inWritten(range));
    return replacement ? { range: quantity.unitRange, replacement } : undefined;
  }
  const after = text.slice(quantity.numberRange.end);
  const gap = /^\s?/.exec(after)?.[0].length ?? 0;
  const unit = [...(range.units ?? [])].sort((a, b) => b.length - a.length).find((u) => after.startsWith(u, gap));
  if (!unit) return undefined;
  const replacement = unitPrefixFix(unit, quantity.value, range.typical, range);
  if (!replacement) return undefined;
  const start = quantity.numberRange.end + gap;
  return { range: { start, end: start + unit.length }, replacement };
}

/**
 * A vague number (数十億基) none of whose values fits its kind's range: information, with the magnitude word
 * moved one step (数十万基) when that brings it into the range.
 */
function vagueOutOfRange(text: string, sentence: Sentence, vague: VagueQuantity, context: DetectorContext): Judgement | undefined {
  for (const { range, subject } of rangesOf(text, sentence, vague.quantity, context, true)) {
    if (subject === 'document') continue;
    // A vague measure's values are in its written unit; ranges in a base unit judge exact figures only.
    if (range.measure) continue;
    const tooLarge = vague.low > range.max;
    const tooSmall = range.min !== undefined && vague.high < range.min;
    if (!tooLarge && !tooSmall) continue;
    const shifted = shiftedScale(vague.scaleWord, tooSmall);
    const factor = tooSmall ? SCALE_STEP : 1 / SCALE_STEP;
    const fits = shifted !== undefined && vague.low * factor <= range.max && (range.min === undefined || vague.high * factor >= range.min);
    const written = text.slice(vague.quantity.numberRange.start, vague.quantity.numberRange.end);
    return {
      quantity: vague.quantity,
      value: undefined,
      replacement: fits ? written.slice(0, -1) + shifted : undefined,
      confidence: 0.55,
      reasons: rangeReasons(range, tooLarge),
    };
  }
  return undefined;
}

/** A value is `other` moved by one of the slips (either way), exactly. */
function slipBetween(value: number, other: number): boolean {
  return SLIPS.some((slip) => Math.abs(value * slip - other) < 1e-6 * other || Math.abs(value / slip - other) < 1e-6 * other);
}

const PARAMETER_UNIT = /^\s?(?:個の)?パラメー?タ/;
const PARAMETER_BEFORE = /パラメー?タ(?:数|の数)?(?:は|が|を)?(?:約|およそ)?$/;
/** A model's size in its name: "Llama 3.1 405B", "gpt-oss-120b", "Mistral 7B" (not "8x7B", not active parameters "A22B", not "$5B"). */
const MODEL_SIZE = /(?<![A-Za-z0-9$＄x×.])(?<![A-Za-z][0-9.]*)(\d+(?:\.\d+)?)\s?([BbT])(?![A-Za-z0-9])/g;
const SIZE_SCALE: Record<string, number> = { B: 1e9, b: 1e9, T: 1e12 };

function modelSizeSlips(text: string, sentence: Sentence): Judgement[] {
  const sentenceText = text.slice(sentence.start, sentence.end);
  const sizes = new Set<number>();
  for (const match of sentenceText.matchAll(MODEL_SIZE)) {
    const before = sentenceText.slice(0, match.index);
    // A size belongs to a model name: written after a name ("Llama 3 8B", "gpt-oss-120b", 「ミストラル7B」), not an amount ("5B dollars").
    if (!/[A-Za-z][A-Za-z0-9.]*[\s-]$|[A-Za-z][\w.]*[\s-][0-9.]+[\s-]?$|[ァ-ヴー]{3,}[\s・-]?$/.test(before)) continue;
    sizes.add(Number(match[1]) * (SIZE_SCALE[match[2] ?? ''] ?? 1));
  }
  if (sizes.size === 0) return [];
  const judgements: Judgement[] = [];
  for (const quantity of sentence.quantities) {
    if (quantity.kind === 'money') continue;
    const isParameters =
      PARAMETER_UNIT.test(afterNumber(text, quantity)) ||
      PARAMETER_BEFORE.test(text.slice(Math.max(sentence.start, quantity.range.start - 12), quantity.range.start));
    if (!isParameters || sizes.has(quantity.value)) continue;
    const matching = [...sizes].filter((size) => slipBetween(quantity.value, size));
    if (matching.length !== 1) continue;
    const size = matching[0] as number;
    judgements.push({
      quantity,
      value: size,
      confidence: 0.78,
      reasons: [t('The model named in the same sentence has {0} parameters by its name.', formatJapaneseNumber(size))],
    });
  }
  return judgements;
}

const TOTAL_PARAMETERS = /(?:総パラメー?タ(?:数)?|パラメー?タ(?:数)?の総数|全体のパラメー?タ(?:数)?|総数)(?:は|が)?(?:約|およそ)?$/;
const ACTIVE_PARAMETERS = /(?:アクティブ|活性|稼働)(?:パラメー?タ)?(?:数)?(?:は|が)?(?:約|およそ)?$/;

/**
 * A mixture of experts' active parameters above its total (「総パラメータ1億、アクティブは320億」): a part larger
 * than its whole. The total is suspected (it is the large one that slips to 億 from 兆), moved by the smallest
 * slip that puts the active share between 1% and 50%.
 */
function activeAboveTotal(text: string, sentence: Sentence): Judgement | undefined {
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (!/パラメー?タ/.test(sentenceText)) return undefined;
  const before = (q: Quantity): string => text.slice(Math.max(sentence.start, q.range.start - 12), q.range.start);
  const counts = sentence.quantities.filter((q) => q.kind === 'count');
  const total = counts.find((q) => TOTAL_PARAMETERS.test(before(q)));
  const active = counts.find((q) => q !== total && ACTIVE_PARAMETERS.test(before(q)));
  if (!total || !active || active.value <= total.value) return undefined;
  const value = SLIPS.map((slip) => total.value * slip).find((v) => active.value / v >= 0.01 && active.value / v <= 0.5);
  return {
    quantity: total,
    value,
    confidence: 0.6,
    reasons: [
      t('The active parameters given in the same sentence ({0}) are more than this total.', formatJapaneseNumber(active.value)),
      t('Which of the two numbers slipped is not certain: check the source.'),
    ],
  };
}

/** Process nodes by name: TSMC N3/N2, Samsung SF2, Intel 18A/20A/14A, each with its nanometres. */
const NODE_NAMES = /(?<![A-Za-z0-9])(?:N|SF)(\d)(?:[PEXA](?![A-Za-z0-9]))?(?![0-9A-Za-z])|(?<![A-Za-z0-9])(1[48]|20)A(?![A-Za-z0-9])/g;
const NANOMETRES = /^\s?(?:ナノメートル|ナノメーター|ナノ|nm)/;

function processNodeSlips(text: string, sentence: Sentence): Judgement[] {
  const sentenceText = text.slice(sentence.start, sentence.end);
  const nodes = new Set<number>();
  for (const match of sentenceText.matchAll(NODE_NAMES)) nodes.add(match[1] ? Number(match[1]) : Number(match[2]) / 10);
  if (nodes.size === 0) return [];
  const judgements: Judgement[] = [];
  for (const quantity of sentence.quantities) {
    if (!NANOMETRES.test(afterNumber(text, quantity)) || nodes.has(quantity.value)) continue;
    const matching = [...nodes].filter((node) => Math.abs(quantity.value / node - 10) < 1e-6 || Math.abs(node / quantity.value - 10) < 1e-6);
    if (matching.length !== 1) continue;
    judgements.push({
      quantity,
      value: matching[0],
      confidence: 0.78,
      reasons: [t('The process node named in the same sentence is the {0} nm generation.', String(matching[0]))],
    });
  }
  return judgements;
}

const UPFRONT_BEFORE = ['一時金', '契約一時金', '前払い金', '前払金', 'アップフロント'];
const DEAL_TOTAL_BEFORE = ['最大', '最大で', '総額', '総額で', '総額は', '合計で', '最大総額'];
/** A deal's most (upfront and milestones) over its upfront payment: below one it cannot be, above this it is never reported. */
const MOST_OVER_UPFRONT = 300;
/** Where that ratio usually lies (an upfront payment of a few per cent of the headline value): the fix of a most below the upfront aims here. */
const USUAL_MOST_OVER_UPFRONT = 30;

/**
 * A licensing deal's upfront payment and its most (with milestones) in one sentence (「一時金3750万ドル、最大1200万ドル」):
 * the most includes the upfront, so it cannot be less, and a headline value more than 300 times the upfront is not
 * reported either. In two currencies the ratio must be off read at the exchange rate and read as one currency too
 * (the currency, rather than the magnitude, may have slipped). The most is suspected (the upfront is the figure said first and plainly), information:
 * below the upfront, with the slip that brings it to about thirty times the upfront; far above it, with no fix (which
 * slip, if any, is a guess).
 */
function upfrontAgainstTotal(text: string, sentence: Sentence, context: DetectorContext): Judgement | undefined {
  const money = sentence.quantities.filter((q) => q.kind === 'money');
  const upfront = money.find((q) => cueBefore(text, sentence, q, UPFRONT_BEFORE));
  const most = money.find((q) => q !== upfront && cueBefore(text, sentence, q, DEAL_TOTAL_BEFORE));
  if (!upfront || !most || most.range.start < upfront.range.start) return undefined;
  const rate = exchangeRate(upfront.currency, most.currency, context);
  if (rate === undefined) return undefined;
  const ratio = most.value / (upfront.value * rate);
  const fits = (r: number): boolean => r >= 1 && r <= MOST_OVER_UPFRONT;
  // In two currencies the currency may be the slip (4500万円 for 4500万ドル): only a ratio off in either reading is a magnitude.
  if (fits(ratio) || (rate !== 1 && fits(most.value / upfront.value))) return undefined;
  const distance = (slip: number): number => Math.abs(Math.log10((ratio * slip) / USUAL_MOST_OVER_UPFRONT));
  const slip = [10, 100, 1000, 1e4, 0.1, 0.01, 0.001, 1e-4]
    .filter((s) => ratio * s >= 2 && ratio * s <= 200 && ratio < 1 === s > 1)
    .sort((a, b) => distance(a) - distance(b))[0];
  return {
    quantity: most,
    // Below the upfront the most cannot be, and the slip that lifts it is the fix; far above it is only unusual,
    // and which slip brings it back is a guess (10億 for 1億 beside 200万 upfront): no fix.
    value: slip === undefined || ratio > 1 ? undefined : most.value * slip,
    confidence: ratio < 1 ? 0.6 : 0.5,
    reasons: [
      ratio < 1
        ? t(
            'The upfront payment given in the same sentence ({0}) is more than this amount, which includes it.',
            text.slice(upfront.range.start, upfront.range.end),
          )
        : t(
            'This amount is more than {0} times the upfront payment given in the same sentence ({1}); deals are reported at a few to a hundred times it.',
            String(MOST_OVER_UPFRONT),
            text.slice(upfront.range.start, upfront.range.end),
          ),
      t('Which of the two numbers slipped is not certain: check the source.'),
    ],
  };
}

const VALUATION_BEFORE = ['評価額', '企業価値', '時価総額', 'バリュエーション'];
const RAISED_AFTER = ['調達', '出資を受け', 'を集め', '集めた'];

function roundAgainstValuation(text: string, sentence: Sentence, context: DetectorContext): Judgement[] {
  const money = sentence.quantities.filter((q) => q.kind === 'money');
  const valuation = money.find((q) => cueBefore(text, sentence, q, VALUATION_BEFORE));
  const raised = money.find((q) => q !== valuation && cueAfter(text, sentence, q, RAISED_AFTER) && !cueBefore(text, sentence, q, VALUATION_BEFORE));
  if (!valuation || !raised) return [];
  // A round in another currency (7億5000万ユーロ beside a valuation in dollars) is compared at a middling exchange rate.
  const rate = exchangeRate(raised.currency, valuation.currency, context);
  if (rate === undefined) return [];
  const share = (raised.value * rate) / valuation.value;
  if (share >= 0.01 && share <= 1) return [];
  // Which of the two slipped: the one written in 万 (a round or a valuation under ten million is rare
  // beside the other); else, in one currency, either may have, and both are shown, each with the fix that makes
  // it fit the other. In two currencies the currency is as likely the slip: the valuation, as before.
  const small = (q: Quantity): boolean => q.value < 1e7;
  const suspects =
    small(raised) && !small(valuation) ? [raised] : small(valuation) || raised.currency !== valuation.currency ? [valuation] : [valuation, raised];
  const reason =
    share > 1
      ? t('The amount raised in the same sentence is larger than the valuation.')
      : t('The amount raised in the same sentence is under 1% of the valuation; a round is usually a few to a few tens of per cent of it.');
  return suspects.map((suspect) => {
    // Moved by the smallest slip that makes the round between 1% and 50% of the valuation.
    const fits = (v: number): boolean => {
      const moved = suspect === raised ? (v * rate) / valuation.value : (raised.value * rate) / v;
      return moved >= 0.01 && moved <= 0.5;
    };
    const up = (suspect === raised) === share < 0.01;
    const value = SLIPS.map((slip) => (up ? suspect.value * slip : suspect.value / slip))
      .sort((a, b) => Math.abs(Math.log10(a / suspect.value)) - Math.abs(Math.log10(b / suspect.value)))
      .find(fits);
    return {
      quantity: suspect,
      value,
      confidence: suspects.length > 1 ? 0.55 : 0.6,
      reasons: [reason, t('Which of the two numbers slipped is not certain: check the source.')],
    };
  });
}

/** Units of `to` per unit of `from`, at the middle of the table's range (directly, inversely, or through dollars). */
function exchangeRate(from: string | undefined, to: string | undefined, context: DetectorContext): number | undefined {
  if (from === undefined || to === undefined) return undefined;
  if (from === to) return 1;
  const direct = (a: string, b: string): number | undefined => {
    const rate = context.rules.conversions.find((c) => c.from === a && c.to === b);
    if (rate) return Math.sqrt(rate.min * rate.max);
    const inverse = context.rules.conversions.find((c) => c.from === b && c.to === a);
    return inverse ? 1 / Math.sqrt(inverse.min * inverse.max) : undefined;
  };
  const once = direct(from, to);
  if (once !== undefined) return once;
  const toDollars = direct(from, 'USD');
  const fromDollars = direct('USD', to);
  return toDollars !== undefined && fromDollars !== undefined ? toDollars * fromDollars : undefined;
}

/** Significant digits and the place of the last one (24.45億: 2445, 10^6). */
function precision(text: string, quantity: Quantity): { digits: string; step: number } | undefined {
  const written = text.slice(quantity.numberRange.start, quantity.numberRange.end).normalize('NFKC').replace(/,/g, '');
  const match = /^(\d+)(?:\.(\d+))?([万億兆])$/.exec(written);
  if (!match) return undefined;
  const scale = { 万: 1e4, 億: 1e8, 兆: 1e12 }[match[3] as '万' | '億' | '兆'];
  const decimals = match[2]?.length ?? 0;
  const digits = `${match[1]}${match[2] ?? ''}`.replace(/^0+/, '');
  return { digits: digits.replace(/0+$/, ''), step: scale / 10 ** decimals };
}

/** A rounded figure (3+ significant digits) that is a more precise figure of the passage at another power of ten. */
function roundedRepeats(text: string, quantities: readonly Quantity[]): Judgement[] {
  const judgements: Judgement[] = [];
  for (const rounded of quantities) {
    const written = precision(text, rounded);
    if (!written || written.digits.length < 3) continue;
    for (const precise of quantities) {
      if (precise === rounded || precise.kind !== rounded.kind || precise.currency !== rounded.currency) continue;
      const slip = SLIPS.flatMap((s) => [s, 1 / s]).find((s) => {
        const moved = rounded.value * s;
        return Math.abs(moved - precise.value) <= (written.step * s) / 2 && Math.abs(moved - precise.value) > 1e-9 * precise.value;
      });
      if (slip === undefined) continue;
      judgements.push({
        quantity: rounded,
        value: rounded.value * slip,
        confidence: 0.75,
        reasons: [
          t('The same passage gives this figure more precisely as 「{0}」, at another power of ten.', text.slice(precise.range.start, precise.range.end)),
        ],
      });
      break;
    }
  }
  return judgements;
}

/**
 * An amount followed by itself in another currency (「400億ドル（約6兆円）」) at a rate off by a power of ten:
 * one of the two slipped, which one is not known, so both are information, each with its own fix.
 */
function conversionSlips(text: string, quantities: readonly Quantity[], context: DetectorContext): Judgement[] {
  const judgements: Judgement[] = [];
  const money = quantities.filter((q) => q.kind === 'money');
  for (let i = 0; i + 1 < money.length; i++) {
    const first = money[i] as Quantity;
    const second = money[i + 1] as Quantity;
    if (first.currency === second.currency || !CONVERSION_BETWEEN.test(text.slice(first.range.end, second.range.start))) continue;
    const direct = context.rules.conversions.find((c) => c.from === first.currency && c.to === second.currency);
    const inverse = context.rules.conversions.find((c) => c.from === second.currency && c.to === first.currency);
    const rate = second.value / first.value;
    const [min, max] = direct ? [direct.min, direct.max] : inverse ? [1 / inverse.max, 1 / inverse.min] : [undefined, undefined];
    if (min === undefined || max === undefined || (rate >= min && rate <= max)) continue;
    // The power of ten that brings the rate into range: the first is that much too small, or the second that much too large.
    const factor = SLIPS.flatMap((slip) => [slip, 1 / slip]).find((f) => rate / f >= min && rate / f <= max);
    if (factor === undefined) continue;
    const reasons = [
      t(
        'The same amount is given in two currencies, and they differ by about {0} times more than the exchange rate allows.',
        formatJapaneseNumber(factor >= 1 ? factor : 1 / factor),
      ),
      t('Which of the two numbers slipped is not certain: check the source.'),
    ];
    judgements.push({ quantity: first, value: first.value * factor, confidence: 0.55, reasons });
    judgements.push({ quantity: second, value: second.value / factor, confidence: 0.55, reasons });
  }
  return judgements;
}

/** A value written the way the number it replaces is: 24.45兆 for 24.45億, 12万5000 for 125万, 1,750億 for 1,750万. */
export function writeLike(written: string, value: number): string {
  // 256Mトークン → 256K: the fix in the writer's Latin letters of scale.
  const latin = /[KkMB]$/.exec(written)?.[0];
  // Under a thousand there is no letter to write: the plain number (256, not 0.256K).
  if (latin !== undefined && value >= 1e3) {
    const [scale, letter] = value >= 1e9 ? [1e9, 'B'] : value >= 1e6 ? [1e6, 'M'] : [1e3, latin === 'k' ? 'k' : 'K'];
    return `${Number((value / scale).toPrecision(6))}${letter}`;
  }
  if (/[.．]/.test(written)) {
    const [scale, word] = value >= 1e12 ? [1e12, '兆'] : value >= 1e8 ? [1e8, '億'] : value >= 1e4 ? [1e4, '万'] : [1, ''];
    return `${Number((value / scale).toPrecision(6))}${word}`;
  }
  // The writer groups digits with commas: the fix does too.
  if (/[,，]/.test(written) && Number.isInteger(value)) return formatJapaneseFigure(value, true);
  return formatJapaneseNumber(value);
}
