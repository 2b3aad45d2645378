/** Every detector the analysis runs. */
import type { Detector, SequenceDetector } from './detector';
import { confusableLoanword } from './confusableLoanword';
import { dictionaryRule } from './dictionaryRule';
import { glossaryTerm } from './glossaryTerm';
import { garbledKatakanaName } from './garbledKatakanaName';
import { garbledKanjiName } from './garbledKanjiName';
import { garbledLatinName } from './garbledLatinName';
import { garbledRelatedName } from './garbledRelatedName';
import { implausibleCurrency } from './implausibleCurrency';
import { implausibleQuantity } from './implausibleQuantity';
import { implausibleFineShare } from './implausibleFineShare';
import { inconsistentSpelling } from './inconsistentSpelling';
import { letterForKana } from './letterForKana';
import { lineBreakInWord } from './lineBreakInWord';
import { literalTranslation } from './literalTranslation';
import { literalIdiom } from './literalIdiom';
import { misheardAcronym } from './misheardAcronym';
import { modelNameDigitConfusion } from './modelNameDigitConfusion';
import { nameTwoSpellings } from './nameTwoSpellings';
import { nearbyContradiction } from './nearbyContradiction';
import { ownerCurrency } from './ownerCurrency';
import { pairedCurrency } from './pairedCurrency';
import { planBeforeNow } from './planBeforeNow';
import { repeatedWord } from './repeatedWord';
import { reversedChange } from './reversedChange';
import { sameSoundKanji } from './sameSoundKanji';
import { splitBrandName } from './splitBrandName';
import { truncatedName } from './truncatedName';
import { truncatedDocumentName } from './truncatedDocumentName';
import { spokenDomain } from './spokenDomain';
import { spelledOutName } from './spelledOutName';
import { wrongMagnitude } from './wrongMagnitude';
import { wrongPrize } from './wrongPrize';
import { wrongYear } from './wrongYear';

/** Detectors that find misspelt entity names; their findings also tell the others what the story is about. */
export const NAME_DETECTORS: readonly Detector[] = [garbledLatinName, garbledKatakanaName, splitBrandName];

/** Detectors that judge one chunk of the document with its entities, misspelt or not, already known. */
export const CHUNK_DETECTORS: readonly Detector[] = [
  implausibleCurrency,
  implausibleQuantity,
  implausibleFineShare,
  modelNameDigitConfusion,
  lineBreakInWord,
  repeatedWord,
  letterForKana,
  confusableLoanword,
  literalIdiom,
  reversedChange,
  wrongPrize,
  wrongYear,
  sameSoundKanji,
  spokenDomain,
  truncatedName,
  garbledKanjiName,
  garbledRelatedName,
  spelledOutName,
  dictionaryRule,
  glossaryTerm,
];

/** Detectors that compare the spellings of the document's entities (its mention counts only, no text). */
export const WHOLE_DOCUMENT_DETECTORS: readonly Detector[] = [inconsistentSpelling];

/** Detectors that compare what chunks contain across the whole document, chunk scans first (see SequenceDetector). */
export const SEQUENCE_DETECTORS: readonly SequenceDetector<unknown>[] = [
  wrongMagnitude,
  ownerCurrency,
  pairedCurrency,
  nameTwoSpellings,
  truncatedDocumentName,
  misheardAcronym,
  literalTranslation,
  planBeforeNow,
  nearbyContradiction,
];

export const ALL_DETECTORS: readonly Pick<Detector, 'code' | 'description'>[] = [
  ...NAME_DETECTORS,
  ...CHUNK_DETECTORS,
  ...WHOLE_DOCUMENT_DETECTORS,
  ...SEQUENCE_DETECTORS,
];
