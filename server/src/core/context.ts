/**
 * What the document as a whole says: which entities it names, how often and how, and which countries it is
 * about. A chunk's findings are cached with the facts of it they read (facts.ts records them as they are read).
 */
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import type { Entity } from './knowledge/model';
import type { DictionaryRule } from './dictionary/prh';
import type { GlossaryEntry } from './glossary/model';
import type { RuleSet } from './knowledge/rules';
import type { EnglishLexicon } from './lexicon';
import type { MentionIndex } from './mentionIndex';
import type { EntityMention } from './types';
import { NO_WORDS, type WordCounts } from './documentWords';

export interface DetectorContext {
  readonly kb: KnowledgeBase;
  readonly lexicon: EnglishLexicon;
  readonly rules: RuleSet;
  readonly mentions: readonly EntityMention[];
  /** Mentions per entity id. */
  readonly mentionCount: ReadonlyMap<string, number>;
  /** Mentions per entity id, counting misspelt ones found by the name detectors ("Open AI", "サム・アルマン"). */
  readonly evidence: ReadonlyMap<string, number>;
  /** Entities named in the document, and those linked to them (an OpenAI story makes Sam Altman likely). */
  readonly related: ReadonlySet<string>;
  /** ISO country codes the document is about, with the number of mentions behind each. */
  readonly countries: ReadonlyMap<string, number>;
  /** The user's dictionary rules (prh), applied by the dictionary-rule detector. */
  readonly dictionaryRules: readonly DictionaryRule[];
  /** The entries of the user's glossaries, applied by the glossary-term detector (dictionaryKey covers them too). */
  readonly glossaryEntries: readonly GlossaryEntry[];
  /** Amounts per currency code (ISO 4217) written in the document. */
  readonly currencies: ReadonlyMap<string, number>;
  /** Identifies the dictionary rules (it changes when a dictionary is saved). */
  readonly dictionaryKey: string;
  /** How often the document writes a word, by a key of documentWords.ts (latinKey, wordKey, listedKey…). */
  wordCount(key: string): number;
  /** Changes whenever a word count read by a cached judgement changes (see DocumentWords.watch). */
  readonly wordsVersion: number;
  /** Marks a word count as read by a cached judgement. */
  watchWord(key: string): void;
  /** The ranking of one entity's spellings in this document, as a key: what mostUsedSpelling answers from. */
  spellingKey(entityId: string): string;
  /** Mentions of an entity named in the document. */
  mentionsOf(entityId: string): readonly EntityMention[];
  /** Each spelling of an entity in the document with its number of mentions, in order of first use. */
  spellingsOf(entityId: string): ReadonlyMap<string, number>;
  /** The same context with the mentions of one chunk, in that chunk's offsets. */
  withMentions(mentions: readonly EntityMention[]): DetectorContext;
  /** The spelling of an entity this document uses most, among those `accept` allows. */
  mostUsedSpelling(entityId: string, accept: (surface: string) => boolean): string | undefined;
  /** How likely the document is to talk about an entity: 1 when named, 0.6 when related to a named one, 0 otherwise. */
  affinity(entityId: string): number;
  /**
   * A value computed from the document's facts once per context, not once per chunk (`name` identifies
   * `compute`, one name per function). `compute` must not read `mentions` (a chunk's own): a chunk's
   * judgement that asks for it is cached on the facts `compute` read, as one fact (facts.ts).
   */
  derived<T>(name: string, compute: (context: DetectorContext) => T): T;
}

export interface ContextInput {
  readonly kb: KnowledgeBase;
  readonly lexicon: EnglishLexicon;
  readonly rules: RuleSet;
  /** The document's mentions (the analysis builds two contexts from one index). */
  readonly mentions: MentionIndex;
  /** Entities named in misspelt form, found by the name detectors. */
  readonly misspelt?: readonly string[];
  readonly currencies?: ReadonlyMap<string, number>;
  readonly dictionaryRules?: readonly DictionaryRule[];
  readonly glossaryEntries?: readonly GlossaryEntry[];
  /** Identifies the dictionary rules (they change when a dictionary is saved), for the cache signature. */
  readonly dictionaryKey?: string;
  /** The document's word counts (none when not given). */
  readonly words?: WordCounts & { readonly version?: number; watch?(key: string): void };
  /** The same stage's context of the document's last version: what it counted from the same mentions is taken over. */
  readonly last?: DetectorContext;
}

