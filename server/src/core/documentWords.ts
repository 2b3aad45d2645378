/**
 * Which words the document writes, and how often, kept up to date from the chunks an edit replaced: the
 * checks that ask whether a word is somewhere in the document ("does it say 投資家?", "how often does it
 * write HBM?") read these counts instead of searching the whole text on every edit.
 *
 * Each chunk's words are counted once per chunk text (chunkWords); the document's counts are the sum,
 * updated by subtracting the chunks that left and adding those that came (a few per edit).
 */
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import type { RuleSet } from './knowledge/rules';
import { cueWordList, katakanaPiecesOf } from './corroboration';
import type { JapaneseTokenizer } from './tokenizer';
import { entriesStartingAt } from './byTwoCharacters';
import { sharedEnds } from './chunkLists';

export { sharedEnds } from './chunkLists';

/** The counted kinds of words, each a prefix of the keys. */
const LATIN = 'a\u0000';
const LATIN_PAIR = 'b\u0000';
const WORD = 'w\u0000';
const LISTED = 'c\u0000';
const KATAKANA = 'k\u0000';

/** A maximal run of Latin letters and digits ("Open", "H100"). */
export const latinKey = (run: string): string => LATIN + run;
/** Two runs separated by white space only ("Open AI"). */
export const latinPairKey = (first: string, second: string): string => `${LATIN_PAIR}${first} ${second}`;
/** A Latin word with hyphens inside ("SVE-bench"), as the acronym check reads words. */
export const wordKey = (word: string): string => WORD + word;
/** A word of the vocabulary (cue words of descriptions, context words of acronyms), written anywhere. */
export const listedKey = (word: string): string => LISTED + word;
/** A whole katakana run (three letters or more) that is a large piece of a katakana cue word. */
export const katakanaKey = (run: string): string => KATAKANA + run;

const LATIN_RUN = /[A-Za-z0-9]+/g;
const WORD_PATTERN = /(?<![A-Za-z0-9])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![A-Za-z0-9])/g;
const KATAKANA_RUN = /[\u30A1-\u30FA\u30FC]{3,}/g;

/** The words looked for: listed words by first character, and the katakana pieces of katakana cue words. */
export interface WordVocabulary {
  readonly byFirst: ReadonlyMap<string, readonly string[]>;
  readonly katakanaPieces: ReadonlySet<string>;
}

const vocabularies = new WeakMap<KnowledgeBase, WeakMap<RuleSet, WordVocabulary>>();

/** The vocabulary of a knowledge base and rule set: built once. */
export function vocabularyOf(kb: KnowledgeBase, rules: RuleSet, tokenizer: JapaneseTokenizer): WordVocabulary {
  let byRules = vocabularies.get(kb);
  if (!byRules) vocabularies.set(kb, (byRules = new WeakMap()));
  const known = byRules.get(rules);
  if (known) return known;
  const words = new Set(cueWordList(kb, tokenizer));
  for (const rule of rules.acronyms.values()) for (const word of rule.contexts ?? []) words.add(word);
  // The subjects that vouch for a same-sound term anywhere in the document (same-sound-collocations.yaml).
  for (const rule of rules.sameSoundCollocations) for (const word of [rule.term, ...rule.cues]) words.add(word);
  // The terms of the fields: a same-sound word is likelier the term when the document writes the term elsewhere.
  for (const terms of rules.domainTerms.values()) for (const term of terms) words.add(term);
  // The subjects a kind of quantity belongs to (quantity-ranges.yaml): a figure whose own sentence names none goes with the story's.
  for (const range of rules.quantityRanges) for (const word of range.sentence ?? []) words.add(word);
  const byFirst = new Map<string, string[]>();
  const katakanaPieces = new Set<string>();
  for (const word of words) {
    if (word === '') continue;
    const first = word[0] ?? '';
    const list = byFirst.get(first) ?? [];
    list.push(word);
    byFirst.set(first, list);
    for (const piece of katakanaPiecesOf(word)) katakanaPieces.add(piece);
  }
  const vocabulary = { byFirst, katakanaPieces };
  byRules.set(rules, vocabulary);
  return vocabulary;
}

const NO_COUNTS: ReadonlyMap<string, number> = new Map();
const itself = (word: string): string => word;

/** The words of one chunk with their counts, as keys of the kinds above. */
export function chunkWords(text: string, vocabulary: WordVocabulary): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  let previous: { readonly run: string; readonly end: number } | undefined;
  for (const match of text.matchAll(LATIN_RUN)) {
    add(latinKey(match[0]));
    if (previous && /^\s+$/.test(text.slice(previous.end, match.index))) add(latinPairKey(previous.run, match[0]));
    previous = { run: match[0], end: match.index + match[0].length };
  }
  for (const match of text.matchAll(WORD_PATTERN)) add(wordKey(match[0]));
  for (const match of text.matchAll(KATAKANA_RUN)) if (vocabulary.katakanaPieces.has(match[0])) add(katakanaKey(match[0]));
  for (let i = 0; i < text.length; i++) {
    for (const word of entriesStartingAt(vocabulary.byFirst, itself, text, i)) if (text.startsWith(word, i)) add(listedKey(word));
  }
  return counts.size === 0 ? NO_COUNTS : counts;
}

/** A source of document word counts, as the checks read them. */
export interface WordCounts {
  count(key: string): number;
}

/** No words: for a context built without a document's counts. */
export const NO_WORDS: WordCounts = { count: () => 0 };

// Versions are unique across documents: a cache entry judged under one document's version never holds in another's.
let lastVersion = 0;

/** The word counts of one document, updated from one list of chunk words to the next. */
export class DocumentWords implements WordCounts {
  private readonly counts = new Map<string, number>();
  private chunks: readonly ReadonlyMap<string, number>[] = [];
  /** Keys some cached judgement read: only a change to one of them changes the version. */
  private readonly watched = new Set<string>();
  /** Changes whenever a watched count changes (a fact of the document for the caches). */
  version = ++lastVersion;

  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** Remembers that a cached judgement read this count: changing it must void the judgement. */
  watch(key: string): void {
    this.watched.add(key);
  }

  /** The counts of a document whose chunks have these words (in document order). */
  update(chunks: readonly ReadonlyMap<string, number>[]): void {
    const before = this.chunks;
    const { prefix, suffix } = sharedEnds(before, chunks);
    const watchedBefore = new Map<string, number>();
    const apply = (words: ReadonlyMap<string, number>, sign: number): void => {
      for (const [key, n] of words) {
        const old = this.counts.get(key) ?? 0;
        if (this.watched.has(key) && !watchedBefore.has(key)) watchedBefore.set(key, old);
        const count = old + sign * n;
        if (count === 0) this.counts.delete(key);
        else this.counts.set(key, count);
      }
    };
    for (let i = prefix; i < before.length - suffix; i++) apply(before[i] as ReadonlyMap<string, number>, -1);
    for (let i = prefix; i < chunks.length - suffix; i++) apply(chunks[i] as ReadonlyMap<string, number>, 1);
    this.chunks = chunks;
    // A key both removed and added again (most edits) leaves its count as it was, and the version too.
    for (const [key, old] of watchedBefore) {
      if (this.count(key) !== old) {
        this.version = ++lastVersion;
        break;
      }
    }
  }
}
