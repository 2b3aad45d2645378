/**
 * A change or a year that the sentence next to it contradicts, where that sentence stands on another line: a chunk's
 * checks (reversed-change, wrong-year) read one chunk, and a chunk ends at every line that ends a sentence, so the
 * proof of a transcript's error is often in the next line. Part of what reversed-change and wrong-year judge, across
 * sentences.
 *
 * Contract (each information: the neighbour may be about another figure or event):
 * - 「輸出は…過去最低を記録した。」 then, as the next sentence on another line, 「AI向けメモリーがけん引した」 (a word of
 *   driving up, けん引/押し上げ, said before any turn; a rise of another figure, 在庫が急増, proves nothing): a record low of
 *   a figure that is good when high, 過去最高 as the fix; the record-low sentence has no turn and no rise of its own
 *   (reversed-change judges those);
 * - 「売上高は過去最高だった。」 then, on another line, 「前年同期比78%減」 in a sentence about no part, no profit and no turn,
 *   with no subject before the fall but the recorded figure itself (not 中国は…20%減): the 減 is flagged with 増 as the fix;
 * - 「出荷は130万台だった。」 then 「前年の150万台を上回った。」: a comparison whose sentence holds no figure of the compared
 *   unit but the one compared with, against the one figure of that unit in the sentence before (statedComparison.ts, at
 *   most ten times apart), when its sentence has no subject or the one before's (not 「B社は前年の…」); 上回/下回 flagged
 *   with its opposite;
 * - 「一番大きな話は、やはりスターゲートでしょう。」 then, on another line, 「2024年1月に発表されました」: a year of an event
 *   (founded, released, acquired, in force, listed; a written verb, not a plan) in a sentence that names no entity with
 *   such an event and none as its subject, and marks no noun with は/が before the year (新しい会社は2025年に), against the one such entity of the sentence before (which names two at
 *   most, and an entity the document names twice or more), when one digit of the recorded year slipped;
 * - 「2,000万ユーロを動員する計画を示しました。」 then 「そのうち200億ユーロは…」: the largest amount of a sentence that
 *   raises or spends it (動員, 調達, 投資, 計上…) below the part of it in the same currency that the next sentence starts
 *   with (そのうち, うち; not a sentence about what is to come, where そのうち is "eventually"), every amount of that
 *   currency before below the part; fixed by the smallest power of ten (10, 10^2, 10^3, 10^4, 10^8) that puts it above
 *   the part and at most a thousand times above it; the part may be what slipped instead.
 * A comparison across sentences is read only where the figure compared with is a past period's or a forecast's
 * (前年の, 予想の) and the sentence speaks of nothing to come (来年, 見込み: a level set against a threshold).
 */
import type { DetectorContext } from '../context';
import { displayName } from '../context';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import { t } from '../l10n';
import { japaneseCurrencyNames, japaneseQuantities, type Quantity } from '../bilingual/quantities';
import { recognizerOf } from '../recognizer';
import { figuresOf, wrongComparisons } from '../statedComparison';
import { flowSentences, oneDigitOff } from '../text';
import type { Finding, OffsetRange } from '../types';
import type { SequenceDetector } from './detector';
import { writeLike } from './implausibleQuantity';
import { GOOD_WHEN_HIGH, OTHER_FIGURE, PART_OF_WHOLE, PERCENT_FALL, RECORD, RISE_CUE, TURN } from './reversedChange';
import { datedEventsOf, writtenEventsOf, type EventKind } from './wrongYear';

const CODE = 'nearby-contradiction';

/**
 * A sentence, by what a neighbour's judgement reads of it (not its text, so that an edit elsewhere in it decides nothing
 * again): the entities it names, whether it says a figure rose or calls the sales a record, and its last figure of each
 * unit that may be compared with (as written, with how many of that unit it has).
 */
interface SentenceItem {
  readonly kind: 'sentence';
  /** Whether it says, before any turn, that something drove the figure up (けん引): a rise of another figure is no proof. */
  readonly drivenUp: boolean;
  readonly record: boolean;
  readonly figures: readonly { readonly unit: string; readonly written: string; readonly count: number }[];
  readonly named: readonly string[];
  /** Whether a name of the sentence is followed by は or が. */
  readonly nameAsSubject: boolean;
  /** The noun its first は or が marks (出荷 of 「A社の出荷は」), if any. */
  readonly subject?: string;
  readonly range: OffsetRange;
}

