/**
 * A dictionary pattern compiled so that no pattern can hang the server, decided per pattern:
 * 1. V8's linear-time engine (the "l" flag) where it takes the pattern: most patterns, and no analysis needed;
 * 2. otherwise (lookaround, backreferences, the "i" flag) the ordinary engine if the ReDoS analyser
 *    (recheck) proves the pattern safe;
 * 3. otherwise in a worker thread with a time budget (budgetedRegExp).
 */
import * as v8 from 'node:v8';
import { matchWithinBudget, type PatternMatch } from './budgetedRegExp';
import { redosVerdict } from './redosCheck';
import { t } from '../l10n';

export type { PatternMatch } from './budgetedRegExp';

export type PatternEngine = 'linear' | 'analysed' | 'budgeted';

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
  const linear = linearVersion(source, native.flags);
  if (linear) return new RegExpPattern(linear, 'linear', true);
  if (redosVerdict(source, native.flags) === 'safe') return new RegExpPattern(native, 'analysed', false);
  return new BudgetedPattern(source, native.flags);
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
