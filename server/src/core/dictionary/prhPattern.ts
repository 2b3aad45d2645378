/**
 * The regular expression prh builds for a rule, built the same way (prh 5.4, lib/rule.ts and
 * lib/utils/regexp.ts), so that a dictionary matches here what it matches under textlint: a `/regex/` is
 * recognised only with the flags g, i, m, y; a text pattern is escaped with prh's list of special
 * characters; a rule without pattern matches its expected text with every letter and digit also in the
 * other case and in full width; `wordBoundary` wraps each pattern in \b; several patterns become one
 * alternation (so "$1" counts the groups across them); the flags are always g, m and u, plus i if given.
 */
import { t } from '../l10n';

const REGEX_LITERAL = /^\/(.*)\/([gimy]*)$/;
const HALF_WIDTH = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const FULL_WIDTH = 'ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ０１２３４５６７８９';
// prh's list: "¥" (not the backslash) and "-" are in it, so escaped they make an invalid pattern under the u flag.
const SPECIAL = '¥*+.?{}()[]^$-|/'.split('');

export interface PrhPatternSource {
  readonly source: string;
  /** "gmu" or "gimu", as prh gives every rule's pattern. */
  readonly flags: string;
  /** Whether a /regex/ was written (an untrusted workspace leaves these rules out). */
  readonly fromRegex: boolean;
}

export class PrhPatternError extends Error {}

/** Whether a dictionary pattern text is a /regex/ as prh reads it. */
export function isRegexLiteral(text: string): boolean {
  return REGEX_LITERAL.test(text);
}

/**
 * The source and flags of a rule's pattern, or a PrhPatternError saying what is wrong (where prh would
 * throw and refuse the whole dictionary). `patterns` is undefined for a rule without pattern.
 */
export function prhPatternSource(expected: string, patterns: readonly string[] | undefined, wordBoundary: boolean): PrhPatternSource {
  if (patterns === undefined) {
    const source = wordBoundary ? `\\b${spreadAlphaNum(expected)}\\b` : spreadAlphaNum(expected);
    return { source, flags: 'gmu', fromRegex: false };
  }
  const parts = patterns.map((pattern) => onePattern(pattern, wordBoundary));
  if (parts.length === 1) return { ...(parts[0] as Part), fromRegex: (parts[0] as Part).fromRegex };
  const ignoreCase = parts.some((part) => part.ignoreCase);
  if (parts.some((part) => part.ignoreCase !== ignoreCase)) {
    throw new PrhPatternError(t('The patterns of one rule must all have the "i" flag or none (prh combines them into one expression).'));
  }
  return { source: `(?:${parts.map((part) => part.source).join('|')})`, flags: ignoreCase ? 'gimu' : 'gmu', fromRegex: parts.some((part) => part.fromRegex) };
}

interface Part extends PrhPatternSource {
  readonly ignoreCase: boolean;
}

function onePattern(pattern: string, wordBoundary: boolean): Part {
  const literal = REGEX_LITERAL.exec(pattern);
  const ignoreCase = literal ? (literal[2] ?? '').includes('i') : false;
  const body = literal ? (literal[1] ?? '') : escapeSpecialChars(pattern);
  const source = wordBoundary ? `\\b${body}\\b` : body;
  return { source, flags: ignoreCase ? 'gimu' : 'gmu', ignoreCase, fromRegex: literal !== null };
}

/** prh's escape: its own list of characters, each preceded by a backslash (the backslash itself is not escaped). */
export function escapeSpecialChars(text: string): string {
  let escaped = text;
  for (const char of SPECIAL) escaped = escaped.split(char).join(`\\${char}`);
  return escaped;
}

/** Every ASCII letter or digit as a class of its cases and full-width forms; the rest as written (not escaped, as in prh). */
export function spreadAlphaNum(text: string): string {
  return text
    .split('')
    .map((char) => {
      const upper = HALF_WIDTH.indexOf(char.toUpperCase());
      const lower = HALF_WIDTH.indexOf(char.toLowerCase());
      if (upper === -1 && lower === -1) return char;
      if (upper === lower) return `[${char}${FULL_WIDTH.charAt(upper)}]`;
      return `[${char.toUpperCase()}${char.toLowerCase()}${FULL_WIDTH.charAt(upper)}${FULL_WIDTH.charAt(lower)}]`;
    })
    .join('');
}
