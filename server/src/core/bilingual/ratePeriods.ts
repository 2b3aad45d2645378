/**
 * The period a rate is given per, read from each language: "9% per year", "$20 a month", "monthly active
 * users", "2 terabytes per second"; 毎年, 年間, 月に, 週に, 1日あたり, 時速. A rate per month written per year
 * (and the like) is a unit slip of its own that no number shows.
 */
import type { OffsetRange } from '../types';

export type Period = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

export interface PeriodMention {
  readonly period: Period;
  /** The whole expression (毎年, 年間, per year). */
  readonly range: OffsetRange;
  /** Japanese: the part that names the period (年 of 年間), and how the expression writes another period in its place. */
  readonly periodRange?: OffsetRange;
  readonly respell?: (period: Period) => string | undefined;
}

const EN_PERIOD: Record<string, Period> = {
  year: 'year',
  annual: 'year',
  annually: 'year',
  yearly: 'year',
  month: 'month',
  monthly: 'month',
  week: 'week',
  weekly: 'week',
  day: 'day',
  daily: 'day',
  hour: 'hour',
  hourly: 'hour',
  minute: 'minute',
  second: 'second',
};

const EN_PER = /\b(per|every|each|an?) (year|month|week|day|hour|minute|second)\b/gi;
const EN_ADJECTIVE = /\b(annual|annually|yearly|monthly|weekly|daily|hourly)\b/gi;

/** Periods an English sentence gives a rate per. "A year" only after a figure (9% a year, twice a year), never "a year ago". */
export function englishPeriods(text: string): PeriodMention[] {
  const found: PeriodMention[] = [];
  for (const match of text.matchAll(EN_PER)) {
    const [whole, per = '', unit = ''] = match;
    const range = { start: match.index, end: match.index + whole.length };
    if (/^an?$/i.test(per)) {
      const before = text.slice(Math.max(0, match.index - 24), match.index);
      if (!/\d|%|\b(?:once|twice|times|dollars|euros|yen)\s*$/i.test(before)) continue;
      if (/^\s+(?:ago|after|before|later|earlier|old|late|early|from|or)\b/i.test(text.slice(range.end))) continue;
    }
    const period = EN_PERIOD[unit.toLowerCase()];
    if (period) found.push({ period, range });
  }
  for (const match of text.matchAll(EN_ADJECTIVE)) {
    const [whole = ''] = match;
    // A capitalised word inside a sentence is a name (the Daily Mail).
    if (/^[A-Z]/.test(whole) && match.index > 0) continue;
    const period = EN_PERIOD[whole.toLowerCase()];
    if (period) found.push({ period, range: { start: match.index, end: match.index + whole.length } });
  }
  return found;
}

const JA_KANJI: Record<Period, string> = { year: '年', month: '月', week: '週', day: '日', hour: '時', minute: '分', second: '秒' };
const JA_PERIOD: Record<string, Period> = { 年: 'year', 月: 'month', 週: 'week', 日: 'day', 時: 'hour', 分: 'minute', 秒: 'second' };

/** A Japanese expression of a period: a pattern whose group 1 names the period, and how it writes another one. */
interface JapaneseForm {
  readonly pattern: RegExp;
  readonly respell: (period: Period) => string | undefined;
}

/** Not after a number (3年間, 3か月間) nor inside a word (今年, 前年, 数年). */
const NOT_AFTER_A_NUMBER = String.raw`(?<![0-9０-９\u3005\u4e00-\u9fffかヵヶカ])`;

const JA_FORMS: readonly JapaneseForm[] = [
  // 毎年, 毎月, 毎週, 毎日, 毎時, 毎分, 毎秒.
  { pattern: /毎(年|月|週|日|時|分|秒)/g, respell: (p) => JA_KANJI[p] },
  // 年間, 月間, 週間 as "per year" (年間2000万分, 月間利用者), not a duration after a number (3年間, 3か月間).
  { pattern: new RegExp(`${NOT_AFTER_A_NUMBER}(年|月|週)間`, 'g'), respell: (p) => (p === 'year' || p === 'month' || p === 'week' ? JA_KANJI[p] : undefined) },
  // 年に, 月に, 週に (月に約9％, 年に一度), not a date (2025年に, 3月に) nor 日に日に.
  {
    pattern: new RegExp(`${NOT_AFTER_A_NUMBER}(年|月|週)に(?!日に)`, 'g'),
    respell: (p) => (p === 'year' || p === 'month' || p === 'week' || p === 'day' ? JA_KANJI[p] : undefined),
  },
  // 年5%, 月最大500億ウォン, 月約20ドル: the period straight before a figure; not a date (その年5月, 月10日).
  {
    pattern: new RegExp(`${NOT_AFTER_A_NUMBER}(年|月|週|日)(?=(?:最大|最高|最低|平均|約|およそ)?[0-9０-９])(?![0-9０-９]{1,2}[月日])`, 'g'),
    respell: (p) => (p === 'hour' ? '時間' : JA_KANJI[p]),
  },
  // 年あたり, 月当たり.
  { pattern: new RegExp(`${NOT_AFTER_A_NUMBER}(年|月|週|日)(?:あたり|当たり)`, 'g'), respell: (p) => (p === 'hour' ? '時間' : JA_KANJI[p]) },
  // 1日あたり, 1時間当たり, 1か月あたり, 1年につき (1 straight after no other digit, nor a date's 月).
  {
    pattern: /(?<![0-9０-９.．月])1(年|か月|カ月|ヶ月|週間|日|時間|分|秒)(?:あたり|当たり|につき)/g,
    respell: (p) => ({ year: '年', month: 'か月', week: '週間', day: '日', hour: '時間', minute: '分', second: '秒' })[p],
  },
];

const JA_FORM_PERIOD: Record<string, Period> = { ...JA_PERIOD, か月: 'month', カ月: 'month', ヶ月: 'month', 週間: 'week', 時間: 'hour' };

/** Periods a Japanese sentence gives a rate per, each with the span naming the period and how to write another. */
export function japanesePeriods(text: string): PeriodMention[] {
  const found: PeriodMention[] = [];
  for (const form of JA_FORMS) {
    for (const match of text.matchAll(form.pattern)) {
      const [whole, named = ''] = match;
      const period = JA_FORM_PERIOD[named];
      if (!period) continue;
      const at = match.index + whole.indexOf(named, whole[0] === '1' || whole[0] === '毎' ? 1 : 0);
      found.push({
        period,
        range: { start: match.index, end: match.index + whole.length },
        periodRange: { start: at, end: at + named.length },
        respell: form.respell,
      });
    }
  }
  return found.sort((a, b) => a.range.start - b.range.start);
}
