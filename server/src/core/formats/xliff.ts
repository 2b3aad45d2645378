/**
 * XLIFF 1.2 and 2.x, the exchange format of translation tools (Trados, memoQ, Crowdin, Weblate…): the English
 * source and the Japanese target of every unit in one file. Read by hand because no XML package on npm gives
 * the offsets of an element's content in the file, and every finding must point into the file as it is.
 *
 * What it reads: in 1.2 each `<trans-unit>` (its `<alt-trans>` proposals left out), in 2.x each `<segment>` of
 * a `<unit>` (or `<ignorable>`, which needs no translation, left out); the first `<source>` and `<target>` of
 * each. Comments, CDATA markers, inline tags (`<g>`, `<x/>`, `<ph>`, `<pc>`…) and character references are
 * not text: the masked texts make them spaces, so offsets stay those of the file.
 */
import type { OffsetRange } from '../types';

export interface XliffUnit {
  /** 0-based position among the file's units. */
  readonly index: number;
  readonly id: string;
  /** The content of `<source>`, of `<target>` (absent when the unit is not translated yet). */
  readonly source?: OffsetRange;
  readonly target?: OffsetRange;
}

export interface XliffFile {
  readonly version: string;
  readonly units: readonly XliffUnit[];
}

const XLIFF_EXTENSION = /\.(xlf|xliff)$/i;
const COMMENT = /<!--[\s\S]*?-->/g;
const ALT_TRANS = /<alt-trans\b[\s\S]*?<\/alt-trans>/g;
/** Markup inside content: tags, CDATA markers, character references. */
const INLINE_MARKUP = /<[^>]*>|<!\[CDATA\[|\]\]>|&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);/g;

export function isXliffFile(uri: string, languageId?: string): boolean {
  if (languageId === 'xliff') return true;
  if (languageId !== undefined && languageId !== 'plaintext' && languageId !== 'xml') return false;
  return XLIFF_EXTENSION.test(uri.replace(/[?#].*$/, ''));
}

export function parseXliff(text: string): XliffFile {
  // Searched in a copy without comments and proposals (same length: offsets are the file's).
  const searched = blank(blank(text, COMMENT), ALT_TRANS);
  const version = /<xliff\b[^>]*\bversion\s*=\s*["']([\d.]+)["']/.exec(searched)?.[1] ?? '1.2';
  const element = version.startsWith('1') ? 'trans-unit' : 'segment';
  const units: XliffUnit[] = [];
  const unitPattern = new RegExp(`<${element}\\b([^>]*?)(/?)>`, 'g');
  for (const open of searched.matchAll(unitPattern)) {
    if (open[2] === '/') continue;
    const bodyStart = (open.index ?? 0) + open[0].length;
    const close = searched.indexOf(`</${element}>`, bodyStart);
    if (close < 0) break;
    const body = searched.slice(bodyStart, close);
    const source = contentOf(body, 'source', bodyStart);
    const target = contentOf(body, 'target', bodyStart);
    const id = /\bid\s*=\s*["']([^"']*)["']/.exec(open[1] ?? '')?.[1] ?? String(units.length + 1);
    units.push({ index: units.length, id, ...(source ? { source } : {}), ...(target ? { target } : {}) });
    unitPattern.lastIndex = close;
  }
  return { version, units };
}

/** The file with everything but the given parts (and the markup inside them) made spaces; line breaks stay. */
export function maskedParts(text: string, parts: readonly OffsetRange[]): string {
  const out: string[] = [];
  let at = 0;
  const spaces = (from: number, to: number): void => {
    if (to > from) out.push(text.slice(from, to).replace(/[^\r\n]/g, ' '));
  };
  for (const part of [...parts].sort((a, b) => a.start - b.start)) {
    spaces(at, part.start);
    out.push(text.slice(part.start, part.end).replace(INLINE_MARKUP, (markup) => markup.replace(/[^\r\n]/g, ' ')));
    at = part.end;
  }
  spaces(at, text.length);
  return out.join('');
}

/** The content range of the first `<name …>…</name>` in a unit's body (offsets in the file); none for `<name/>`. */
function contentOf(body: string, name: string, offset: number): OffsetRange | undefined {
  const open = new RegExp(`<${name}\\b[^>]*?(/?)>`).exec(body);
  if (!open || open[1] === '/') return undefined;
  const start = open.index + open[0].length;
  const end = body.indexOf(`</${name}>`, start);
  return end < 0 ? undefined : { start: offset + start, end: offset + end };
}

function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => match.replace(/[^\r\n]/g, ' '));
}
