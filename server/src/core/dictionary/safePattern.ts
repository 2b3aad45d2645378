/**
 * A dictionary pattern compiled so that no pattern can hang the server, decided per pattern:
 * 1. the ordinary engine if the pattern repeats nothing and has few alternatives (mayBacktrackUnboundedly):
 *    from each position it can only try a bounded number of paths, so it runs in linear time; most
 *    dictionary patterns;
 * 2. V8's linear-time engine (the "l" flag) if it takes the pattern: no analysis needed, but slower than the
 *    ordinary engine, and it takes neither lookaround, backreferences nor the "i" flag;
 * 3. the ordinary engine if the ReDoS analyser (recheck) proves the pattern safe;
 * 4. otherwise a worker thread with a time budget (budgetedRegExp).
 */
import * as v8 from 'node:v8';
import { matchWithinBudget, type PatternMatch } from './budgetedRegExp';
import { redosVerdict } from './redosCheck';
import { t } from '../l10n';

export type { PatternMatch } from './budgetedRegExp';

export type PatternEngine = 'bounded' | 'analysed' | 'linear' | 'budgeted';

export interface SafePattern {
  readonly source: string;
  readonly flags: string;
  readonly engine: PatternEngine;
  /** Every non-empty match, in order, as repeated RegExp.exec gives them (an empty match is skipped). */
  matchAll(text: string): readonly PatternMatch[];
  /** Set when the pattern took longer than its budget: it is not run again. */
  readonly timedOut: boolean;
}

export class InvalidPatternError extends Error {}

let linearEngineEnabled = false;

/** Compiles a pattern for dictionary matching; an InvalidPatternError if it is not a valid regular expression. */
export function compileSafePattern(source: string, flags: string): SafePattern {
  let native: RegExp;
  try {
    native = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
  } catch (error) {
    throw new InvalidPatternError(t('{0} is not a valid regular expression: {1}', `/${source}/`, (error as Error).message));
  }
  if (!mayBacktrackUnboundedly(source)) return new RegExpPattern(native, 'bounded', false);
  const linear = linearVersion(source, native.flags);
  if (linear) return new RegExpPattern(linear, 'linear', true);
  if (redosVerdict(source, native.flags) === 'safe') return new RegExpPattern(native, 'analysed', false);
  return new BudgetedPattern(source, native.flags);
}

// Paths one starting position may try, above which a pattern without repetition still goes to the analyser.
const MOST_PATHS = 10_000;

/**
 * Whether the pattern may backtrack without a small bound: it repeats something (*, +, {…}), or its
 * alternatives and optional parts (|, ?) multiply to more than MOST_PATHS ways of matching from one
 * position. Without either, matching tries a bounded number of paths from each position: linear time.
 */
export function mayBacktrackUnboundedly(source: string): boolean {
  let paths = 1;
  // The alternatives of each open group, innermost last (the whole pattern is the outermost).
  const alternatives: number[] = [1];
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      i++;
    } else if (char === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (char === '*' || char === '+' || char === '{') {
      return true;
    } else if (char === '(') {
      alternatives.push(1);
      // "(?:", "(?=", "(?!", "(?<=", "(?<name>": the "?" is not a repetition.
      if (source[i + 1] === '?') i++;
    } else if (char === ')') {
      paths *= alternatives.pop() ?? 1;
    } else if (char === '|') {
      alternatives[alternatives.length - 1] = (alternatives[alternatives.length - 1] ?? 1) + 1;
    } else if (char === '?') {
      paths *= 2;
    }
    if (paths > MOST_PATHS) return true;
  }
  return paths * (alternatives[0] ?? 1) > MOST_PATHS;
}

/**
 * The pattern on the linear engine, if it takes it. The engine does not take the u flag, so the pattern is
 * compiled without it: the same pattern then, except that a "." or a negated class could match half of a
 * character outside the Basic Multilingual Plane (matches that would split one are dropped), and that
 * \u{…} and \p{…} mean something else without u (such patterns are not given to it).
 */
function linearVersion(source: string, flags: string): RegExp | undefined {
  if (flags.includes('i') || /\\[pPu]\{|\\k</.test(source)) return undefined;
  if (!linearEngineEnabled) {
    // Behind a V8 flag; it only affects regular expressions created with the "l" flag.
    v8.setFlagsFromString('--enable-experimental-regexp-engine');
    linearEngineEnabled = true;
  }
  try {
    return new RegExp(source, `${flags.replace(/[^gms]/g, '')}l`);
  } catch {
    return undefined;
  }
}

class RegExpPattern implements SafePattern {
  readonly timedOut = false;
  readonly source: string;
  readonly flags: string;

  constructor(
    private readonly regex: RegExp,
    readonly engine: PatternEngine,
    private readonly withoutUnicode: boolean,
  ) {
    this.source = regex.source;
    this.flags = regex.flags;
  }

  matchAll(text: string): PatternMatch[] {
    const matches: PatternMatch[] = [];
    const regex = this.regex;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      if (match[0] === '') {
        regex.lastIndex++;
        continue;
      }
      if (this.withoutUnicode && splitsSurrogatePair(text, match.index, match.index + match[0].length)) continue;
      matches.push({ index: match.index, groups: Array.from(match) });
    }
    return matches;
  }
}

class BudgetedPattern implements SafePattern {
  readonly engine = 'budgeted';
  timedOut = false;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}

  matchAll(text: string): readonly PatternMatch[] {
    if (this.timedOut) return [];
    const matches = matchWithinBudget(this.source, this.flags, text);
    if (matches) return matches;
    this.timedOut = true;
    console.error(t('The dictionary pattern {0} took too long and is switched off until the dictionary is loaded again.', `/${this.source}/${this.flags}`));
    return [];
  }
}

function splitsSurrogatePair(text: string, start: number, end: number): boolean {
  const low = (i: number): boolean => i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
  return low(start) || low(end);
}
