/**
 * Months of dates in English text (November 2023, 14 February 2025, in March): a month quantity each, its value the
 * month's number, compared with the Japanese month (2023年11月). A month name counts only where it is plainly a date's:
 * beside a day or a year, or after a word that introduces a time (in, since, until, by, early, late, mid, last, next);
 * May also only beside a number, since "may" is a verb.
 */
import { quantity, type Quantity } from './quantities';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = new RegExp(String.raw`\b(${MONTHS.join('|')})\b`, 'g');
const BESIDE_A_NUMBER_BEFORE = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$/;
const BESIDE_A_NUMBER_AFTER = /^\s+\d{1,4}\b/;
const TIME_WORD_BEFORE = /\b(?:in|since|until|till|by|from|through|to|during|early|late|mid|last|next|this|of|between|and)[\s-]+$/i;

export function englishMonths(text: string): Quantity[] {
  const months: Quantity[] = [];
  for (const match of text.matchAll(MONTH)) {
    const [name = ''] = match;
    const start = match.index;
    const end = start + name.length;
    const before = text.slice(Math.max(0, start - 24), start);
    const besideNumber = BESIDE_A_NUMBER_BEFORE.test(before) || BESIDE_A_NUMBER_AFTER.test(text.slice(end));
    if (!besideNumber && (name === 'May' || !TIME_WORD_BEFORE.test(before))) continue;
    const range = { start, end };
    months.push(quantity({ value: MONTHS.indexOf(name) + 1, kind: 'month', range, numberRange: range }));
  }
  return months;
}
