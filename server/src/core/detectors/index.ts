/** Every detector the analysis runs. */
import type { Detector } from './detector';
import { garbledKatakanaName } from './garbledKatakanaName';
import { garbledLatinName } from './garbledLatinName';
import { implausibleCurrency } from './implausibleCurrency';
import { inconsistentSpelling } from './inconsistentSpelling';
import { letterForKana } from './letterForKana';
import { lineBreakInWord } from './lineBreakInWord';
import { modelNameDigitConfusion } from './modelNameDigitConfusion';
import { repeatedWord } from './repeatedWord';
import { splitBrandName } from './splitBrandName';

export const ALL_DETECTORS: readonly Detector[] = [
  garbledLatinName,
  garbledKatakanaName,
  splitBrandName,
  implausibleCurrency,
  modelNameDigitConfusion,
  inconsistentSpelling,
  lineBreakInWord,
  repeatedWord,
  letterForKana,
];