/** A word a neighbouring sentence may prove wrong; it belongs to the sentence item before it. */
interface Candidate {
  readonly kind: 'record-low' | 'percent-fall' | 'comparison' | 'year' | 'whole' | 'part';
  /** Where the word starts in its sentence (a comparison's verb stem), and for a year its event and value. */
  readonly at: number;
  readonly event?: EventKind;
  readonly year?: number;
  readonly verb?: string;
  /** A comparison's or a part's own sentence, which its judgement reads whole. */
  readonly sentence?: string;
  /**
   * An amount: the largest of its currency in a sentence that raises or spends it (a whole), or one that starts a
   * sentence with そのうち (a part).
   */
  readonly amount?: { readonly currency: string; readonly value: number; readonly written: string };
  /** A whole's sentence: the part is judged only when every amount of its currency here is below it. */
  readonly others?: readonly number[];
  readonly range: OffsetRange;
}

type Item = SentenceItem | Candidate;

/**
 * A noun (kanji, katakana, Latin letters, digits) right before the は, が, では or には that marks it as what its clause
 * is about: a hiragana word before は (ですが) is none.
 */
const SUBJECT = /[\p{sc=Han}\p{sc=Katakana}ーA-Za-zＡ-Ｚａ-ｚ0-9０-９]+(?=[でに]?は|が)/gu;

/** The nouns a text marks with は or が, in order. */
function subjectsOf(text: string): string[] {
  return [...text.matchAll(SUBJECT)].map((match) => match[0]);
}

/** The figure a record is said of (RECORD): a fall of it contradicts the record. */
const RECORDED_FIGURE = /^(?:売上高?|売り上げ|収益)$/;
/** Words that say something drove the figure up (not a rise of another figure, such as 在庫が急増). */
const DRIVEN_UP = /けん引|牽引|押し上げ/;

const COMPARISON_VERB = /を(?:大きく|大幅に|わずかに|やや|さらに|はるかに)?([上下]回)/g;

/** The record lows, falls, comparisons and years of one sentence that another sentence may prove wrong. */
function candidatesOf(sentence: string): Omit<Candidate, 'range'>[] {
  const found: Omit<Candidate, 'range'>[] = [];
  if (!TURN.test(sentence))
    for (const match of sentence.matchAll(GOOD_WHEN_HIGH)) {
      const at = (match.index ?? 0) + match[0].length - '過去最低'.length;
      // A rise said in the sentence itself is reversed-change's to judge.
      if (!RISE_CUE.test(sentence.slice(0, at) + sentence.slice(at + '過去最低'.length))) found.push({ kind: 'record-low', at });
    }
  if (!OTHER_FIGURE.test(sentence) && !PART_OF_WHOLE.test(sentence) && !RECORD.test(sentence))
    for (const match of sentence.matchAll(PERCENT_FALL)) {
      // A fall of a region or a segment (中国は…20%減) is no fall of the record figure: only one with no subject or that one.
      const subjects = subjectsOf(sentence.slice(0, match.index ?? 0));
      if (subjects.every((noun) => RECORDED_FIGURE.test(noun))) found.push({ kind: 'percent-fall', at: (match.index ?? 0) + match[0].length - 1 });
    }
  for (const match of sentence.matchAll(COMPARISON_VERB)) found.push({ kind: 'comparison', at: (match.index ?? 0) + match[0].length - 2, sentence });
  for (const event of writtenEventsOf(sentence))
    // A year after a subject of its own (「新しい会社は2025年に」) is that subject's, not the entity's of the sentence before.
    if (subjectsOf(sentence.slice(0, event.at)).length === 0) found.push({ kind: 'year', at: event.at, event: event.kind, year: event.year, verb: event.verb });
  return found;
}

/** The figure compared with is a past period's or a forecast's, written right before the verb (前年の150万台を). */
const MEASURED_AGAINST =
  /(?:前年|前期|前年同期|前四半期|昨年|去年|前回|予想|目標|計画)の(?:約)?[0-9０-９][0-9０-９,，.．兆億万]*[^0-9０-９を、。]{0,6}を(?:大きく|大幅に|わずかに|やや|さらに|はるかに)?$/;
/** A sentence about what is to come: its level is no figure of the sentence before. */
const AHEAD = /来年|来期|今後|見込|と見て|見通し|予定|でしょう|だろう/;

const LENGTH: Readonly<Record<Exclude<Candidate['kind'], 'whole' | 'part'>, number>> = { 'record-low': 4, 'percent-fall': 1, comparison: 2, year: 4 };
/** A sentence that starts with a part of the amount before (「そのうち200億ユーロは」). */
const OF_WHICH_START = /^\s*(?:その)?うち[、,]?\s*(?:約|およそ)?\s*/;
/**
 * A sentence that raises, spends or books an amount: a そのうち after it takes a part of that amount (not そのうち as
 * "eventually" after a price).
 */