/** What a context counted from its mentions (and the misspelt names), which the next version's context may take over. */
interface Counted {
  readonly census: MentionIndex['census'];
  readonly misspelt: readonly string[];
  readonly mentionCount: Map<string, number>;
  readonly evidence: Map<string, number>;
  readonly related: Set<string>;
  readonly countries: Map<string, number>;
}
const countedBy = new WeakMap<DetectorContext, Counted>();

function countMentions(kb: KnowledgeBase, census: MentionIndex['census'], misspelt: readonly string[], last: DetectorContext | undefined): Counted {
  const earlier = last && countedBy.get(last);
  // Most edits name the same entities as often: the census is then the same object.
  if (earlier && earlier.census === census && earlier.misspelt.length === misspelt.length && earlier.misspelt.every((id, i) => id === misspelt[i])) {
    return earlier;
  }
  const mentionCount = new Map([...census].map(([id, { count }]) => [id, count]));
  const evidence = new Map(mentionCount);
  for (const id of misspelt) evidence.set(id, (evidence.get(id) ?? 0) + 1);
  const related = new Set<string>();
  for (const id of evidence.keys()) for (const other of kb.relatedTo(id)) if (!evidence.has(other)) related.add(other);
  const countries = new Map<string, number>();
  for (const [id, count] of evidence) {
    const entity = kb.get(id);
    const country = entity && kb.countryOf(entity);
    if (country) countries.set(country, (countries.get(country) ?? 0) + count);
  }
  return { census, misspelt, mentionCount, evidence, related, countries };
}

export function buildContext({
  kb,
  lexicon,
  rules,
  mentions: index,
  misspelt = [],
  currencies = new Map(),
  dictionaryRules = [],
  glossaryEntries = [],
  dictionaryKey = '',
  words = NO_WORDS,
  last,
}: ContextInput): DetectorContext {
  const counted = countMentions(kb, index.census, misspelt, last?.kb === kb ? last : undefined);
  const { mentionCount, evidence, related, countries } = counted;
  // Ranked on first use: most chunks never ask, and every edit builds a context.
  const spellingRanks = new Map<string, readonly string[]>();
  const rankOf = (id: string): readonly string[] => {
    let rank = spellingRanks.get(id);
    if (!rank) {
      rank = [...(index.census.get(id)?.spellings ?? [])].sort((a, b) => b[1] - a[1]).map(([spelling]) => spelling);
      spellingRanks.set(id, rank);
    }
    return rank;
  };
  const spellingKeys = new Map<string, string>();
  const derivedValues = new Map<string, unknown>();
  // Everything but the mentions, which are the document's (placed when asked for) or one chunk's.
  const shared: Omit<DetectorContext, 'mentions'> = {
    kb,
    lexicon,
    rules,
    mentionCount,
    evidence,
    related,
    countries,
    currencies,
    dictionaryRules,
    glossaryEntries,
    dictionaryKey,
    wordCount: (key) => words.count(key),
    wordsVersion: words.version ?? 0,
    watchWord: (key) => words.watch?.(key),
    mentionsOf: (id) => index.of(id),
    spellingsOf: (id) => index.census.get(id)?.spellings ?? new Map<string, number>(),
    mostUsedSpelling: (id, accept) => rankOf(id).find(accept),
    spellingKey: (id) => {
      let key = spellingKeys.get(id);
      if (key === undefined) {
        key = rankOf(id).join('\u0000');
        spellingKeys.set(id, key);
      }
      return key;
    },
    affinity: (id) => (evidence.has(id) ? 1 : related.has(id) ? 0.6 : 0),
    withMentions: (chunkMentions) => ({ ...shared, mentions: chunkMentions }),
    derived<T>(name: string, compute: (context: DetectorContext) => T): T {
      if (derivedValues.has(name)) return derivedValues.get(name) as T;
      const value = compute({ ...shared, mentions: [] });
      derivedValues.set(name, value);
      return value;
    },
  };
  const context: DetectorContext = {
    ...shared,
    get mentions() {
      return index.all();
    },
  };
  countedBy.set(context, counted);
  return context;
}

/** The maps a context counted from its mentions: the same objects for contexts that took them over (see ContextInput.last). */
export function countsOf(context: DetectorContext): object | undefined {
  return countedBy.get(context);
}

/**
 * The same context with other mentions, for a detector judging a text of its own making (a fix applied):
 * what it reads of the document is still read from (and recorded by) this context.
 */
export function withOwnMentions(context: DetectorContext, mentions: readonly EntityMention[]): DetectorContext {
  return Object.create(context, { mentions: { value: mentions } }) as DetectorContext;
}

export function displayName(entity: Entity): string {
  return entity.ja === entity.en ? entity.en : `${entity.ja}（${entity.en}）`;
}
