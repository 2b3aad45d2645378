/**
 * A lenient SRT/WebVTT parser that keeps every offset: which characters are cue text (for the detectors),
 * which are format (cue numbers, timings, settings, headers, notes, styling tags), and each cue's timing.
 * The npm parsers we measured return cue texts and times but no offsets (README, "Subtitles").
 */
import type { OffsetRange } from '../types';

export type SubtitleFormat = 'srt' | 'vtt';

/** One line of a cue's text, in document offsets (line break excluded); `text` keeps the styling tags. */
export interface CueLine {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The text as a viewer reads it: styling tags, speaker tags and character references removed. */
  readonly visible: string;
}

export interface Cue {
  /** 0-based position among the file's cues. */
  readonly index: number;
  /** The whole block: identifier line to last text line. */
  readonly block: OffsetRange;
  readonly timing: OffsetRange;
  /** The end timestamp in the timing line (a fix that trims the cue replaces it). */
  readonly endStamp: OffsetRange;
  readonly startMs: number;
  readonly endMs: number;
  readonly lines: readonly CueLine[];
}

/** Something in the file that is not valid subtitle format, where it is. */
export interface FormatProblem {
  readonly range: OffsetRange;
  readonly kind: 'bad-timing';
}

export interface SubtitleFile {
  readonly format: SubtitleFormat;
  readonly cues: readonly Cue[];
  readonly problems: readonly FormatProblem[];
  /**
   * The file with everything but cue text blanked (each character a space, line breaks kept): the same
   * length and lines as the file, so offsets need no mapping, and each cue is a paragraph of its own.
   */
  readonly masked: string;
}

interface RawLine {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const TIMESTAMP = String.raw`(?:(\d+):)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})`;
const TIMING = new RegExp(String.raw`^\s*${TIMESTAMP}\s*-->\s*${TIMESTAMP}`);
// Markup a viewer does not read: <i>, </font>, <v Speaker>, <00:00:01.000>, {\an8}, &amp;.
const MARKUP = /<[^<>\n]*>|\{\\[^{}\n]*\}|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi;

export function parseSubtitles(text: string, format: SubtitleFormat): SubtitleFile {
  const lines = linesOf(text);
  const keep: OffsetRange[] = [];
  const cues: Cue[] = [];
  const problems: FormatProblem[] = [];
  let i = 0;
  let first = true;
  while (i < lines.length) {
    if (isBlank(lines[i])) {
      i++;
      continue;
    }
    const blockStart = i;
    while (i < lines.length && !isBlank(lines[i])) i++;
    const block = lines.slice(blockStart, i);
    const isHeader = first && format === 'vtt' && /^\uFEFF?WEBVTT\b/.test(block[0]?.text ?? '');
    first = false;
    if (isHeader || (format === 'vtt' && /^(NOTE|STYLE|REGION)\b/.test(block[0]?.text ?? ''))) continue;
    const timingAt = block.findIndex((line, n) => n <= 1 && line.text.includes('-->'));
    if (timingAt < 0) {
      // Text after a blank line inside a cue (a common slip): still the previous cue's text, analysed as such.
      const previous = cues.pop();
      if (previous) {
        const extra = block.map(cueLine);
        keep.push(...extra);
        cues.push({
          ...previous,
          block: { start: previous.block.start, end: block[block.length - 1]?.end ?? previous.block.end },
          lines: [...previous.lines, ...extra],
        });
      }
      continue;
    }
    const timingLine = block[timingAt] as RawLine;
    const match = TIMING.exec(timingLine.text);
    if (!match) {
      problems.push({ range: { start: timingLine.start, end: timingLine.end }, kind: 'bad-timing' });
      continue;
    }
    const textLines = block.slice(timingAt + 1).map(cueLine);
    keep.push(...textLines);
    cues.push({
      index: cues.length,
      block: { start: block[0]?.start ?? timingLine.start, end: block[block.length - 1]?.end ?? timingLine.end },
      timing: { start: timingLine.start, end: timingLine.end },
      endStamp: endStampOf(timingLine, match),
      startMs: milliseconds(match, 1),
      endMs: milliseconds(match, 5),
      lines: textLines,
    });
  }
  return { format, cues: cues.map((cue, index) => ({ ...cue, index })), problems, masked: masked(text, keep) };
}

function cueLine(line: RawLine): CueLine {
  return { ...line, visible: line.text.replace(MARKUP, '') };
}

function endStampOf(line: RawLine, match: RegExpExecArray): OffsetRange {
  const arrow = line.text.indexOf('-->');
  const from = arrow + 3 + (/^\s*/.exec(line.text.slice(arrow + 3))?.[0].length ?? 0);
  return { start: line.start + from, end: line.start + match[0].length };
}

/** A timestamp's value; its four groups (hours, minutes, seconds, fraction) start at group `from`. */
function milliseconds(match: RegExpExecArray, from: number): number {
  const part = (n: number): number => Number(match[from + n] ?? 0);
  const fraction = Number((match[from + 3] ?? '0').padEnd(3, '0'));
  return ((part(0) * 60 + part(1)) * 60 + part(2)) * 1000 + fraction;
}

function isBlank(line: RawLine | undefined): boolean {
  return line !== undefined && line.text.replace(/^\uFEFF/, '').trim() === '';
}

function linesOf(text: string): RawLine[] {
  const lines: RawLine[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** The text with every character outside `keep` (and every piece of markup inside it) made a space; line breaks stay. */
function masked(text: string, keep: readonly OffsetRange[]): string {
  const out: string[] = [];
  let at = 0;
  const blank = (from: number, to: number): void => {
    if (to > from) out.push(text.slice(from, to).replace(/[^\r\n]/g, ' '));
  };
  for (const range of keep) {
    blank(at, range.start);
    out.push(text.slice(range.start, range.end).replace(MARKUP, (markup) => ' '.repeat(markup.length)));
    at = range.end;
  }
  blank(at, text.length);
  return out.join('');
}
