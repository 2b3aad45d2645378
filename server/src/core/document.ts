/** A transcript as text plus line structure; converts between offsets and (line, character) positions. */
import type { OffsetRange } from './types';

export interface Position {
  readonly line: number;
  /** UTF-16 code units, as LSP counts them. */
  readonly character: number;
}

export interface Line {
  readonly index: number;
  readonly start: number;
  /** Offset just before the line break. */
  readonly end: number;
  readonly text: string;
}

export class TranscriptDocument {
  readonly lines: readonly Line[];

  constructor(
    readonly text: string,
    readonly uri = 'untitled:transcript',
  ) {
    this.lines = splitLines(text);
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineIndexAt(clamped);
    const start = this.lines[line]?.start ?? 0;
    return { line, character: clamped - start };
  }

  offsetAt(position: Position): number {
    const line = this.lines[Math.max(0, Math.min(position.line, this.lines.length - 1))];
    if (!line) return 0;
    return Math.min(line.start + Math.max(0, position.character), line.end);
  }

  lineIndexAt(offset: number): number {
    let low = 0;
    let high = this.lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lines[mid]?.start ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  slice(range: OffsetRange): string {
    return this.text.slice(range.start, range.end);
  }
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const pattern = /\r\n|\r|\n/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    lines.push({ index: lines.length, start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ index: lines.length, start, end: text.length, text: text.slice(start) });
  return lines;
}

/**
 * The document as one run of text in which a line break inside a paragraph is removed, so that a name
 * split across two lines ("サム・" / "アルトマン") reads as one. Full-width Latin letters and digits are
 * folded to ASCII (one code unit each, so offsets stay aligned). `offsets[i]` is the document offset of
 * flow character i; `offsets[length]` is the end of the document.
 */
export interface FlowText {
  readonly text: string;
  readonly offsets: readonly number[];
}

export function flowText(doc: TranscriptDocument): FlowText {
  let text = '';
  const offsets: number[] = [];
  doc.lines.forEach((line, index) => {
    for (let i = 0; i < line.text.length; i++) {
      text += foldWidth(line.text[i] ?? '');
      offsets.push(line.start + i);
    }
    const next = doc.lines[index + 1];
    if (!next) return;
    if (line.text.trim() === '' || next.text.trim() === '') {
      text += '\n';
      offsets.push(line.end);
    }
  });
  offsets.push(doc.text.length);
  return { text, offsets };
}

/** Document range of flow characters [start, end). */
export function flowRange(flow: FlowText, start: number, end: number): OffsetRange {
  const last = flow.offsets[end - 1];
  return { start: flow.offsets[start] ?? 0, end: last === undefined ? (flow.offsets[start] ?? 0) : last + 1 };
}

function foldWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch;
}

/** A run of whole lines that the analysis treats as one unit, cached by its text. */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Lines ending a sentence end a chunk: nothing the detectors look for runs across a sentence end.
const SENTENCE_END = /[。！？!?」』]\s*$/;
const MAX_CHUNK_LINES = 200;
// A long line (a whole transcript pasted as one) is cut after its sentences, and as a last resort every
// MAX_SEGMENT characters, so that no single chunk makes every edit slow.
const LONG_LINE = 500;
const MAX_SEGMENT = 5000;

/**
 * The document cut into chunks at sentence ends and blank lines, so that an edit changes one chunk and
 * the analysis of every other chunk can be reused.
 */
export function chunksOf(doc: TranscriptDocument): Chunk[] {
  const chunks: Chunk[] = [];
  let start: number | undefined;
  let end = 0;
  let lines = 0;
  const close = (): void => {
    if (start !== undefined && end > start) chunks.push({ start, end, text: doc.text.slice(start, end) });
    start = undefined;
    lines = 0;
  };
  for (const line of doc.lines) {
    if (line.text.trim() === '') {
      close();
      continue;
    }
    for (const segment of segmentsOf(line)) {
      start ??= segment.start;
      end = segment.end;
      if (segment.end < line.end) close();
    }
    lines++;
    if (SENTENCE_END.test(line.text) || lines >= MAX_CHUNK_LINES) close();
  }
  close();
  return chunks;
}

function softCut(text: string, from: number, hardEnd: number): number {
  for (let at = hardEnd; at > Math.max(from + 1, hardEnd - 200); at--) {
    if (/[、，,\s\u3041-\u3096]/.test(text[at - 1] ?? '')) return at;
  }
  return hardEnd;
}

/** A line, or for a long line its sentences (and pieces of at most MAX_SEGMENT characters). */
function segmentsOf(line: Line): OffsetRange[] {
  if (line.text.length <= LONG_LINE) return [{ start: line.start, end: line.end }];
  const segments: OffsetRange[] = [];
  let from = 0;
  for (let i = 0; i < line.text.length; i++) {
    const sentenceEnd = /[。！？]/.test(line.text[i] ?? '') && !/[」』）)]/.test(line.text[i + 1] ?? '');
    if (sentenceEnd || i + 1 - from >= MAX_SEGMENT) {
      // Without a sentence end, cut after a particle, comma or space nearby rather than inside a name.
      const cut = sentenceEnd ? i + 1 : softCut(line.text, from, i + 1);
      segments.push({ start: line.start + from, end: line.start + cut });
      from = cut;
      i = cut - 1;
    }
  }
  if (from < line.text.length) segments.push({ start: line.start + from, end: line.end });
  return segments;
}
