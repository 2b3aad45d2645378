/** Every check between a source and its translation. */
import { addedSegment } from './addedSegment';
import type { SourceCheck } from './check';
import { currencyMismatch } from './currencyMismatch';
import { inconsistentTerm } from './inconsistentTerm';
import { nameMismatch } from './nameMismatch';
import { numberMismatch } from './numberMismatch';
import { omittedSegment } from './omittedSegment';
import { unitMismatch } from './unitMismatch';
import { untranslatedSegment } from './untranslatedSegment';
import { wrongTerm } from './wrongTerm';

export const SOURCE_CHECKS: readonly SourceCheck[] = [
  numberMismatch,
  currencyMismatch,
  unitMismatch,
  nameMismatch,
  untranslatedSegment,
  omittedSegment,
  addedSegment,
  inconsistentTerm,
  wrongTerm,
];
