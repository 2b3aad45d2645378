/** A transcript as text plus line structure; converts between offsets and (line, character) positions. */
import type { BreakLayout } from './layout';
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

/**
 * How a text relates to the one it was edited from: its first `prefix` and last `suffix` characters are
 * those of the earlier text. An editor knows this from its change events; `unchangedEnds` finds it otherwise.
 */
export interface UnchangedEnds {
  readonly prefix: number;
  readonly suffix: number;
}

/** What a revised document takes over from the one it was edited from. */
export interface Revision {
  readonly text: string;
  readonly lineStarts: Uint32Array;
  readonly chunks: readonly Chunk[];
  readonly unchanged: UnchangedEnds;
}

let lastSerial = 0;

/** A version this document was revised from: its serial number and length, and what the edit left of it. */
export interface RevisedFrom {
  readonly serial: number;
  readonly length: number;
  readonly unchanged: UnchangedEnds;
}

export class TranscriptDocument {
  /** Offset of each line's first character; a typed array, cheap to build for a long document on every edit. */
  readonly lineStarts: Uint32Array;
  /** Tells this version from every other (an analysis knows by it whether it saw the version this one was revised from). */
  readonly serial = ++lastSerial;
  readonly revisedFrom: RevisedFrom | undefined;
  private lineCache: readonly Line[] | undefined;
  private chunkCache: readonly Chunk[] | undefined;
  /** Kept only until this document's chunks are made, so that no chain of earlier versions stays in memory. */
  private revision: Revision | undefined;

  constructor(
    readonly text: string,
    readonly uri = 'untitled:transcript',
    revisionOf?: { readonly document: TranscriptDocument; readonly unchanged: UnchangedEnds },
  ) {
    if (revisionOf) {
      const { document, unchanged } = revisionOf;
      const limit = Math.min(document.text.length, text.length);
      const prefix = Math.max(0, Math.min(unchanged.prefix, limit));
      const revision = {
        text: document.text,
        lineStarts: document.lineStarts,
        chunks: document.chunks,
        unchanged: { prefix, suffix: Math.max(0, Math.min(unchanged.suffix, limit - prefix)) },
      };
      this.lineStarts = revisedLineStarts(text, revision);
      this.revision = revision;
      this.revisedFrom = { serial: document.serial, length: document.text.length, unchanged: revision.unchanged };
    } else {
      this.lineStarts = lineStartsOf(text);
      this.revisedFrom = undefined;
    }
  }

  /** The same document after an edit: what the edit left alone (lines, chunk texts) is taken over, not rebuilt. */
  revised(text: string, unchanged: UnchangedEnds = unchangedEnds(this.text, text)): TranscriptDocument {
    return new TranscriptDocument(text, this.uri, { document: this, unchanged });
  }

  /** The lines with their texts, built on first use (most edits of a long document never need them all). */
  get lines(): readonly Line[] {
    this.lineCache ??= Array.from(this.lineStarts, (start, index) => {
      const end = this.lineEnd(index);
      return { index, start, end, text: this.text.slice(start, end) };
    });
    return this.lineCache;
  }

  /** The chunks the analysis works on (see chunksOf); after an edit, the unchanged ones keep their text strings. */
  get chunks(): readonly Chunk[] {
    if (!this.chunkCache) {
      this.chunkCache = chunksOf(this, this.revision);
      this.revision = undefined;
    }
    return this.chunkCache;
  }

  /** Offset just before line `index`'s line break. */
  lineEnd(index: number): number {
    const next = this.lineStarts[index + 1];
    if (next === undefined) return this.text.length;
    return this.text.charCodeAt(next - 1) === LF && this.text.charCodeAt(next - 2) === CR ? next - 2 : next - 1;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineIndexAt(clamped);
    return { line, character: clamped - (this.lineStarts[line] ?? 0) };
  }

