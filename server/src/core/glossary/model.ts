/** A glossary (term base) as the analysis uses it: approved terms, and forbidden ones with what to write instead. */
import type { EntityType } from '../knowledge/model';
import type { DictionaryProblem } from '../dictionary/prh';

export interface GlossaryEntry {
  /** The term to write in Japanese (or the only language the entry has). */
  readonly preferred: string;
  /** The English term, when the entry has one. */
  readonly english?: string;
  /** Other approved spellings ("admitted" terms). */
  readonly admitted: readonly string[];
  /** Terms not to write, each with the term to write instead (the preferred term of its language). */
  readonly forbidden: readonly { readonly term: string; readonly instead: string }[];
  readonly type?: EntityType;
  readonly id?: string;
  readonly note?: string;
  /** Where the entry is written ("glossary.tbx:12"), for messages. */
  readonly source: string;
}

export interface Glossary {
  readonly entries: readonly GlossaryEntry[];
  /** Problems with line and column, as a dictionary's: the valid entries are kept. */
  readonly problems: readonly DictionaryProblem[];
}
