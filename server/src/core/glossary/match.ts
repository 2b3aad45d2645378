/**
 * Where a glossary's forbidden terms are written in a text. A term is matched as a whole word, exactly as
 * written (case included): a Latin term not inside a longer Latin word, a katakana term not inside a
 * longer katakana word, so that a forbidden 「AI」 is not found in 「OpenAI」. A match that is part of the
 * preferred term written there is not one.
 */
import type { GlossaryEntry } from './model';

export interface TermMatch {
  readonly start: number;
  readonly end: number;
  readonly term: string;
  readonly instead: string;
  readonly entry: GlossaryEntry;
}

const LATIN = /[A-Za-z0-9\uFF21-\uFF3A\uFF41-\uFF5A\uFF10-\uFF19]/;
const KATAKANA = /[\u30A1-\u30FA\u30FC\uFF66-\uFF9F]/;

function continues(term: string, neighbour: string | undefined, atStart: boolean): boolean {
  if (neighbour === undefined) return false;
  const edge = atStart ? term[0] : term[term.length - 1];
  if (edge === undefined) return false;
  if (LATIN.test(edge)) return LATIN.test(neighbour);
  if (KATAKANA.test(edge)) return KATAKANA.test(neighbour);
  return false;
}

export function matchGlossary(entries: readonly GlossaryEntry[], text: string): TermMatch[] {
  const matches: TermMatch[] = [];
  for (const entry of entries) {
    for (const { term, instead } of entry.forbidden) {
      for (let start = text.indexOf(term); start !== -1; start = text.indexOf(term, start + 1)) {
        const end = start + term.length;
        if (continues(term, text[start - 1], true) || continues(term, text[end], false)) continue;
        if (isInside(text, start, end, instead)) continue;
        matches.push({ start, end, term, instead, entry });
      }
    }
  }
  // Of overlapping matches, the longer term (a forbidden 「Open AI」 over a forbidden 「AI」).
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  return matches.filter((match, i) => !matches.slice(0, i).some((other) => other.start < match.end && match.start < other.end));
}

/** Whether [start, end) lies within an occurrence of `preferred` in the text. */
function isInside(text: string, start: number, end: number, preferred: string): boolean {
  for (let at = text.indexOf(preferred, Math.max(0, end - preferred.length)); at !== -1 && at <= start; at = text.indexOf(preferred, at + 1)) {
    if (at + preferred.length >= end) return true;
  }
  return false;
}
