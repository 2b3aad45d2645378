/** Reading transcript files: UTF-8 (with or without BOM), Shift_JIS as older Japanese tools write it, nothing binary. */
import { japaneseRatio } from './text';

export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'shift_jis';
}

export class NotTextError extends Error {}

export function decodeTranscript(bytes: Uint8Array): DecodedText {
  const sample = bytes.subarray(0, 8000);
  if (sample.includes(0)) throw new NotTextError('it looks like a binary file (it contains NUL bytes), not a transcript');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: older Japanese tools write Shift_JIS.
  }
  try {
    const text = new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
    if (japaneseRatio(text) >= 0.3) return { text, encoding: 'shift_jis' };
  } catch {
    // Neither.
  }
  throw new NotTextError('it is neither UTF-8 nor Shift_JIS text; convert it to UTF-8 (for example with iconv)');
}
