/**
 * A plan dated before the document's own time: 「最初の200メガワットは2016年に稼働を開始する予定」 in a story whose
 * events run to 2025. A digit of a year slips in speech recognition and typing (2026 heard or typed 2016), and a plan
 * still to come cannot lie years before what the story reports as done.
 *
 * Contract: the document's time is the latest year it reports as done twice or more (a year of a sentence that
 * ends in a past verb: 「2025年3月に…発表した。」, 「2024年の売上高は…だった。」), the sentence with no word of a plan, a
 * forecast or a quote, the year no bound of a span (2033年までの契約). A year followed in its sentence by a word of a
 * plan (予定, 見込み, 目指, 計画, 目標, めど) is flagged when it lies five years or more before that time and one digit
 * changed puts it within 15 years after it (the year governing the planned event: 2016年に稼働する予定, 2016年の稼働を
 * 目指す; not the plan itself, 2016年の計画は, 2018年に計画を発表した): information, with the nearest such year as the fix (2016 → 2026 in a
 * story of 2025). Not when the plan is history: told as past (予定だった, 目指していた; a sentence that ends in the
 * past other than in saying, 2015年の目標を達成した), put off or dropped (延期, 遅れ, 中止), or dated by an earlier year
 * of its sentence (2015年に発表した計画では2016年…). A whole-document judgement: the time is read across chunks.
 */
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import { t } from '../l10n';
import { flowSentences, oneDigitOff } from '../text';
import type { Finding, OffsetRange } from '../types';
import type { SequenceDetector } from './detector';

const CODE = 'plan-before-now';

interface DatedYear {
  /** A plan still to come, or a year reported as done. */
  readonly kind: 'plan' | 'done';
  readonly year: number;
  /** The year's four digits, in chunk offsets. */
  readonly range: OffsetRange;
}

const YEAR = /(?<![0-9０-９])((?:19|20)[0-9]{2})年/g;
/** Words of a plan or a forecast right after a year (「2026年に稼働する予定」, 「2030年までの実現を目指す」). */
const PLAN = /予定|見込み|目指|計画|目標|めど/;
/**
 * A year that dates the plan itself, not the planned event: the plan as a noun (2016年の計画は, 2018年の目標は) or the act
 * of making it (2018年に計画を発表した, 2019年に計画を立て). 「2016年の稼働を目指す」 still dates the event.
 */
const DATES_THE_PLAN = /^(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:の|に|には|、)(?:新たな|新しい|最初の)?(?:計画|目標)/;
/** How far after its year a plan's word may stand. */
const PLAN_REACH = 30;
/** A plan told as history: past, put off, dropped or brought forward. */
const PLAN_AS_HISTORY =
  /(?:予定|見込み|目指|計画|目標|めど)(?:し|さ|で|と|に)?(?:だった|でした|ていた|ていました|た|ました|れた|れていた)|当初|延期|遅れ|見送|中止|撤回|前倒し|断念/;
/**
 * Words of a future, a forecast, a condition or a quote (「…になるとCEOは述べた」: the past verb is the saying):
 * a sentence with one reports nothing as done.
 */
const NOT_DONE =
  /予定|見込|見通|計画|目指|めど|目標|方針|だろう|でしょう|予想|予測|見られ|可能性|までに|将来|今後|れば|なら|かもしれ|はず|つもり|としている|と[^。]{0,12}?(?:述べ|語っ|語り|話し|言っ|言い|説明|強調|明らかに|指摘|見てい|考え)/;
