/**
 * The shape of a subtitle check: a pure function from a parsed subtitle file and the user's rules to
 * findings. The defaults follow Netflix's Japanese timed-text style guide.
 */
import type { AnalyzedDocument } from '../../analyzedDocument';
import type { DetectorContext } from '../../context';
import type { Finding } from '../../types';
import type { Cue, SubtitleFile } from '../subtitleParser';

// The rules are settings too: defined in the module the client shares (server/src/shared).
import type { SubtitleRules } from '../../../shared/subtitleRules';
export { NETFLIX_JAPANESE, type SubtitleRules } from '../../../shared/subtitleRules';

/** What a check may read besides the file: the file's text and, for checks that read words, the analysis. */
export interface SubtitleCheckInput {
  readonly file: SubtitleFile;
  readonly text: string;
  readonly rules: SubtitleRules;
  /** A small document of the given text with the analysis's tokenizer (absent: checks that read words find nothing). */
  readonly analyzed?: (text: string) => AnalyzedDocument;
  readonly context?: DetectorContext;
}

export interface SubtitleCheck {
  /** Stable diagnostic code, also used by "fix all of this kind" and transcriptLens.disabledChecks. */
  readonly code: string;
  readonly description: string;
  check(input: SubtitleCheckInput): Finding[];
}

const HALF_WIDTH = /[\u0020-\u007e\uff61-\uff9f]/;

/** Width in full-width characters: ASCII and half-width katakana count ½. */
export function displayWidth(text: string, countSpaces = true): number {
  let width = 0;
  for (const ch of text) {
    if (!countSpaces && /\s/.test(ch)) continue;
    width += HALF_WIDTH.test(ch) ? 0.5 : 1;
  }
  return width;
}

/** A cue's text range, from its first line's start to its last line's end (undefined for a cue without text). */
export function cueTextRange(cue: Cue): { start: number; end: number } | undefined {
  const first = cue.lines[0];
  const last = cue.lines[cue.lines.length - 1];
  return first && last ? { start: first.start, end: last.end } : undefined;
}

/** Seconds, as people read them: at most three decimals, no trailing zeros. */
export function seconds(ms: number): string {
  return String(Math.round(ms) / 1000);
}

/** A number with at most one decimal. */
export function rounded(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** A timestamp in the file's own notation (SRT: 00:00:01,000; WebVTT: 00:00:01.000). */
export function formatTimestamp(ms: number, format: 'srt' | 'vtt'): string {
  const total = Math.max(0, Math.round(ms));
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor(total / 60_000) % 60;
  const secs = Math.floor(total / 1000) % 60;
  return `${pad(hours)}:${pad(minutes)}:${pad(secs)}${format === 'srt' ? ',' : '.'}${pad(total % 1000, 3)}`;
}
