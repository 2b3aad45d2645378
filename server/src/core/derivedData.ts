/**
 * What the analysis derives from the shipped knowledge base and rules before it reads any text: each
 * entity's cue words (every description and fact tokenised), the word-for-word renderings of the names
 * and the romaji of the names' katakana.
 * Built at start, they cost every process about 0.3 s of CPU (each `check --jobs` worker pays it again), so
 * `npm run build` computes them into dist/derived.json with the same functions, and a process running from
 * the bundle takes them from there.
 *
 * The file is used only by the code and data it was computed with: it names a hash of each bundle and of
 * the data files, and a process running from anything else (tsc's output, the sources in the tests, a
 * bundle built since, edited data) computes them itself, as before.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cueWords, useCueWords } from './corroboration';
import { renderingsOf, useRenderings, type Rendering } from './detectors/literalTranslation';
import { readCompiledData } from './knowledge/compiled';
import { dataDirectory, type KnowledgeBase } from './knowledge/knowledgeBase';
import type { RuleSet } from './knowledge/rules';
import { nameIndexOf } from './nameIndex';
import { packageRoot } from './packageRoot';
import { useRomaji } from './text';
import type { JapaneseTokenizer } from './tokenizer';

export interface DerivedData {
  /** Per entity (in the knowledge base's order), its cue words with their weights. */
  readonly cueWords: readonly (readonly [string, readonly (readonly [string, number])[]])[];
  /** The renderings of the names by first character, as renderingsOf orders them. */
  readonly renderings: readonly (readonly [string, readonly Rendering[]])[];
  /** The romaji of each katakana name and of each part of a dotted one (katakanaToRomaji). */
  readonly romaji: readonly (readonly [string, string])[];
}

interface DerivedFile {
  /** The data files' hash (compiled.ts's sourceHash) and, per bundle file name, its hash. */
  readonly sourceHash: string;
  readonly bundles: Readonly<Record<string, string>>;
  readonly derived: DerivedData;
}

export const derivedDataPath = (): string => path.join(packageRoot(), 'dist', 'derived.json');

/** The bundles a process may run from (scripts/bundle.js makes them). */
export const BUNDLES = ['server.js', 'cli.js'] as const;

const fileHash = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Computes the derived data of a knowledge base and rule set, with the functions the analysis uses. */
export function deriveData(kb: KnowledgeBase, rules: RuleSet, tokenizer: JapaneseTokenizer): DerivedData {
  return {
    cueWords: [...cueWords(kb, tokenizer)].map(([id, words]) => [id, [...words]] as const),
    renderings: [...renderingsOf(kb, rules.literalWords)],
    romaji: [
      ...new Map(
        nameIndexOf(kb).katakana.flatMap((name) => [[name.text, name.romaji] as const, ...name.parts.map((part) => [part.text, part.romaji] as const)]),
      ),
    ],
  };
}

/** The text of dist/derived.json for the shipped data and the bundles in dist/ (the build step). */
export function derivedFileText(kb: KnowledgeBase, rules: RuleSet, tokenizer: JapaneseTokenizer, sourceHash: string): string {
  const dist = path.join(packageRoot(), 'dist');
  const bundles = Object.fromEntries(BUNDLES.map((name) => [name, fileHash(path.join(dist, name))]));
  const file: DerivedFile = { sourceHash, bundles, derived: deriveData(kb, rules, tokenizer) };
  return JSON.stringify(file);
}

/**
 * The derived data in `derivedFile` (dist/derived.json) when it was computed by the bundle `bundleFile`
 * beside it over the data `sourceHash` names; undefined otherwise (no file, another bundle, other data).
 */
export function derivedDataFor(bundleFile: string, sourceHash: string, derivedFile = derivedDataPath()): DerivedData | undefined {
  const name = path.basename(bundleFile);
  if (path.dirname(bundleFile) !== path.dirname(derivedFile) || !(BUNDLES as readonly string[]).includes(name)) return undefined;
  try {
    const file = JSON.parse(fs.readFileSync(derivedFile, 'utf8')) as DerivedFile;
    if (file.sourceHash !== sourceHash || file.bundles[name] !== fileHash(bundleFile)) return undefined;
    return file.derived;
  } catch {
    return undefined; // not built yet, or unreadable: computed at first use instead
  }
}

/**
 * Gives the shipped knowledge base and rules their derived data from dist/derived.json, when this process
 * runs from the bundle that computed it over the same data; otherwise they are computed at first use.
 */
export function useDerivedData(kb: KnowledgeBase, rules: RuleSet): void {
  const compiled = readCompiledData(dataDirectory());
  const derived = compiled ? derivedDataFor(__filename, compiled.sourceHash) : undefined;
  if (!derived) return;
  useCueWords(kb, new Map(derived.cueWords.map(([id, words]) => [id, new Map(words)])));
  useRenderings(kb, rules.literalWords, new Map(derived.renderings));
  useRomaji(derived.romaji);
}
