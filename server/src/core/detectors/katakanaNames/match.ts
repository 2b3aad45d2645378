/** A known name a katakana word may be garbled from, and how. */
import type { KatakanaName } from '../../nameIndex';

export interface Match {
  readonly name: KatakanaName;
  /** The part of the known name the garbled part corresponds to. */
  readonly target: string;
  readonly similarity: number;
  readonly truncated: boolean;
  /** The rest of a multi-part name matches exactly ("サム" in "サム・アルマン"). */
  readonly otherPartMatches: boolean;
  /** A given name run into the end of the surname ("サムマン"): a guess, never more than information. */
  readonly contracted?: boolean;
  /** Another transliteration of the same sounds (コーパイロット, サツケヴァー, アントロピック): information, never "garbled". */
  readonly variant?: boolean;
  /** The word is a known spelling of another person's name, one the story does not name (ケンダル of Liz Kendall): information at most. */
  readonly knownElsewhere?: string;
  /** A given name and surname run together into one word (ホクタム for ホック・タン): the whole name is the fix. */
  readonly runTogether?: boolean;
}
