/**
 * Whether a regular expression is proven free of catastrophic backtracking, by recheck (automata theory,
 * with fuzzing where the automaton would be too large), its pure-JavaScript build so that it runs the
 * same everywhere without a native binary. Loaded only when a pattern needs it (about 3 MB of code).
 * Verdicts are kept per pattern: a dictionary saved again is not analysed again.
 */
interface RecheckDiagnostics {
  readonly status: 'safe' | 'vulnerable' | 'unknown';
  readonly complexity?: { readonly type: string };
}
interface Recheck {
  checkSync(source: string, flags: string, params?: { readonly timeout?: number }): RecheckDiagnostics;
}

export type RedosVerdict = 'safe' | 'vulnerable' | 'unknown';

// How long recheck may think about one pattern; past it the verdict is "unknown" (and the pattern runs under a time budget).
const ANALYSIS_TIMEOUT_MS = 2_000;
const verdicts = new Map<string, RedosVerdict>();
let recheck: Recheck | undefined;

export function redosVerdict(source: string, flags: string): RedosVerdict {
  const key = `${flags}/${source}`;
  const known = verdicts.get(key);
  if (known) return known;
  let verdict: RedosVerdict;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily: most dictionaries never need it
    recheck ??= require('recheck/lib/browser.js') as Recheck;
    verdict = recheck.checkSync(source, flags, { timeout: ANALYSIS_TIMEOUT_MS }).status;
  } catch {
    verdict = 'unknown';
  }
  verdicts.set(key, verdict);
  return verdict;
}
