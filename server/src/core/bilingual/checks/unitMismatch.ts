/**
 * unit-mismatch. Contract: in a pair the aligner is sure of, a measure has the source's value but another
 * unit of the same dimension (5 gigawatts ↔ 5メガワット, 45 minutes ↔ 45時間, 30 miles ↔ 30キロ, 68°F ↔
 * 摂氏68度, 200,000 tokens ↔ 20万パラメーター), or percentage points written as per cent (4 percentage
 * points ↔ 4%). Fix: the source's unit, in the translation's script (GW when it wrote MW, ギガワット when it
 * wrote メガワット), a duration as the sentence writes others (分 beside 5分, else 分間), months with the counter the translation writes
 * (カ月 where it writes 3カ月). Not flagged: another value in another unit (a conversion), per cent written as points.
 * And a rate given per another period (月に for "per year"): see ratePeriodSlips.
 */
import { t } from '../../l10n';
import { targetSlice } from '../pairFacts';
import { japaneseUnitName, type Quantity } from '../quantities';
import type { SourceCheck } from './check';
import { quantityCheck } from './quantityCheck';
import { ratePeriodSlips } from './ratePeriodSlips';

/** A duration the sentence writes without 間 elsewhere (5分に, 3日で) is fixed the same way: 分, not 分間. */
function durationAsWritten(kana: string, sentence: string): string {
  const bare = /^(分|日|年)間$/.exec(kana)?.[1];
  if (!bare) return kana;
  return new RegExp(`[0-9０-９一二三四五六七八九十百]${bare}(?!間)`).test(sentence) ? bare : kana;
}

/** The ways Japanese writes the counter of months (3か月, 3カ月, 3ヶ月); a fix writes the one the translation writes. */
const MONTH_COUNTERS = /(?<=[0-9０-９一二三四五六七八九十数])(か月|カ月|ヶ月|ヵ月|ケ月|箇月)/g;
/** The same 箇 written before other counters (5カ国, 3か所, 2ヶ国): one choice of the writer's for all of them. */
const OTHER_KA_COUNTERS = /(?<=[0-9０-９一二三四五六七八九十数])(か|カ|ヶ|ヵ|ケ|箇)(?=国|所|条|年)/g;

/** The most frequent of a pattern's matches in a text. */
function mostWritten(pattern: RegExp, text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(pattern)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The counter of months as the translation writes it elsewhere (its most frequent spelling); else with the 箇 it writes
 * before other counters (カ国 → カ月); else カ月, as Japanese news writes it (the table's か月 is the public-document style).
 */
export function monthCounterAsWritten(kana: string, translation: string): string {
  if (kana !== 'か月') return kana;
  const months = mostWritten(MONTH_COUNTERS, translation);
  if (months) return months;
  const ka = mostWritten(OTHER_KA_COUNTERS, translation);
  return ka ? `${ka}月` : 'カ月';
}

const unitsOfQuantities = quantityCheck({
  code: 'unit-mismatch',
  description: 'A measure in another unit than in the aligned source sentence (5 gigawatts → 5メガワット).',
  conflicts: (match) => match.unit,
  fix: ({ source, target }, _context, pair, alignment) => {
    const names = japaneseUnitName(source.kind === 'points' ? 'points' : (source.unit?.name ?? ''));
    if (!names || !target.unitRange) return undefined;
    const written = targetSlice(pair, target.unitRange);
    const translation = alignment.pairs.flatMap((p) => p.target.map((s) => s.text)).join('\n');
    const kana = monthCounterAsWritten(durationAsWritten(names.kana, pair.target.map((s) => s.text).join('')), translation);
    const replacement = target.latinUnit && names.latin ? names.latin : shortAsWritten(written, target, kana);
    return { range: target.unitRange, replacement, confidence: 0.95 };
  },
  problem: () => t('This measure is in another unit than in the aligned source sentence.'),
  // The same value on both sides ties the two measures whatever the alignment's doubt.
  anchored: () => true,
});

/**
 * A unit the translation writes short (センチ for センチメートル, ミリ, ナノ) is fixed short too: 150センチ for
 * "150 millimetres" becomes 150ミリ, not 150ミリメートル.
 */
function shortAsWritten(written: string, target: Quantity, kana: string): string {
  const full = target.unit ? japaneseUnitName(target.unit.name)?.kana : undefined;
  if (!full || full === written || !full.startsWith(written)) return kana;
  const dropped = full.slice(written.length);
  // Only a metric prefix standing for its unit (センチ for センチメートル); 3日 for 3日間 is a duration's other form.
  if (!/^[ァ-ヴー]{3,}$/.test(dropped)) return kana;
  return kana.endsWith(dropped) && kana.length > dropped.length ? kana.slice(0, -dropped.length) : kana;
}

export const unitMismatch: SourceCheck = {
  code: unitsOfQuantities.code,
  description: unitsOfQuantities.description,
  check: (alignment, context) => [...unitsOfQuantities.check(alignment, context), ...ratePeriodSlips(alignment, unitsOfQuantities.code)],
};
