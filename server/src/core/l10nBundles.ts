/**
 * The translations of the core's messages: the extension's l10n bundles (l10n/bundle.l10n.<language>.json,
 * the same files VS Code's client reads), looked up by the host that chose a language — the language
 * server (VS Code's display language) or the CLI (--locale, LANG).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fillTemplate, setTranslator } from './l10n';
import { packageRoot } from './packageRoot';

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
  const translations = JSON.parse(fs.readFileSync(bundle, 'utf8')) as Record<string, unknown>;
  setTranslator((template, args) => {
    const translation = translations[template];
    return fillTemplate(typeof translation === 'string' ? translation : template, args);
  });
  return bundle;
}
