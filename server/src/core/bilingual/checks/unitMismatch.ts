/**
 * unit-mismatch. Contract: in a pair the aligner is sure of, a measure has the source's value but another
 * unit of the same dimension (5 gigawatts ↔ 5メガワット, 45 minutes ↔ 45時間, 30 miles ↔ 30キロ, 68°F ↔
 * 摂氏68度, 200,000 tokens ↔ 20万パラメーター), or percentage points written as per cent (4 percentage
 * points ↔ 4%). Fix: the source's unit, in the translation's script (GW when it wrote MW, ギガワット when it
 * wrote メガワット). Not flagged: another value in another unit (a conversion), per cent written as points.
 */
import { t } from '../../l10n';
import { japaneseUnitName } from '../quantities';
import { quantityCheck } from './quantityCheck';

export const unitMismatch = quantityCheck({
  code: 'unit-mismatch',
  description: 'A measure in another unit than in the aligned source sentence (5 gigawatts → 5メガワット).',
  conflicts: (match) => match.unit,
  fix: ({ source, target }) => {
    const names = japaneseUnitName(source.kind === 'points' ? 'points' : (source.unit?.name ?? ''));
    if (!names || !target.unitRange) return undefined;
    return { range: target.unitRange, replacement: target.latinUnit && names.latin ? names.latin : names.kana, confidence: 0.95 };
  },
  problem: () => t('This measure is in another unit than in the aligned source sentence.'),
});