const RAISED_OR_SPENT = /動員|調達|投資|投じ|投入|拠出|出資|支出|計上|確保|集め|充て|配分|割り当て|予算/;
/** Powers of ten a number slips by, smallest first: the smallest that puts the whole above its part is the fix. */
const NUMBER_SLIPS = [10, 100, 1e3, 1e4, 1e8];

interface Placed {
  readonly sentence: SentenceItem;
  readonly chunk: number;
  readonly candidates: { readonly ordinal: number; readonly item: Candidate }[];
}

export const nearbyContradiction: SequenceDetector<Item> = {
  code: CODE,
  description:
    'A change, a year or an amount that the sentence on the next or the previous line contradicts (a record low the next line says rose, a whole below its part).',
  scan(doc, services) {
    const text = doc.flow.text;
    const names = recognizerOf(services.kb)
      .scan(doc)
      .filter((name) => !name.needsContext);
    const amounts = japaneseQuantities(text, japaneseCurrencyNames(services.kb.currencies)).filter(
      (q) => q.kind === 'money' && q.currency !== undefined && !q.rangeStart,
    );
    const items: Item[] = [];
    for (const sentence of flowSentences(text)) {
      const range = flowRange(doc.flow, sentence.start, sentence.start + sentence.text.length);
      const inside = names.filter((name) => name.range.start >= range.start && name.range.end <= range.end);
      items.push({
        kind: 'sentence',
        drivenUp: DRIVEN_UP.test(sentence.text.split(TURN)[0] ?? ''),
        record: RECORD.test(sentence.text),
        figures: comparableFigures(sentence.text),
        named: [...new Set(inside.map((name) => name.entityId))],
        nameAsSubject: inside.some((name) => /^[はが]/.test(doc.text.slice(name.range.end, name.range.end + 1))),
        subject: subjectsOf(sentence.text)[0],
        range,
      });
      const found: Candidate[] = [];
      for (const candidate of candidatesOf(sentence.text)) {
        const start = sentence.start + candidate.at;
        found.push({ ...candidate, range: flowRange(doc.flow, start, start + LENGTH[candidate.kind as keyof typeof LENGTH]) });
      }
      const end = sentence.start + sentence.text.length;
      const own = amounts.filter((q) => q.numberRange.start >= sentence.start && q.range.end <= end);
      const amountItem = (kind: 'whole' | 'part', q: Quantity, others?: number[]): Candidate => ({
        kind,
        at: q.numberRange.start - sentence.start,
        amount: { currency: q.currency ?? '', value: q.value, written: text.slice(q.numberRange.start, q.numberRange.end) },
        ...(others ? { others } : {}),
        range: flowRange(doc.flow, q.numberRange.start, q.numberRange.end),
      });
      const partAt = OF_WHICH_START.exec(sentence.text)?.[0].length;
      const first = own[0];
      const part = first && partAt !== undefined && first.numberRange.start === sentence.start + partAt ? first : undefined;
      if (part) found.push({ ...amountItem('part', part), sentence: sentence.text });
      if (RAISED_OR_SPENT.test(sentence.text))
        for (const currency of new Set(own.map((q) => q.currency))) {
          const ofCurrency = own.filter((q) => q !== part && q.currency === currency);
          const largest = ofCurrency.reduce<Quantity | undefined>((max, q) => (max && max.value >= q.value ? max : q), undefined);
          if (largest)
            found.push(
              amountItem(
                'whole',
                largest,
                ofCurrency.map((q) => q.value),
              ),
            );
        }
      items.push(...found.sort((a, b) => a.range.start - b.range.start));
    }
    return items;
  },
  // Which sentences share a chunk: a neighbour in the same chunk is the chunk checks' to read.
  chunkBounds: 'grouping',
  // A sentence's words are judged by the sentence before and the one after (in the nearest chunks with sentences), and the document's facts.
  locality: { before: 1, after: 1, counting: 'chunksWithItems' },
  itemKey: (item) =>
    item.kind === 'sentence'
      ? `s\u0001${item.drivenUp}\u0001${item.record}\u0001${item.figures.map((f) => `${f.unit}:${f.written}:${f.count}`).join(',')}\u0001${item.named.join(',')}\u0001${item.nameAsSubject}\u0001${item.subject ?? ''}`
      : `c\u0001${item.kind}\u0001${item.at}\u0001${item.event ?? ''}\u0001${item.year ?? ''}\u0001${item.verb ?? ''}\u0001${item.sentence ?? ''}\u0001${item.amount ? `${item.amount.currency}:${item.amount.written}` : ''}\u0001${item.others?.join(',') ?? ''}`,
  itemRange: (item) => item.range,
  decide(chunks, context) {
    const sentences: Placed[] = [];
    let ordinal = 0;
    chunks.forEach((items, chunk) => {
      for (const item of items) {
        if (item.kind === 'sentence') sentences.push({ sentence: item, chunk, candidates: [] });
        else sentences[sentences.length - 1]?.candidates.push({ ordinal, item });
        ordinal++;
      }
    });
    const verdicts = new Map<number, Finding[]>();
    sentences.forEach((placed, index) => {
      const before = sentences[index - 1];
      const after = sentences[index + 1];
      for (const { ordinal: at, item } of placed.candidates) {
        const finding = judge(item, placed, before, after, context);
        if (finding) verdicts.set(at, [finding]);
      }
    });
    return verdicts;
  },
};

