/**
 * Regular expressions from user dictionaries, compiled for V8's linear-time engine, so that no pattern
 * (not even `(a+)+$` on a long line of "a") can make matching take more than linear time.
 */
import * as v8 from 'node:v8';
import { t } from '../l10n';

let enabled = false;

export class UnsafePatternError extends Error {}

export function compileLinear(source: string, flags: string): RegExp {
  if (!enabled) {
    // The engine is behind a V8 flag; it only affects regular expressions created with the "l" flag.
    v8.setFlagsFromString('--enable-experimental-regexp-engine');
    enabled = true;
  }
  if (flags.includes('i')) {
    throw new UnsafePatternError(t('{0}: the "i" flag cannot be matched in linear time; spell out the cases instead, as in [Aa]', `/${source}/${flags}`));
  }
  try {
    // Only m and s combine with linear matching; without u, kana and kanji still match as themselves.
    return new RegExp(source, `${flags.replace(/[^ms]/g, '')}gl`);
  } catch (error) {
    const message = (error as Error).message;
    if (/linear time/.test(message)) {
      throw new UnsafePatternError(
        t(
          '{0} cannot be matched in linear time (backreferences, lookaround and Unicode property classes are not supported in dictionary patterns); rewrite it without them',
          `/${source}/`,
        ),
      );
    }
    throw new UnsafePatternError(t('{0} is not a valid regular expression: {1}', `/${source}/`, message));
  }
}
