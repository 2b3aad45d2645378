/** Shapes of a written word beside a known name: the same onset, the name and a word more, the name's start, lengths that may match. */
import { commonPrefixLength } from '../../similarity';

/** The same first sound, or both starting with a vowel (ウルトマン for アルトマン): recognisers keep a name's onset. */
export function sameOnset(written: string, known: string): boolean {
  const vowel = /^[aeiou]/;
  return written[0] === known[0] || (vowel.test(written) && vowel.test(known));
}

export function extendsName(written: string, known: string): boolean {
  return known.length >= 3 && written.startsWith(known) && written.slice(known.length).replace(/ー/g, '').length >= 2;
}

/** Lengths that leave room for a match (similar, or a truncation): most names are ruled out before comparing. */
export function comparableLengthCounts(written: number, known: number): boolean {
  return Math.abs(written - known) <= 0.35 * Math.max(written, known) || (written >= 0.5 * known && written < known);
}

/** "ディープス" for "ディープシーク": the recogniser kept the start of the name and lost its end. */
export function isTruncation(written: string, known: string): boolean {
  return (
    written.length >= 6 &&
    written.length <= 0.8 * known.length &&
    written.length >= 0.5 * known.length &&
    commonPrefixLength(written, known) >= written.length - 1
  );
}
