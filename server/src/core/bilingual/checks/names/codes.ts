/**
 * Model and chip codes (R1, H100, MI300X, M4, Graviton4, GPT-4o) the translation writes with other digits or another tail (R2, H200,
 * Graviton3, GPT-4): the letters agree, the number or its tail does not, and the source writes the translation's code nowhere
 * around the sentence.
 */
import type { AlignedPair } from '../../alignment';
import { latinWords, type Word } from '../../pairFacts';
import { escapeRegExp } from '../../../text';

/**
 * Letters, then digits, then perhaps letters: a code, not a word (R1, H100, MI300X, GPT-4o, B200A); or a name with a
 * generation number run on (Graviton4, Trainium2).
 */
const CODE = /^([A-Za-z]{1,4}-?|[A-Z][a-z]{2,})(\d+(?:\.\d+)?)([A-Za-z]{0,2})$/;

export interface CodeSlip {
  readonly written: Word;
  readonly source: Word;
}

function skeleton(word: string): { letters: string; digits: string; tail: string } | undefined {
  const match = CODE.exec(word);
  if (!match || !/[A-Z]/.test(match[1] ?? '')) return undefined;
  return { letters: (match[1] ?? '').replace('-', '').toUpperCase(), digits: match[2] ?? '', tail: (match[3] ?? '').toLowerCase() };
}

/** A code's tail without the English plural (H100s are H100 chips). */
function withoutPlural(tail: string): string {
  return tail === 's' ? '' : tail;
}

/**
 * Codes of the pair's translation that write a code of its source with other digits or another tail (GPT-4 for GPT-4o, MI300A
 * for MI300X), each with the source's code.
 */
export function codeSlips(pair: AlignedPair, nearSource: string, taken: ReadonlySet<number>): CodeSlip[] {
  const sourceCodes = pair.source.flatMap(latinWords).filter((w) => skeleton(w.text));
  if (sourceCodes.length === 0) return [];
  const targetWords = pair.target.flatMap(latinWords);
  const writes = (code: string): boolean => targetWords.some((w) => w.text === code);
  const slips: CodeSlip[] = [];
  for (const source of sourceCodes) {
    if (writes(source.text)) continue;
    const want = skeleton(source.text);
    const candidates = targetWords.filter((w) => {
      const got = skeleton(w.text);
      return (
        got !== undefined &&
        !taken.has(w.range.start) &&
        got.letters === want?.letters &&
        (got.digits !== want.digits || withoutPlural(got.tail) !== withoutPlural(want.tail)) &&
        // Another code of the same family the source writes near by (H100 and H200 both): a translator's order, not a slip.
        !new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(w.text)}(?![A-Za-z0-9])`).test(nearSource)
      );
    });
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only) slips.push({ written: only, source });
  }
  return slips;
}

/**
 * The one acronym of the translation (ARM) that the source around does not write, for an acronym of the source
 * it does not write (ASML): the same first letter, no code, not taken by another finding.
 */
export function misheardAcronym(
  sourceName: string,
  view: { readonly latin: readonly Word[] },
  nearSource: string,
  taken: ReadonlySet<number>,
): Word | undefined {
  if (!/^[A-Z]{2,6}$/.test(sourceName)) return undefined;
  const lower = nearSource.toLowerCase();
  const strangers = view.latin.filter((w) => /^[A-Z]{2,6}$/.test(w.text) && !taken.has(w.range.start) && !lower.includes(w.text.toLowerCase()));
  const only = strangers.length === 1 ? strangers[0] : undefined;
  return only && only.text[0] === sourceName[0] ? only : undefined;
}

/**
 * The one name of the translation, in Latin letters, that shares all words of a missing name of the source but one
 * (Lunar Lake for Panther Lake, Quantum-X for Spectrum-X: a sibling of its family), the source around writing it nowhere:
 * the fix is the source's name. Two words at least, parted by a space or a hyphen where the source parts them; the odd
 * word capitalised on both sides.
 */
export function siblingName(sourceName: string, phrases: readonly Word[], nearSource: string, taken: ReadonlySet<number>): Word | undefined {
  // Words at even places, the space or hyphen between them at odd places.
  const words = sourceName.split(/([ -])/);
  if (words.length < 3 || !words.every((w, k) => k % 2 === 1 || /^[A-Z0-9]/.test(w))) return undefined;
  const siblings = phrases.filter((phrase) => {
    const written = phrase.text.split(/([ -])/);
    if (written.length !== words.length || taken.has(phrase.range.start) || nearSource.includes(phrase.text)) return false;
    const odd = written.map((w, k) => (w === words[k] ? -1 : k)).filter((k) => k >= 0);
    const k = odd[0] ?? 1;
    return odd.length === 1 && k % 2 === 0 && /^[A-Z]/.test(written[k] ?? '') && /^[A-Z]/.test(words[k] ?? '');
  });
  const places = new Set(siblings.map((s) => s.range.start));
  return places.size === 1 ? siblings[0] : undefined;
}
