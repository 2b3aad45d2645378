/**
 * currency-mismatch. Contract: in a pair the aligner is sure of, an amount has the source's value but
 * another currency ($5.5 million ↔ 550万ルピー, € ↔ ドル). Fix: the source's currency in Japanese (ドル,
 * ユーロ, ポンド, 円…; 米ドル where the source says US$). Not flagged: another value in another currency (a conversion).
 */
import { t } from '../../l10n';
import { formatJapaneseNumber } from '../quantities';
import { quantityCheck } from './quantityCheck';

export const currencyMismatch = quantityCheck({
  code: 'currency-mismatch',
  description: 'An amount in another currency than in the aligned source sentence ($5.5 million → 550万ルピー).',
  conflicts: (match) => match.currency,
  fix: ({ source, target }, context, _pair, alignment) => {
    const usual = context.kb.currencyByCode(source.currency ?? '')?.ja;
    if (!usual || !target.unitRange) return undefined;
    // A source that says which dollar (US$6.4 billion, USD, U.S. dollars) is answered in kind: 米ドル, not a bare ドル.
    const saysUS = /\bUS\$|\bU\.S\.\s?\$|\bUSD\b|\bU\.?S\.? dollars?\b/i.test(alignment.sourceText.slice(source.range.start, source.range.end));
    const name = usual === 'ドル' && saysUS ? '米ドル' : usual;
    // A symbol before the number ($550万) is rewritten in Japanese order, the number then the unit.
    const symbolFirst = target.unitRange.end <= target.numberRange.start;
    return symbolFirst
      ? { range: target.range, replacement: `${formatJapaneseNumber(target.value)}${name}`, confidence: 0.97 }
      : { range: target.unitRange, replacement: name, confidence: 0.97 };
  },
  problem: () => t('This amount is in another currency than in the aligned source sentence.'),
  // The same value on both sides ties the two amounts whatever the alignment's doubt.
  anchored: () => true,
});