function judge(item: Candidate, placed: Placed, before: Placed | undefined, after: Placed | undefined, context: DetectorContext): Finding | undefined {
  const apart = (other: Placed | undefined): other is Placed => other !== undefined && other.chunk !== placed.chunk;
  switch (item.kind) {
    case 'record-low': {
      if (!apart(after) || !after.sentence.drivenUp) return undefined;
      return change(item, '過去最低', '過去最高', t('The next sentence says the figure rose or was driven up: a record of a rise is a high, not a low.'));
    }
    case 'percent-fall': {
      if (!apart(before) || !before.sentence.record) return undefined;
      return change(item, '減', '増', t('The sentence before calls the quarter or the sales a record: a record cannot have fallen against an earlier period.'));
    }
    case 'comparison':
      return comparisonAgainstBefore(item, placed, before);
    case 'year':
      return wrongYearBefore(item, placed, before, context);
    case 'whole':
      return wholeBelowItsPart(item, after);
    case 'part':
      return undefined;
  }
}

/**
 * 「2,000万ユーロを動員する計画を示しました。そのうち200億ユーロは…」: the whole is below the part the next sentence takes
 * from it; the whole's number moved by the smallest slip that puts it above the part (and not a thousand times above).
 */
function wholeBelowItsPart(item: Candidate, after: Placed | undefined): Finding | undefined {
  const whole = item.amount;
  const partItem = after?.candidates.find((c) => c.item.kind === 'part' && c.item.amount?.currency === whole?.currency)?.item;
  const part = partItem?.amount;
  if (!whole || !part || !partItem?.sentence || part.value <= whole.value || whole.value <= 0) return undefined;
  // Every amount of the currency before must be below the part (売上高は45億ドル、純利益は5億ドル: the 45億 is the whole).
  if ((item.others ?? []).some((value) => value >= part.value)) return undefined;
  // A part of what is to come (そのうち…になる): not a part of the amount before.
  if (AHEAD.test(partItem.sentence)) return undefined;
  const slip = NUMBER_SLIPS.find((factor) => whole.value * factor > part.value && whole.value * factor <= part.value * 1000);
  if (slip === undefined) return undefined;
  const fix = writeLike(whole.written, whole.value * slip);
  return makeFinding({
    code: CODE,
    range: item.range,
    message: t('「{0}」 is below 「{1}」, which the next sentence gives as a part of it: probably {2}', whole.written, part.written, fix),
    confidence: 0.55,
    explanation: {
      problem: t('The magnitude of this number does not fit what it counts.'),
      reasons: [t('Which of the two numbers slipped is not certain: check the source.')],
    },
    replacements: [fix],
  });
}

/**
 * The last figure of each unit of a sentence, with how many of that unit it has: what a comparison in the next sentence
 * may be set against. Not a figure with a sign (マイナス), nor one a change starts from (45億ドル超から).
 */
function comparableFigures(sentence: string): SentenceItem['figures'] {
  const byUnit = new Map<string, { written: string; count: number; usable: boolean }>();
  for (const figure of figuresOf(sentence)) {
    const usable = !SIGN_BEFORE.test(sentence.slice(0, figure.start)) && !CHANGE_FROM.test(sentence.slice(figure.end));
    byUnit.set(figure.unit, { written: figure.written, count: (byUnit.get(figure.unit)?.count ?? 0) + 1, usable });
  }
  return [...byUnit].filter(([unit, figure]) => unit !== '' && figure.usable).map(([unit, figure]) => ({ unit, written: figure.written, count: figure.count }));
}

