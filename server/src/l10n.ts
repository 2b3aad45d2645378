/**
 * Chooses the language of the server's and the CLI's messages: VS Code's display language (sent by the
 * client) or the CLI's --locale / LANG. The translations are the extension's l10n bundles
 * (l10n/bundle.l10n.<language>.json, shared with the client), read through @vscode/l10n.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { fillTemplate, setTranslator } from './core/l10n';
import { packageRoot } from './core/packageRoot';

/** The folder of the l10n bundles, beside the package.json. */
export function bundleDirectory(): string {
  return path.join(packageRoot(), 'l10n');
}

/** The bundle for a language tag ("ja", "ja-JP", "pt-br"), most specific first; undefined for English or an unknown language. */
export function bundleFor(language: string | undefined, directory = bundleDirectory()): string | undefined {
  if (!language) return undefined;
  const tag = language.toLowerCase().replace(/_/g, '-').split('.')[0] ?? '';
  const candidates = [tag, tag.split('-')[0] ?? ''].filter((c) => c !== '' && c !== 'en' && !c.startsWith('en-'));
  return candidates.map((c) => path.join(directory, `bundle.l10n.${c}.json`)).find((file) => fs.existsSync(file));
}

/** Messages from now on in this language (English when there is no bundle for it). Returns the bundle used. */
export function useLanguage(language: string | undefined): string | undefined {
  const bundle = bundleFor(language);
  if (!bundle) {
    setTranslator(fillTemplate);
    return undefined;
  }
  l10n.config({ contents: JSON.parse(fs.readFileSync(bundle, 'utf8')) as Record<string, string> });
  setTranslator((template, args) => l10n.t(template, ...args));
  return bundle;
}

/** The language a command line asks for: LC_ALL, LC_MESSAGES or LANG, as POSIX tools read them. */
export function languageFromEnvironment(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return value && value !== 'C' && value !== 'POSIX' ? value : undefined;
}
