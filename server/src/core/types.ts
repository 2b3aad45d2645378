/** Shared vocabulary of the analysis core. Offsets are UTF-16 code-unit offsets into the document text. */

export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  readonly range: OffsetRange;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The fix the editor should apply for "quick fix" and fix-all. */
  readonly preferred: boolean;
}

/** Why a finding is believed: shown in the hover, one line per reason. */
export interface Explanation {
  readonly problem: string;
  readonly reasons: readonly string[];
}

export interface Finding {
  readonly code: string;
  readonly range: OffsetRange;
  readonly message: string;
  /** 0..1: how sure the detector is. Severity is derived from it, never set by hand. */
  readonly confidence: number;
  readonly severity: Severity;
  readonly fixes: readonly Fix[];
  readonly explanation: Explanation;
  /** The entity the finding is about, when there is one. */
  readonly entityId?: string;
  /** Where the source document says what the translation should: set by the checks against an English source. */
  readonly source?: SourceSpan;
}

/** A span of the source document (the English original of a translation). */
export interface SourceSpan {
  readonly uri: string;
  readonly range: OffsetRange;
  /** 0-based line of the span's start, in the source file. */
  readonly line: number;
  /** Start and end as LSP positions in the source file (0-based, UTF-16 code units). */
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
  readonly text: string;
}

export interface EntityMention {
  readonly range: OffsetRange;
  readonly entityId: string;
  /** The text as written in the document (line breaks removed). */
  readonly surface: string;
}

/** The least confidence of each severity: the one place these thresholds are defined (hover words follow them too). */
export const CONFIDENCE_OF: Readonly<Record<Exclude<Severity, 'hint'>, number>> = { error: 0.9, warning: 0.7, information: 0.5 };

/** Severity follows confidence: error only when near certain, uncertain findings stay quiet. */
export function severityFor(confidence: number): Severity {
  if (confidence >= CONFIDENCE_OF.error) return 'error';
  if (confidence >= CONFIDENCE_OF.warning) return 'warning';
  if (confidence >= CONFIDENCE_OF.information) return 'information';
  return 'hint';
}

export function clampConfidence(value: number): number {
  return Math.max(0, Math.min(0.99, value));
}
