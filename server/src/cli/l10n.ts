/** The CLI's language: --locale, else the environment, as POSIX tools read it; the translations are the core's bundles. */
import { useLanguage } from '../core/l10nBundles';

/** The language a command line asks for: LC_ALL, LC_MESSAGES or LANG, as POSIX tools read them. */
export function languageFromEnvironment(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return value && value !== 'C' && value !== 'POSIX' ? value : undefined;
}

/** The CLI's messages in the language asked for (undefined: the environment's). */
export function useCliLanguage(requested: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return useLanguage(requested ?? languageFromEnvironment(env));
}
