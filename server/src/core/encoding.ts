/**
 * Reading transcript files and writing them back as they came: UTF-8 (with or without BOM), UTF-16 with
 * BOM, Shift_JIS as older Japanese tools write it, nothing binary. A fixed file is written by changing the
 * bytes of the fixed spans only; every other byte (BOM, line endings, characters that would not survive a
 * round trip through Unicode) stays as it was.
 */
import * as iconv from 'iconv-lite';
import type { TextEdit } from './types';
import { japaneseRatio } from './text';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** Bytes of the byte order mark at the start (0 without one). */
  readonly bomLength: number;
}

export class NotTextError extends Error {}

export function decodeTranscript(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeStrict(bytes, 'utf-8', 3);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeStrict(bytes, 'utf-16le', 2);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeStrict(bytes, 'utf-16be', 2);
  const sample = bytes.subarray(0, 8000);
  if (sample.includes(0)) throw new NotTextError('it looks like a binary file (it contains NUL bytes), not a transcript');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bomLength: 0 };
  } catch {
    // Not UTF-8: older Japanese tools write Shift_JIS.
  }
  try {
    const text = new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
    if (japaneseRatio(text) >= 0.3) return { text, encoding: 'shift_jis', bomLength: 0 };
  } catch {
    // Neither.
  }
  throw new NotTextError('it is neither UTF-8 nor Shift_JIS text; convert it to UTF-8 (for example with iconv)');
}

function decodeStrict(bytes: Uint8Array, encoding: TextEncodingName, bomLength: number): DecodedText {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bomLength)), encoding, bomLength };
  } catch {
    throw new NotTextError(`it starts with a ${encoding} byte order mark but is not valid ${encoding} text`);
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** A fix that cannot be written in the file's encoding (a character Shift_JIS lacks). */
export class UnencodableError extends Error {}

/**
 * The file's bytes with the edits (offsets of the decoded text) applied: only the edited spans change,
 * their new text encoded as the file is and with its line endings. Checked: the result decodes to the
 * edited text.
 */
export function editBytes(bytes: Uint8Array, decoded: DecodedText, edits: readonly TextEdit[]): Buffer {
  const ordered = [...edits].sort((a, b) => a.range.start - b.range.start);
  const offsets = byteOffsets(
    bytes,
    decoded,
    ordered.flatMap((edit) => [edit.range.start, edit.range.end]),
  );
  const lineEnding = lineEndingOf(decoded.text);
  const parts: Buffer[] = [];
  let cursor = 0;
  let expected = '';
  let textCursor = 0;
  for (const edit of ordered) {
    const start = offsets.get(edit.range.start) ?? 0;
    const end = offsets.get(edit.range.end) ?? 0;
    const newText = edit.newText.replace(/\r\n|\r|\n/g, lineEnding);
    parts.push(Buffer.from(bytes.subarray(cursor, start)), encode(newText, decoded.encoding));
    expected += decoded.text.slice(textCursor, edit.range.start) + newText;
    cursor = end;
    textCursor = edit.range.end;
  }
  parts.push(Buffer.from(bytes.subarray(cursor)));
  const result = Buffer.concat(parts);
  expected += decoded.text.slice(textCursor);
  if (decodeTranscriptAs(result, decoded) !== expected) throw new UnencodableError(`the fixed text cannot be written back exactly as ${decoded.encoding}`);
  return result;
}

function decodeTranscriptAs(bytes: Uint8Array, decoded: DecodedText): string {
  return new TextDecoder(decoded.encoding, { ignoreBOM: true }).decode(bytes.subarray(decoded.bomLength));
}

function encode(text: string, encoding: TextEncodingName): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-16le') return Buffer.from(text, 'utf16le');
  if (encoding === 'utf-16be') return Buffer.from(text, 'utf16le').swap16();
  const encoded = iconv.encode(text, 'shift_jis');
  if (new TextDecoder('shift_jis').decode(encoded) !== text) throw new UnencodableError(`「${text}」 has characters that Shift_JIS cannot hold`);
  return encoded;
}

/** The line ending a text uses first (LF when it has none): new lines in fixes are written with it. */
function lineEndingOf(text: string): string {
  const match = /\r\n|\r|\n/.exec(text);
  return match ? match[0] : '\n';
}

/** The byte offset of each given offset of the decoded text (UTF-16 code units), in one walk over the bytes. */
function byteOffsets(bytes: Uint8Array, decoded: DecodedText, wanted: readonly number[]): Map<number, number> {
  const targets = [...new Set(wanted)].sort((a, b) => a - b);
  const result = new Map<number, number>();
  let unit = 0;
  let byte = decoded.bomLength;
  for (const target of targets) {
    while (unit < target && byte < bytes.length) {
      const [bytesTaken, units] = step(bytes, byte, decoded.encoding);
      byte += bytesTaken;
      unit += units;
    }
    result.set(target, byte);
  }
  return result;
}

/** How many bytes the character at `at` takes and how many UTF-16 code units it decodes to. */
function step(bytes: Uint8Array, at: number, encoding: TextEncodingName): [number, number] {
  const lead = bytes[at] ?? 0;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return [2, 1];
  if (encoding === 'utf-8') {
    if (lead < 0x80) return [1, 1];
    if (lead < 0xe0) return [2, 1];
    if (lead < 0xf0) return [3, 1];
    return [4, 2];
  }
  // Shift_JIS: lead bytes of two-byte characters; every character is one BMP code unit.
  return (lead >= 0x81 && lead <= 0x9f) || (lead >= 0xe0 && lead <= 0xfc) ? [2, 1] : [1, 1];
}

/** The smallest edit that turns `before` into `after`: one span between their common start and common end. */
export function spanEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { range: { start, end: before.length - end }, newText: after.slice(start, after.length - end) };
}

/**
 * A text file's bytes after `change`, written as the file is: its encoding, byte order mark and line endings
 * kept, and only the changed span rewritten. `change` sees and returns the text with LF line endings (as
 * YAML and most text tools write it).
 */
export function rewriteFaithfully(bytes: Uint8Array, change: (text: string) => string): Buffer {
  const decoded = decodeTranscript(bytes);
  const lineEnding = lineEndingOf(decoded.text);
  const changed = change(decoded.text.replace(/\r\n|\r/g, '\n')).replace(/\n/g, lineEnding);
  const edit = spanEdit(decoded.text, changed);
  return edit ? editBytes(bytes, decoded, [edit]) : Buffer.from(bytes);
}
