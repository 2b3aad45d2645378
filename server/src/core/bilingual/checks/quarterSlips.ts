/**
 * The quarter and half-year half of number-mismatch. Contract: in a pair the aligner is sure of, the source names
 * one quarter (third quarter, Q3, 3Q, 3Q25) or half-year (first half, first-half, 1H25, H2 2025) that the translation does not, and the
 * translation names one other in its place (第2四半期 for "third quarter", 下半期 for "first half"). Fix: the source's
 * quarter or half in the translation's own form (第2 → 第3, 下 → 上). No quantity reader sees these: an ordinal is
 * no amount. Not flagged: a pair naming several the other side does not (which stands for which is a guess), a
 * translation that names the period otherwise (前四半期, 7〜9月期, 後半), H1/H2 without a year (also chips and hydrogen).
 */
import { t } from '../../l10n';
import type { Finding, OffsetRange } from '../../types';
import type { Alignment } from '../alignment';
import { targetSlice } from '../pairFacts';
import type { Segment } from '../segments';
import { checkedPairs, pairFinding } from './check';

type Part = 'quarter' | 'half';

export interface YearPartMention {
  readonly part: Part;
  /** 1–4 for a quarter, 1–2 for a half. */
  readonly index: number;
  readonly range: OffsetRange;
  /** Japanese: the character that names which one (2 of 第2四半期, 上 of 上半期), and how another is written there. */
  readonly indexRange?: OffsetRange;
  readonly respell?: (index: number) => string;
}

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

