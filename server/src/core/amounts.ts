/** Amounts of money as Japanese writes them: digits, 万/億/兆 (千), and a currency unit (「33億ドル」, 「1.5兆ウォン」). */
import type { Currency } from './knowledge/model';

const NUMBER = '([0-9０-９][0-9０-９,，.．]*)\\s*(兆|億|万|千)?(?:\\s*(兆|億|万|千))?';
export const MAGNITUDE_VALUE: Readonly<Record<string, number>> = { 兆: 1e12, 億: 1e8, 万: 1e4, 千: 1e3 };
/** A one-character unit (元) is a unit only when no kanji follows (元素, 元年 are words), or when what follows qualifies an amount (元以上, 元規模). */
const LONE_UNIT_GUARD = '(?:(?![\\u3400-\\u9fff])|(?=以上|以下|未満|超|規模|相当|程度|前後|近く|余り))';

export interface Amount {
  /** Offsets in the text searched: the whole amount, its magnitude words, its currency unit. */
  readonly start: number;
  readonly magnitudeStart: number;
  readonly unitStart: number;
  readonly end: number;
  /** The digits as written, in ASCII without separators ("33", "5.5"). */
  readonly digits: string;
  /** The magnitude words as written ("億", "千億", ""). */
  readonly magnitude: string;
  readonly value: number;
  readonly currency: Currency;
  readonly unit: string;
}

const patterns = new WeakMap<readonly Currency[], { readonly pattern: RegExp; readonly byName: ReadonlyMap<string, Currency> }>();

function patternFor(currencies: readonly Currency[]): { readonly pattern: RegExp; readonly byName: ReadonlyMap<string, Currency> } {
  let built = patterns.get(currencies);
  if (!built) {
    const byName = new Map(currencies.flatMap((currency) => currency.names.map((name) => [name, currency] as const)));
    const names = [...byName.keys()].sort((a, b) => b.length - a.length).map((name) => (name.length === 1 ? `${name}${LONE_UNIT_GUARD}` : name));
    built = { pattern: new RegExp(`${NUMBER}\\s*(${names.join('|')})`, 'g'), byName };
    patterns.set(currencies, built);
  }
  return built;
}

export function findAmounts(text: string, currencies: readonly Currency[]): Amount[] {
  const { pattern, byName } = patternFor(currencies);
  const amounts: Amount[] = [];
  for (const match of text.matchAll(pattern)) {
    const unit = match[4] ?? '';
    const currency = byName.get(unit);
    if (!currency) continue;
    const digits = (match[1] ?? '')
      .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .replace(/[,，]/g, '')
      .replace('．', '.');
    const magnitude = (match[2] ?? '') + (match[3] ?? '');
    const scale = (MAGNITUDE_VALUE[match[2] ?? ''] ?? 1) * (MAGNITUDE_VALUE[match[3] ?? ''] ?? 1);
    const end = match.index + match[0].length;
    const unitStart = end - unit.length;
    const magnitudeStart = magnitude === '' ? unitStart : match.index + match[0].indexOf(match[2] ?? '', (match[1] ?? '').length);
    amounts.push({ start: match.index, magnitudeStart, unitStart, end, digits, magnitude, value: Number(digits) * scale, currency, unit });
  }
  return amounts;
}