const SIGN_BEFORE = /(?:マイナス|[−▲△-])$/;
const CHANGE_FROM = /^(?:超|以上|以下|前後|程度)?から/;

/**
 * 「前年の150万台を上回りました」 with no figure of its unit but the one compared with, against the one figure of that unit
 * in the sentence before: the comparison read as if that figure stood in its sentence (statedComparison.ts).
 */
function comparisonAgainstBefore(item: Candidate, placed: Placed, before: Placed | undefined): Finding | undefined {
  const text = item.sentence ?? '';
  // A past figure or a forecast compared with (前年の150万台を): not a threshold a future level is set against.
  if (!before || !MEASURED_AGAINST.test(text.slice(0, item.at)) || AHEAD.test(text)) return undefined;
  // A subject of its own (B社は…を上回りました) other than the one before: the comparison is about another figure.
  const subject = placed.sentence.subject;
  if (subject !== undefined && subject !== before.sentence.subject) return undefined;
  for (const figure of before.sentence.figures) {
    if (figure.count !== 1 || figuresOf(text).filter((f) => f.unit === figure.unit).length !== 1) continue;
    const lead = `${figure.written}。`;
    const comparison = wrongComparisons(lead + text).find((c) => c.start === lead.length + item.at && c.subject === figure.written);
    if (!comparison) continue;
    const why =
      comparison.verb === '上回'
        ? t('{0} in the sentence before is below {1}: the sentence says it is above.', comparison.subject, comparison.compared)
        : t('{0} in the sentence before is above {1}: the sentence says it is below.', comparison.subject, comparison.compared);
    return change(item, comparison.verb, comparison.opposite, why);
  }
  return undefined;
}

function change(item: Candidate, word: string, opposite: string, why: string): Finding {
  return makeFinding({
    code: CODE,
    range: item.range,
    message: t('「{0}」 contradicts the sentence next to it: probably 「{1}」', word, opposite),
    confidence: 0.55,
    explanation: {
      problem: t('The change is said the wrong way round.'),
      reasons: [why, t('Information only: the sentence may be about another figure than this one.')],
    },
    replacements: [opposite],
  });
}

/** A year of an event in a sentence that names no one with such an event, against the one entity the sentence before names. */
function wrongYearBefore(item: Candidate, placed: Placed, before: Placed | undefined, context: DetectorContext): Finding | undefined {
  const kind = item.event;
  const written = item.year;
  if (kind === undefined || written === undefined || before === undefined || before.chunk === placed.chunk) return undefined;
  const events = datedEventsOf(context.kb);
  const hasKind = (id: string): boolean => (events.get(id) ?? []).some((e) => e.kind === kind);
  if (placed.sentence.named.some(hasKind) || placed.sentence.nameAsSubject) return undefined;
  const fitting = before.sentence.named.filter(hasKind);
  const entityId = fitting[0];
  if (before.sentence.named.length > 2 || fitting.length !== 1 || entityId === undefined) return undefined;
  // An entity named in passing lends no year: the document must name it again.
  const count = context.mentionCount.get(entityId) ?? 0;
  if (count < 2 || kind === 'acquired') return undefined;
  // A sentence that names nothing is judged by wrong-year against the story's subject, the entity named most: not twice.
  const others = [...context.mentionCount].filter(([id]) => id !== entityId).map(([, n]) => n);
  if (placed.sentence.named.length === 0 && others.every((n) => n < count)) return undefined;
  const years = [...new Set((events.get(entityId) ?? []).filter((e) => e.kind === kind).map((e) => e.year))];
  const slipped = years.filter((y) => oneDigitOff(y, written));
  const year = slipped[0];
  const entity = context.kb.get(entityId);
  if (years.includes(written) || slipped.length !== 1 || year === undefined || !entity) return undefined;
  return makeFinding({
    code: CODE,
    range: item.range,
    message: t('「{0}年」: the knowledge base records {1} for {2} ({3})', String(written), String(year), displayName(entity), item.verb ?? kind),
    confidence: 0.55,
    explanation: {
      problem: t('The year contradicts a fact the knowledge base records for the entity the sentence is about.'),
      reasons: [
        t('The sentence names no entity; the sentence before it names {0}: check the source.', displayName(entity)),
        t('A digit of a year slips in speech recognition and typing.'),
      ],
    },
    replacements: [String(year)],
  });
}
