/** Japanese numerals read and written: digits with 兆/億/万/千 (「1兆2000億」, 「550万」), kanji below 万 (三百), full-width digits. */
export const JA_DIGITS = '0-9０-９';
const JA_NUMBER = new RegExp(`[${JA_DIGITS}][${JA_DIGITS},，]*(?:[.．][${JA_DIGITS}]+)?`, 'y');
export const JA_SCALE: Record<string, number> = { 兆: 1e12, 億: 1e8, 万: 1e4, 千: 1e3 };
/** 千 and 百 inside a group before a larger scale (3千万, 5百億). */
const SMALL_SCALE: Record<string, number> = { 千: 1e3, 百: 1e2 };

const KANJI_DIGIT: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const KANJI_SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Kanji numerals below 10,000 (三百, 二十五, 千二百): undefined when the characters do not read as one. */
export function kanjiBelowTenThousand(kanji: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  for (const c of kanji) {
    const d = KANJI_DIGIT[c];
    const small = KANJI_SMALL[c];
    if (d !== undefined) {
      if (digit !== undefined) return undefined;
      digit = d;
    } else if (small !== undefined) {
      total += (digit ?? 1) * small;
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

/** A Japanese number from `start`: digits with 兆/億/万/千 (「1兆2000億」, 「5.5億」, 「550万」, 「3千万」). */
export function readJapaneseNumber(text: string, start: number): { value: number; end: number; digitsOnly: boolean } | undefined {
  let at = start;
  let total = 0;
  let lastScale = Number.POSITIVE_INFINITY;
  let digitsOnly = true;
  for (;;) {
    JA_NUMBER.lastIndex = at;
    const match = JA_NUMBER.exec(text);
    if (!match) break;
    const digits = halfWidth(match[0]).replace(/,/g, '');
    let number = Number(digits);
    if (!Number.isFinite(number)) break;
    let width = match[0].length;
    // 千 or 百 before a larger scale multiplies the group (3千万 is 3000万, 2千億 is 2000億).
    const inner = SMALL_SCALE[text[at + width] ?? ''];
    const innerScale = inner === undefined ? undefined : JA_SCALE[text[at + width + 1] ?? ''];
    if (inner !== undefined && innerScale !== undefined && innerScale > inner && innerScale < lastScale) {
      number *= inner;
      width += 1;
    }
    const scaleChar = text[at + width] ?? '';
    const scale = JA_SCALE[scaleChar];
    if (scale !== undefined && scale < lastScale) {
      total += number * scale;
      lastScale = scale;
      digitsOnly = false;
      at += width + 1;
      continue;
    }
    // A last group without a scale: the units below the smallest scale read so far (1億2000万5000).
    if (lastScale !== Number.POSITIVE_INFINITY && number >= lastScale) break;
    total += number;
    at += match[0].length;
    break;
  }
  if (at === start) return undefined;
  return { value: total, end: at, digitsOnly };
}

function halfWidth(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[，]/g, ',')
    .replace(/[．]/g, '.');
}

/** A value as Japanese writes it: 5,500,000 → 550万, 1,250,000,000 → 12億5000万, 2024 → 2024. */
export function formatJapaneseNumber(value: number): string {
  const scales: readonly [number, string][] = [
    [1e12, '兆'],
    [1e8, '億'],
    [1e4, '万'],
  ];
  for (let i = 0; i < scales.length; i++) {
    const [size, name] = scales[i] as [number, string];
    if (Math.abs(value) < size) continue;
    const whole = Math.floor(value / size + 1e-9);
    const rest = value - whole * size;
    if (Math.abs(rest) < 1e-6) return `${whole}${name}`;
    const next = scales[i + 1];
    if (next && Math.abs(rest / next[0] - Math.round(rest / next[0])) < 1e-6) return `${whole}${name}${Math.round(rest / next[0])}${next[1]}`;
    return `${trimDecimal(value / size)}${name}`;
  }
  return trimDecimal(value);
}

function trimDecimal(value: number): string {
  return String(Number(value.toFixed(4)));
}
