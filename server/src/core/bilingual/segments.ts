/**
 * Sentences (or subtitle cues) of a source or target text, with their place in the file: the units the
 * aligner pairs. Plain text is cut at line ends and sentence ends; a subtitle file gives one unit per cue.
 */
import { parseSubtitles, type SubtitleFormat } from '../formats/subtitleParser';
import { maskedParts, parseXliff } from '../formats/xliff';
import { TranscriptDocument } from '../document';
import type { OffsetRange } from '../types';

export type Language = 'en' | 'ja';
/** How a file cuts into segments: by subtitle cues, by XLIFF units, else (undefined) by sentences. */
export type SegmentFormat = SubtitleFormat | 'xliff';

export interface SegmentPiece {
  readonly start: number;
  readonly text: string;
}

export interface Segment {
  /** 0-based position among the text's segments. */
  readonly index: number;
  /** Offsets in the file's text, trimmed of surrounding spaces. */
  readonly range: OffsetRange;
  readonly text: string;
  /** 0-based line of the segment's first character. */
  readonly line: number;
  /** The segment's text as it stands in the file, piece by piece (a cue's lines): offsets stay exact. */
  readonly pieces: readonly SegmentPiece[];
  /** The XLIFF unit it is the source or target of: units pair by this, with certainty. */
  readonly unit?: number;
  /** Cue times, for subtitle files. */
  readonly startMs?: number;
  readonly endMs?: number;
}