  offsetAt(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.lineStarts.length - 1));
    const start = this.lineStarts[line] ?? 0;
    return Math.min(start + Math.max(0, position.character), this.lineEnd(line));
  }

  lineIndexAt(offset: number): number {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  slice(range: OffsetRange): string {
    return this.text.slice(range.start, range.end);
  }
}

const CR = 13;
const LF = 10;

/** Line starts for \r\n, \r and \n line breaks. */
function lineStartsOf(text: string): Uint32Array {
  const starts = [0];
  if (text.includes('\r')) {
    pushLineStarts(text, 0, text.length, starts);
  } else {
    // The common case, and the fast one: the engine's own search for \n.
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  }
  return Uint32Array.from(starts);
}

/** The line starts that the characters at [from, to) make: after each \n, and after each \r not followed by \n. */
function pushLineStarts(text: string, from: number, to: number, starts: number[]): void {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) starts.push(i + 1);
  }
}

/**
 * Line starts after an edit: those inside the unchanged prefix are copied, those inside the unchanged
 * suffix shifted by the change in length, and only the text between is searched for line breaks.
 */
function revisedLineStarts(text: string, { text: before, lineStarts: old, unchanged: { prefix, suffix } }: Revision): Uint32Array {
  const delta = text.length - before.length;
  // A start is decided by the characters before and at it (\r\n), so only starts below `prefix` are certain.
  const kept = Math.max(1, firstIndexAbove(old, prefix - 1));
  const middle: number[] = [];
  pushLineStarts(text, Math.max(0, prefix - 1), text.length - suffix, middle);
  const shiftedFrom = firstIndexAbove(old, before.length - suffix);
  const starts = new Uint32Array(kept + middle.length + old.length - shiftedFrom);
  starts.set(old.subarray(0, kept));
  starts.set(middle, kept);
  for (let i = shiftedFrom, at = kept + middle.length; i < old.length; i++, at++) starts[at] = (old[i] ?? 0) + delta;
  return starts;
}