const EN_QUARTER_WORD = /\b(first|1st|second|2nd|third|3rd|fourth|4th)[- ]quarter\b/gi;
// Q3, 3Q, and the analysts' codes with a year run on (3Q25, 4QFY26, 1Q'25, 2Q2025).
const EN_QUARTER_CODE = /\b(?:Q([1-4])|([1-4])Q(?:FY|')?(?:\d{2}){0,2})\b/g;
const EN_HALF = /\b(first|second)[- ]half\b/gi;
// A half-year code only with its year (1H25, 2HFY26, H2 2025, H1'26): H2 alone is also hydrogen, H20 and H200 chips.
// The year is 25 or 2025, never any four digits: "H2 1000" is a thousand tonnes of hydrogen.
const EN_HALF_CODE = /\b([12])H(?:FY|')?(?:20)?\d{2}\b|\bH([12])(?:\s+(?:FY\s?)?|'|\s?FY)(?:20)?\d{2}\b/g;

/** Quarters and halves of a year an English text names. */
export function englishYearParts(text: string): YearPartMention[] {
  const found: YearPartMention[] = [];
  for (const m of text.matchAll(EN_QUARTER_WORD)) {
    found.push({ part: 'quarter', index: ORDINALS[(m[1] ?? '').toLowerCase()] ?? 0, range: { start: m.index, end: m.index + m[0].length } });
  }
  for (const m of text.matchAll(EN_QUARTER_CODE)) {
    found.push({ part: 'quarter', index: Number(m[1] ?? m[2]), range: { start: m.index, end: m.index + m[0].length } });
  }
  for (const m of text.matchAll(EN_HALF)) {
    // "the first half of the game" is no half of a year: only a half of a year, a fiscal year or a figure's period.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (
      !/^(?:\s+of\s+(?:(?:the|this|last|next|fiscal|calendar)\s+)*(?:year|fiscal|FY|\d{4})|\s+(?:results|revenue|sales|profit|net|earnings|guidance|of\s+FY)|-)/i.test(
        after,
      ) &&
      !/\b(?:fiscal|FY\s?\d{2,4}|\d{4})\s*$/i.test(before)
    )
      continue;
    found.push({ part: 'half', index: ORDINALS[(m[1] ?? '').toLowerCase()] ?? 0, range: { start: m.index, end: m.index + m[0].length } });
  }
  for (const m of text.matchAll(EN_HALF_CODE)) {
    found.push({ part: 'half', index: Number(m[1] ?? m[2]), range: { start: m.index, end: m.index + m[0].length } });
  }
  return found.filter((f) => f.index > 0);
}

const FULL_WIDTH = '０１２３４５６７８９';
const JA_QUARTER = /第([1-4１-４])(?:・)?四半期|([1-4１-４])Q(?![A-Za-z0-9])|(?<![A-Za-z0-9])Q([1-4１-４])(?![0-9０-９])/g;
const JA_HALF = /([上下])(?:半)?期/g;

/** Quarters and halves of a year a Japanese text names: 第3四半期, Q3, 3Q; 上半期, 下期. */
export function japaneseYearParts(text: string): YearPartMention[] {
  const found: YearPartMention[] = [];
  for (const m of text.matchAll(JA_QUARTER)) {
    const digit = m[1] ?? m[2] ?? m[3] ?? '';
    const wide = FULL_WIDTH.includes(digit);
    const at = m.index + m[0].indexOf(digit);
    found.push({
      part: 'quarter',
      index: wide ? FULL_WIDTH.indexOf(digit) : Number(digit),
      range: { start: m.index, end: m.index + m[0].length },
      indexRange: { start: at, end: at + 1 },
      respell: (index) => (wide ? (FULL_WIDTH[index] ?? '') : String(index)),
    });
  }
  for (const m of text.matchAll(JA_HALF)) {
    // 上期 and 下期 alone are half-years only as words of their own (not 以上期間, 川下期待).
    const before = text[m.index - 1] ?? '';
    if (/[\p{Script=Han}]/u.test(before) && !/[年度]/.test(before)) continue;
    found.push({
      part: 'half',
      index: m[1] === '上' ? 1 : 2,
      range: { start: m.index, end: m.index + m[0].length },
      indexRange: { start: m.index, end: m.index + 1 },
      respell: (index) => (index === 1 ? '上' : '下'),
    });
  }
  return found;
}

function mentionsIn(segments: readonly Segment[], read: (text: string) => YearPartMention[]): YearPartMention[] {
  return segments.flatMap((segment) =>
    segment.pieces.flatMap((piece) =>
      read(piece.text).map((m) => ({
        ...m,
        range: { start: m.range.start + piece.start, end: m.range.end + piece.start },
        ...(m.indexRange ? { indexRange: { start: m.indexRange.start + piece.start, end: m.indexRange.end + piece.start } } : {}),
      })),
    ),
  );
}

export function quarterSlips(alignment: Alignment, code: string): Finding[] {
  const findings: Finding[] = [];
  for (const pair of checkedPairs(alignment)) {
    const source = mentionsIn(pair.source, englishYearParts);
    if (source.length === 0) continue;
    const target = mentionsIn(pair.target, japaneseYearParts);
    for (const part of ['quarter', 'half'] as const) {
      const said = new Set(source.filter((m) => m.part === part).map((m) => m.index));
      const written = new Set(target.filter((m) => m.part === part).map((m) => m.index));
      const unwritten = [...said].filter((i) => !written.has(i));
      const unsaid = [...written].filter((i) => !said.has(i));
      // One the source names and the translation does not, one the translation names in its place: nothing else to pair it with.
      if (unwritten.length !== 1 || unsaid.length !== 1) continue;
      const right = unwritten[0] ?? 0;
      const sourceMention = source.find((m) => m.part === part && m.index === right);
      if (!sourceMention) continue;
      const sourceWords = alignment.sourceText.slice(sourceMention.range.start, sourceMention.range.end);
      for (const mention of target.filter((m) => m.part === part && m.index === unsaid[0])) {
        const replacement = mention.respell?.(right);
        if (!replacement || !mention.indexRange) continue;
        const wrong = targetSlice(pair, mention.range);
        const fixed = replacement + wrong.slice(mention.indexRange.end - mention.range.start);
        const head = wrong.slice(0, mention.indexRange.start - mention.range.start);
        findings.push(
          pairFinding(
            {
              code,
              range: mention.indexRange,
              message: t('The source says "{0}": 「{1}」 should be 「{2}」', sourceWords, wrong, head + fixed),
              confidence: 0.9 * Math.min(1, pair.confidence + 0.1),
              explanation: {
                problem: t('This quarter or half of the year differs from the aligned source sentence.'),
                reasons: [t('The source sentence (line {0}) says "{1}".', alignment.sourceSpan(pair).line + 1, sourceWords)],
              },
              replacements: [replacement],
            },
            pair,
            alignment,
            sourceMention.range,
          ),
        );
      }
    }
  }
  return findings;
}