/** A year that bounds a span (2033年までの契約, 2027年以降): no date of what was done, though the sentence is past. */
const SPAN_BOUND = /^(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:末|度)?(?:まで|以降|以後|から|にかけて|頃|ごろ)/;
/** A sentence that ends in saying (述べた, 発表した, 報じられた): a plan it tells is the one of its day. */
const SAID = /(?:述べ|語っ|話し|明らかにし|発表し|示し|伝え|報じ|明かし|説明し|強調し|言っ)(?:られ)?(?:た|ました|ている|ています)[。！]?\s*$/;
/** A sentence that ends in a past verb (した。, された。, だった。, でした。, 増えた。). */
const DONE = /(?:た|でした|ました)[。！]?\s*$/;
/** How many years before the document's time a plan must lie: a plan a year or two old may still be reported. */
const MIN_GAP = 5;
/** How far after the document's time a fixed plan may lie. */
const MAX_AHEAD = 15;

export const planBeforeNow: SequenceDetector<DatedYear> = {
  code: CODE,
  description: 'A plan dated years before what the document reports as done (2016年に稼働する予定 in a story of 2025): a digit of the year slipped.',
  scan(doc) {
    const text = doc.flow.text;
    const found: DatedYear[] = [];
    for (const sentence of flowSentences(text)) {
      const years = [...sentence.text.matchAll(YEAR)];
      const done = !NOT_DONE.test(sentence.text) && DONE.test(sentence.text);
      // A plan in a sentence of the past that says more than it was said (2015年の目標を達成した) is history.
      const asHistory = PLAN_AS_HISTORY.test(sentence.text) || (DONE.test(sentence.text) && !SAID.test(sentence.text));
      years.forEach((match, i) => {
        const year = Number(match[1]);
        const at = match.index ?? 0;
        const after = sentence.text.slice(at + match[0].length);
        // The clause up to the next year: what is said of this one.
        const next = years[i + 1];
        const clause = next ? sentence.text.slice(at + match[0].length, next.index ?? 0) : after;
        const start = sentence.start + at;
        const range = flowRange(doc.flow, start, start + 4);
        const earlier = years.slice(0, i).some((other) => Number(other[1]) < year);
        const governsPlan = PLAN.test(clause.slice(0, PLAN_REACH)) && !DATES_THE_PLAN.test(after);
        if (governsPlan && !asHistory && !earlier) found.push({ kind: 'plan', year, range });
        else if (done && !SPAN_BOUND.test(after)) found.push({ kind: 'done', year, range });
      });
    }
    return found;
  },
  itemKey: (item) => `${item.kind}\u0001${item.year}`,
  itemRange: (item) => item.range,
  decide(chunks) {
    const items = chunks.flat();
    // The latest year written as done twice or more: one year done is not enough, as it may be the slip (2052年に設立).
    const doneCounts = new Map<number, number>();
    for (const item of items) if (item.kind === 'done') doneCounts.set(item.year, (doneCounts.get(item.year) ?? 0) + 1);
    const now = Math.max(...[...doneCounts].filter(([, count]) => count >= 2).map(([year]) => year));
    const verdicts = new Map<number, Finding[]>();
    if (!Number.isFinite(now)) return verdicts;
    items.forEach((item, index) => {
      if (item.kind !== 'plan' || item.year > now - MIN_GAP) return;
      // The nearest year from the document's time on that one digit changed gives (2016 → 2026, not 2036).
      let fixed: number | undefined;
      for (let year = now; year <= now + MAX_AHEAD && fixed === undefined; year++) if (oneDigitOff(year, item.year)) fixed = year;
      if (fixed === undefined) return;
      const fix = String(fixed);
      verdicts.set(index, [
        makeFinding({
          code: CODE,
          range: item.range,
          message: t('「{0}年」: a plan dated before what the document reports as done (to {1}): probably {2}', String(item.year), String(now), fix),
          confidence: 0.55,
          explanation: {
            problem: t('A plan still to come cannot lie years before the events the document reports as done.'),
            reasons: [
              t('A digit of a year slips in speech recognition and typing.'),
              t('Information only: the plan may be an old one the document recalls; check the source.'),
            ],
          },
          replacements: [fix],
        }),
      ]);
    });
    return verdicts;
  },
};
