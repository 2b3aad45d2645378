/**
 * What the analysis derives from the shipped knowledge base and rules before it reads any text: each
 * entity's cue words (every description and fact tokenised), the word-for-word renderings of the names,
 * the readings of the domain terms' kanji, the romaji of every katakana form of the names that the name
 * detectors work out (the names, their parts, their folded forms and sounds), and the recognizer's trie of
 * the names.
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
import { workOutNameFacts } from './detectors/garbledKatakanaName';
import { workOutHeardTargets } from './detectors/heardName';
import { renderingsOf, useRenderings, type Rendering } from './detectors/literalTranslation';
import { domainKanjiRuns, kanjiRunReading, useDomainReadings } from './domainLexicon';
import { readCompiledData } from './knowledge/compiled';
import { dataDirectory, type KnowledgeBase } from './knowledge/knowledgeBase';
import type { RuleSet } from './knowledge/rules';
import { nameIndexOf } from './nameIndex';
import type { NameTrieArrays } from './nameTrie';
import { packageRoot } from './packageRoot';
import { nameTrieArraysOf, useNameTrie } from './recognizer';
import { romajiWorkedOut, useRomaji } from './text';
import type { JapaneseTokenizer } from './tokenizer';
import { workOutKeyedNames } from './wholeNameMatch';

/** What a rendering says but its text, shared by many renderings (an entity's English name rendered many ways). */
type RenderingKind = Omit<Rendering, 'text'>;

export interface DerivedData {
  /** Per entity (in the knowledge base's order), its cue words with their weights. */
  readonly cueWords: readonly (readonly [string, readonly (readonly [string, number])[]])[];
  /**
   * The renderings of the names by first character, as renderingsOf orders them: each list as its texts and
   * the index of each one's kind in renderingKinds (a tenth of the file's size written out whole, and of its parse).
   */
  readonly renderings: readonly (readonly [string, readonly string[], readonly number[]])[];
  readonly renderingKinds: readonly RenderingKind[];
  /** How the domain terms' kanji runs read (domainLexicon.ts's kanjiRunReading). */
  readonly domainReadings: readonly (readonly [string, readonly string[], boolean])[];
  /** katakanaToRomaji of every katakana form the name detectors work out from the knowledge base. */
  readonly romaji: readonly (readonly [string, string])[];
  /** The recognizer's trie of the names (recognizer.ts's nameTrieArraysOf), each array's bytes in base64. */
  readonly nameTrie: Readonly<Record<keyof NameTrieArrays, string>>;
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
  const kinds: RenderingKind[] = [];
  const kindIndex = new Map<string, number>();
  const kindOf = ({ text: _text, ...kind }: Rendering): number => {
    const key = JSON.stringify(kind);
    let index = kindIndex.get(key);
    if (index === undefined) kindIndex.set(key, (index = kinds.push(kind) - 1));
    return index;
  };
  const renderings = [...renderingsOf(kb, rules.literalWords)].map(([first, list]) => [first, list.map((r) => r.text), list.map(kindOf)] as const);
  // What the name detectors derive from the names reads their romaji: worked out here, kept below.
  nameIndexOf(kb);
  workOutNameFacts(kb);
  workOutHeardTargets(kb);
  workOutKeyedNames(kb);
  return {
    cueWords: [...cueWords(kb, tokenizer)].map(([id, words]) => [id, [...words]] as const),
    renderings,
    renderingKinds: kinds,
    domainReadings: domainKanjiRuns(rules).map((kanji) => {
      const { readings, verbal } = kanjiRunReading(kanji, tokenizer);
      return [kanji, readings, verbal] as const;
    }),
    // Only the knowledge base's: the build reads no text.
    romaji: romajiWorkedOut(),
    nameTrie: encodedTrie(nameTrieArraysOf(kb)),
  };
}

const base64 = (array: Int32Array | Uint16Array): string => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');

function encodedTrie(arrays: NameTrieArrays): DerivedData['nameTrie'] {
  return {
    childStart: base64(arrays.childStart),
    childCodes: base64(arrays.childCodes),
    childNodes: base64(arrays.childNodes),
    valueStart: base64(arrays.valueStart),
    valueIndexes: base64(arrays.valueIndexes),
  };
}

/** Bytes from base64, in a buffer of their own (typed arrays need it aligned). */
function decoded(text: string): ArrayBuffer {
  const bytes = Buffer.from(text, 'base64');
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

function decodedTrie(encoded: DerivedData['nameTrie']): NameTrieArrays {
  return {
    childStart: new Int32Array(decoded(encoded.childStart)),
    childCodes: new Uint16Array(decoded(encoded.childCodes)),
    childNodes: new Int32Array(decoded(encoded.childNodes)),
    valueStart: new Int32Array(decoded(encoded.valueStart)),
    valueIndexes: new Int32Array(decoded(encoded.valueIndexes)),
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
  if (derived) useDerivedDataOf(kb, rules, derived);
}

/** Gives a knowledge base and rule set derived data (what deriveData computed for data equal to theirs). */
export function useDerivedDataOf(kb: KnowledgeBase, rules: RuleSet, derived: DerivedData): void {
  useCueWords(kb, new Map(derived.cueWords.map(([id, words]) => [id, new Map(words)])));
  const kinds = derived.renderingKinds;
  useRenderings(
    kb,
    rules.literalWords,
    new Map(
      derived.renderings.map(([first, texts, kindIndexes]) => [
        first,
        texts.map((text, i) => ({ text, ...(kinds[kindIndexes[i] as number] as RenderingKind) })),
      ]),
    ),
  );
  useDomainReadings(rules, new Map(derived.domainReadings.map(([kanji, readings, verbal]) => [kanji, { readings, verbal }])));
  useRomaji(derived.romaji);
  useNameTrie(kb, decodedTrie(derived.nameTrie));
}