// Abbreviations whose full stop ends no sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'no',
  'approx',
  'fig',
]);
// Abbreviations that often end a sentence too (sold in the U.S. The next…): they end one before a word that only opens
// a sentence (The, It, But…), never before a name (the U.S. Commerce Department, Nvidia Corp. CEO Jensen Huang).
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['u.s', 'u.k', 'e.u', 'u.n', 'u.a.e', 'inc', 'ltd', 'corp', 'etc']);
const SENTENCE_OPENER =
  /^\s+["“'([]?(?:The|This|That|These|Those|It|Its|In|On|At|By|For|From|With|But|And|Or|So|Yet|A|An|We|They|He|She|I|You|Our|Their|His|Her|There|Then|Now|Still|However|Meanwhile|Also|As|If|When|While|After|Before|Since|Some|Many|Most|Both|Each|What|Why|How|Who)(?![\w-])/;
// Headings, bullets and quote marks at a line start are layout, not text to translate.
const LINE_MARKUP = /^(?:#{1,6}\s+|[-*+]\s+|>\s*|\d+[.)]\s+(?=\D))/;

/** Segments of a plain text, or of a subtitle file's cues. */
export function segmentText(text: string, language: Language, format?: SegmentFormat): Segment[] {
  if (format === 'xliff') return unitSegments(text, language);
  return format ? cueSegments(text, format, language) : plainSegments(text, language);
}

/** One segment per XLIFF unit: the content of its source (English) or its target (Japanese), markup blanked. */
function unitSegments(text: string, language: Language): Segment[] {
  const lineOf = lineIndexer(text);
  const segments: Segment[] = [];
  for (const unit of parseXliff(text).units) {
    const part = language === 'en' ? unit.source : unit.target;
    if (!part) continue;
    const content = maskedParts(text, [part]).slice(part.start, part.end);
    const lead = content.length - content.trimStart().length;
    const trail = content.length - content.trimEnd().length;
    if (content.trim() === '') continue;
    const range = { start: part.start + lead, end: part.end - trail };
    segments.push({
      index: segments.length,
      range,
      text: content.trim().replace(/\s+/g, language === 'en' ? ' ' : ''),
      line: lineOf(range.start),
      pieces: [{ start: range.start, text: text.slice(range.start, range.end) }],
      unit: unit.index,
    });
  }
  return segments;
}

function cueSegments(text: string, format: SubtitleFormat, language: Language): Segment[] {
  const lineOf = lineIndexer(text);
  const segments: Segment[] = [];
  for (const cue of parseSubtitles(text, format).cues) {
    const first = cue.lines[0];
    const last = cue.lines[cue.lines.length - 1];
    if (!first || !last) continue;
    const joined = cue.lines
      .map((line) => line.visible.trim())
      .filter((line) => line !== '')
      .join(language === 'en' ? ' ' : '');
    if (joined === '') continue;
    segments.push({
      index: segments.length,
      range: { start: first.start, end: last.end },
      text: joined,
      line: lineOf(first.start),
      pieces: cue.lines.map((line) => ({ start: line.start, text: line.text })),
      startMs: cue.startMs,
      endMs: cue.endMs,
    });
  }
  return segments;
}

function plainSegments(text: string, language: Language): Segment[] {
  const doc = new TranscriptDocument(text);
  const lineOf = (offset: number): number => doc.lineIndexAt(offset);
  const segments: Segment[] = [];
  const { lines } = doc;
  // Prose hard-wrapped at a fixed width: in a text whose lines mostly end a sentence, a line that does not
  // runs on into the next (and in English, a line starting in lower case continues the one before).
  const ends = language === 'ja' ? /[。！？!?」』）).]$/ : /[.!?:;"”')\]]$/;
  const written = lines.map((line) => text.slice(line.start, line.end).trimEnd()).filter((body) => body.trim() !== '');
  const wrapped = written.length >= 3 && written.filter((body) => ends.test(body)).length >= 0.6 * written.length;
  const units: { start: number; end: number; line: number }[] = [];
  for (const line of lines) {
    const previous = units[units.length - 1];
    const body = text.slice(line.start, line.end);
    if (body.trim() === '') {
      units.push({ start: line.start, end: line.start, line: line.index });
      continue;
    }
    const previousText = previous ? text.slice(previous.start, previous.end).trimEnd() : '';
    const runsOn =
      previous !== undefined &&
      previousText !== '' &&
      !ends.test(previousText) &&
      !LINE_MARKUP.test(previousText.trimStart()) &&
      !/[:：]$/.test(previousText) &&
      !LINE_MARKUP.test(body.trimStart()) &&
      (wrapped || (language === 'en' && /^\s*[a-z]/.test(body)));
    if (runsOn) previous.end = line.end;
    else units.push({ start: line.start, end: line.end, line: line.index });
  }
  for (const unit of units) {
    let start = unit.start;
    const markup = LINE_MARKUP.exec(text.slice(start, unit.end));
    if (markup) start += markup[0].length;
    for (const sentence of sentencesIn(text, start, unit.end, language)) {
      const trimmed = trimRange(text, sentence.start, sentence.end);
      if (trimmed.end <= trimmed.start) continue;
      const exact = text.slice(trimmed.start, trimmed.end);
      segments.push({
        index: segments.length,
        range: trimmed,
        text: exact.replace(/\s*(?:\r\n|\r|\n)\s*/g, language === 'en' ? ' ' : ''),
        line: lineOf(trimmed.start),
        pieces: [{ start: trimmed.start, text: exact }],
      });
    }
  }
  return segments;
}

// Not document.ts's segmentsOf: that cuts only over-long Japanese lines, for caching; this cuts every unit into the sentences the aligner pairs, in both languages.
function sentencesIn(text: string, start: number, end: number, language: Language): OffsetRange[] {
  const pattern = language === 'ja' ? /[。！？!?]+[」』）)"”]*/g : /[.!?]+["”')\]]*(?=\s+["“'([]?[A-Z0-9])/g;
  const body = text.slice(start, end);
  const ranges: OffsetRange[] = [];
  let from = 0;
  for (const match of body.matchAll(pattern)) {
    const stop = match.index + match[0].length;
    // A quotation that runs on into its sentence (「行く。」と言った) ends no sentence.
    if (language === 'ja' && /[」』）)"”]$/.test(match[0]) && /^[\u3041-\u309f]/.test(body.slice(stop))) continue;
    if (language === 'en' && match[0].startsWith('.') && isAbbreviation(body, match.index, body.slice(stop))) continue;
    if (body.slice(stop).trim() === '') break;
    ranges.push({ start: start + from, end: start + stop });
    from = stop;
  }
  ranges.push({ start: start + from, end });
  return ranges;
}

function isAbbreviation(body: string, dot: number, after: string): boolean {
  const word = /([A-Za-z.]+)$/.exec(body.slice(0, dot))?.[1] ?? '';
  if (SENTENCE_FINAL_ABBREVIATIONS.has(word.toLowerCase()) && SENTENCE_OPENER.test(after)) return false;
  // A single capital is an initial (J. R. R. Tolkien), and so are capitals run together with dots (C.C. Wei, J.R.R.);
  // a number before the dot is a decimal or a list item.
  return ABBREVIATIONS.has(word.toLowerCase()) || /^(?:[A-Z]\.)*[A-Z]$/.test(word);
}

function trimRange(text: string, start: number, end: number): OffsetRange {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** The 0-based line of an offset, as the document counts lines. */
function lineIndexer(text: string): (offset: number) => number {
  const lines = new TranscriptDocument(text);
  return (offset) => lines.lineIndexAt(offset);
}

/** The length the aligner compares: letters and digits, not spaces or punctuation. */
export function contentLength(text: string): number {
  return text.replace(/[\s\p{P}\p{S}]/gu, '').length;
}