/** Index of the first value greater than `bound` in an ascending array (its length if none is). */
function firstIndexAbove(values: Uint32Array, bound: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((values[mid] ?? 0) > bound) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The longest prefix and suffix two texts share (not overlapping in the shorter one). */
export function unchangedEnds(before: string, after: string): UnchangedEnds {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

/**
 * The document as one run of text in which a line break that wraps prose is removed, so that a name
 * split across two lines ("サム・" / "アルトマン") reads as one. Full-width Latin letters and digits are
 * folded to ASCII (one code unit each, so offsets stay aligned). `offsets[i]` is the document offset of
 * flow character i; `offsets[length]` is the end of the document.
 */
export interface FlowText {
  readonly text: string;
  readonly offsets: ArrayLike<number>;
}

export function flowText(doc: TranscriptDocument, layout: BreakLayout): FlowText {
  const lines = doc.lines;
  const pieces: string[] = [];
  // At most one flow character per document character, and one for the end.
  const offsets = new Uint32Array(doc.text.length + 1);
  let length = 0;
  lines.forEach((line, index) => {
    const lineText = line.text;
    pieces.push(FULL_WIDTH_ASCII.test(lineText) ? lineText.replace(FULL_WIDTH_ASCII_ALL, foldWidth) : lineText);
    for (let i = 0; i < lineText.length; i++) offsets[length++] = line.start + i;
    const next = lines[index + 1];
    if (!next) return;
    // Only a wrap joins two lines: a cue, a menu item or a heading ends where its line ends.
    if (lineText.trim() === '' || next.text.trim() === '' || layout.wrapAfter(index) === undefined) {
      pieces.push('\n');
      offsets[length++] = line.end;
    }
  });
  offsets[length++] = doc.text.length;
  return { text: pieces.join(''), offsets: offsets.subarray(0, length) };
}

/** Document range of flow characters [start, end). */
export function flowRange(flow: FlowText, start: number, end: number): OffsetRange {
  const last = flow.offsets[end - 1];
  return { start: flow.offsets[start] ?? 0, end: last === undefined ? (flow.offsets[start] ?? 0) : last + 1 };
}

// Full-width ASCII (！ to ～), folded to ASCII.
const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/;
const FULL_WIDTH_ASCII_ALL = /[\uff01-\uff5e]/g;

function foldWidth(ch: string): string {
  return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

/** A run of whole lines that the analysis treats as one unit, cached by its text. */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Lines ending a sentence or a bracketed aside (。！？!?」』）), then perhaps spaces) end a chunk: nothing the
// detectors look for runs across them.
const SENTENCE_ENDS = new Set([...'。！？!?」』）)'].map((ch) => ch.charCodeAt(0)));
const MAX_CHUNK_LINES = 200;
// A long line (a whole transcript pasted as one) is cut after its sentences, and as a last resort every
// MAX_SEGMENT characters, so that no single chunk makes every edit slow.
const LONG_LINE = 500;
const MAX_SEGMENT = 5000;

/**
 * The document cut into chunks at sentence ends and blank lines, so that an edit changes one chunk and
 * the analysis of every other chunk can be reused. Runs on every edit of a long document: after an edit,
 * the chunks before the edited part are taken over as they were, the text is cut again from there only
 * until a chunk starts where one started before in the text the edit left alone, and the chunks from there
 * on are the earlier ones moved (the same text strings, which the analysis's caches then find at once).
 */
export function chunksOf(doc: TranscriptDocument, revision?: Revision): Chunk[] {
  const { text } = doc;
  if (!revision) return cutChunks(doc, 0, (start, end) => ({ start, end, text: detachedSlice(text, start, end) })).chunks;
  const { chunks: before, unchanged } = revision;
  const delta = text.length - revision.text.length;
  // Cut again from the start of the chunk before the first that reaches near the edit (a chunk's end is decided
  // by its last line and the line after it), at a line start.
  let first = firstChunkEndingAtOrAfter(before, unchanged.prefix - 2);
  first = Math.max(0, first - 1);
  while (first > 0 && !startsLine(revision.text, (before[first] as Chunk).start)) first--;
  const from = first === 0 ? 0 : (before[first] as Chunk).start;
  // From a line start whose line break lies in the text the edit left alone, the rest is cut as before.
  const unchangedFrom = text.length - unchanged.suffix;
  const { chunks, resumed } = cutChunks(doc, from === 0 ? 0 : doc.lineIndexAt(from), reusedChunk(text, revision), (start) => {
    if (start - 1 < unchangedFrom) return -1;
    const index = chunkIndexAt(before, start - delta);
    return index;
  });
  const result = before.slice(0, first).concat(chunks);
  if (resumed !== undefined) {
    for (let i = resumed; i < before.length; i++) {
      const chunk = before[i] as Chunk;
      result.push(delta === 0 ? chunk : { start: chunk.start + delta, end: chunk.end + delta, text: chunk.text });
    }
  }
  return result;
}

/**
 * Chunks from a line on (with nothing open before it). `resume`, asked at each line start where a chunk may
 * begin, gives the index of an earlier version's chunk from which the rest is known to be the same, or -1:
 * the cutting then stops there.
 */
function cutChunks(
  doc: TranscriptDocument,
  fromLine: number,
  chunkOf: (start: number, end: number) => Chunk,
  resume?: (lineStart: number) => number,
): { readonly chunks: Chunk[]; readonly resumed?: number } {
  const { text } = doc;
  const chunks: Chunk[] = [];
  let start: number | undefined;
  let end = 0;
  let lines = 0;
  const close = (): void => {
    if (start !== undefined && end > start) chunks.push(chunkOf(start, end));
    start = undefined;
    lines = 0;
  };
  const add = (segmentStart: number, segmentEnd: number): void => {
    start ??= segmentStart;
    end = segmentEnd;
  };
  for (let index = fromLine; index < doc.lineStarts.length; index++) {
    const lineStart = doc.lineStarts[index] ?? 0;
    const lineEnd = doc.lineEnd(index);
    const lastVisible = lastNonSpace(text, lineStart, lineEnd);
    if (lastVisible < 0) {
      close();
      continue;
    }
    if (start === undefined && resume) {
      const resumed = resume(lineStart);
      if (resumed >= 0) return { chunks, resumed };
    }
    if (lineEnd - lineStart <= LONG_LINE) {
      add(lineStart, lineEnd);
    } else {
      for (const segment of segmentsOf({ index, start: lineStart, end: lineEnd, text: text.slice(lineStart, lineEnd) })) {
        add(segment.start, segment.end);
        if (segment.end < lineEnd) close();
      }
    }
    lines++;
    if (SENTENCE_ENDS.has(text.charCodeAt(lastVisible)) || lines >= MAX_CHUNK_LINES) close();
  }
  close();
  return { chunks };
}

/** Whether an offset starts a line of a text (chunks may also start inside a long line). */
function startsLine(text: string, offset: number): boolean {
  if (offset === 0) return true;
  const before = text.charCodeAt(offset - 1);
  return before === LF || (before === CR && text.charCodeAt(offset) !== LF);
}

/** Index of the first chunk whose end is at or after an offset (their number if none is). */
function firstChunkEndingAtOrAfter(chunks: readonly Chunk[], offset: number): number {
  let low = 0;
  let high = chunks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((chunks[mid] as Chunk).end >= offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * A chunk, taken from the earlier version when the edit left it where it was, or with the earlier
 * chunk's text when the edit only moved it (the same string, which the analysis's caches find at once).
 */
function reusedChunk(text: string, { text: before, chunks, unchanged: { prefix, suffix } }: Revision): (start: number, end: number) => Chunk {
  const delta = text.length - before.length;
  return (start, end) => {
    const inSuffix = start >= text.length - suffix;
    const same = end <= prefix ? chunkAt(chunks, start) : inSuffix ? chunkAt(chunks, start - delta) : undefined;
    if (!same || same.end - same.start !== end - start) return { start, end, text: detachedSlice(text, start, end) };
    return same.start === start ? same : { start, end, text: same.text };
  };
}

/**
 * A piece of a text as a string of its own. V8 makes a slice of a long string point into it, and the
 * analysis keeps chunk texts in its caches long after the document they were cut from was edited: as
 * slices, each would keep a whole version of the document alive (measured: 0.75 MB per edit of a 1 MB
 * transcript). Adding a character and taking it off again makes V8 copy the piece.
 */
function detachedSlice(text: string, start: number, end: number): string {
  return `${text.slice(start, end)} `.slice(0, -1);
}

/** The chunk starting at an offset, by binary search over chunks in document order. */
function chunkAt(chunks: readonly Chunk[], start: number): Chunk | undefined {
  return chunks[chunkIndexAt(chunks, start)];
}

/** Index of the chunk starting at an offset, or -1. */
function chunkIndexAt(chunks: readonly Chunk[], start: number): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const chunk = chunks[mid];
    if (!chunk) return -1;
    if (chunk.start === start) return mid;
    if (chunk.start < start) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** Offset of the last character in [start, end) that is not white space, or -1 for a blank line. */
function lastNonSpace(text: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (!isSpaceCode(text.charCodeAt(i))) return i;
  return -1;
}

/** The characters String.prototype.trim removes. */
function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
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

/** For each chunk, whether blank lines stand between it and the chunk before (a new region of the layout starts there). */
export function separatedChunks(text: string, chunks: readonly Chunk[]): boolean[] {
  return chunks.map((chunk, i) => {
    const before = chunks[i - 1];
    if (!before) return true;
    // Counted in place (\r\n as one break): this runs for every chunk on every edit.
    let breaks = 0;
    for (let i = before.end; i < chunk.start && breaks < 2; i++) {
      const code = text.charCodeAt(i);
      if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) breaks++;
    }
    return breaks >= 2;
  });
}
