/**
 * The document-level facts a chunk's judgement read, recorded as they are read. A chunk's findings are
 * cached with the facts behind them (which entities the story names and how often, its countries and
 * currencies, an entity's spellings, the chunk's own mentions…) and reused only while every one of those
 * facts still has the value it had: no hand-written summary of the context, so a detector that reads
 * something new cannot be served findings computed without it.
 */
import { countsOf, type DetectorContext } from './context';
import type { EntityMention } from './types';

/** The kinds of facts: one per way a detector can look at the document beyond its chunk. */
export type FactKind =
  | 'chunkMentions'
  | 'mentionCount'
  | 'evidence'
  | 'related'
  | 'countries'
  | 'currencies'
  | 'affinity'
  | 'spelling'
  | 'spellingsOf'
  | 'spellingKeys'
  | 'mentionsOf'
  | 'documentMentions'
  | 'documentWord'
  | 'dictionaryRules'
  | 'derived';

/** A fact read: its kind, what it was about ('' for the whole of it: a map iterated, a size) and its value then. */
export type FactRead = readonly [kind: FactKind, about: string, value: string];

/** The key a whole map is recorded under, as opposed to one of its entries. */
export const WHOLE = '';
/** The key a map's keys alone are recorded under (a loop over the entities named, not over their counts). */
export const KEYS = '\u0000keys';
/** Marks an entry asked about for its presence alone (`has`), not its value: `${HAS}${key}`. */
const HAS = '\u0000has\u0000';

/** A context and the mentions of the chunk being judged: what facts are read from. */
export interface FactSource {
  readonly context: DetectorContext;
  readonly chunkMentions: readonly EntityMention[];
}

const wholeValues = new WeakMap<DetectorContext, Map<string, string>>();

/** The value of a fact in a context, as a string that changes whenever the fact does. */
export function factValue(source: FactSource, kind: FactKind, about: string): string {
  const { context } = source;
  if (about.startsWith(HAS)) return presence(context, kind, about.slice(HAS.length));
  switch (kind) {
    case 'chunkMentions':
      return source.chunkMentions.map(mentionKey).join(',');
    case 'mentionCount':
      if (about === KEYS) return countedValue(context, 'mentionKeys', () => [...context.mentionCount.keys()].join(','));
      return about === WHOLE ? countedValue(context, kind, () => mapKey(context.mentionCount)) : String(context.mentionCount.get(about) ?? '');
    case 'evidence':
      if (about === KEYS) return countedValue(context, 'evidenceKeys', () => [...context.evidence.keys()].join(','));
      return about === WHOLE ? countedValue(context, kind, () => mapKey(context.evidence)) : String(context.evidence.get(about) ?? '');
    case 'related':
      return about === WHOLE ? countedValue(context, kind, () => [...context.related].join(',')) : context.related.has(about) ? '1' : '';
    case 'countries':
      if (about === KEYS) return countedValue(context, 'countryKeys', () => [...context.countries.keys()].join(','));
      return about === WHOLE ? countedValue(context, kind, () => mapKey(context.countries)) : String(context.countries.get(about) ?? '');
    case 'currencies':
      if (about === KEYS) return wholeValue(context, 'currencyKeys', () => [...context.currencies.keys()].join(','));
      return about === WHOLE ? wholeValue(context, kind, () => mapKey(context.currencies)) : String(context.currencies.get(about) ?? '');
    case 'affinity':
      return String(context.affinity(about));
    case 'spelling':
      return context.spellingKey(about);
    case 'spellingsOf':
      // Once per entity and context: every chunk of a document reads the spellings of the same entities.
      return countedValue(context, `spellingsOf\u0000${about}`, () => mapKey(context.spellingsOf(about)));
    case 'spellingKeys':
      return countedValue(context, `spellingKeys\u0000${about}`, () => [...context.spellingsOf(about).keys()].join('\u0000'));
    case 'mentionsOf':
      return context.mentionsOf(about).map(mentionKey).join(',');
    case 'documentMentions':
      return wholeValue(context, kind, () => context.mentions.map(mentionKey).join(','));
    case 'documentWord':
      // Whoever relies on a count from now on must hear of its changes (the version moves with them).
      context.watchWord(about);
      return String(context.wordCount(about));
    case 'dictionaryRules':
      return context.dictionaryKey;
    case 'derived':
      return derivedEntry(context, about).signature;
  }
}

/** A value derived from the document's facts (DetectorContext.derived), with the facts its computation read. */
interface DerivedEntry {
  readonly value: unknown;
  readonly reads: readonly FactRead[];
  /** The reads with their values as one string: equal while every fact read is. */
  readonly signature: string;
  readonly positional: boolean;
}

/** The computations of derived values by name, as detectors first ask for them (a fact names its computation). */
const derivations = new Map<string, (context: DetectorContext) => unknown>();
const derivedEntries = new WeakMap<DetectorContext, Map<string, DerivedEntry>>();
const NO_MENTIONS: readonly EntityMention[] = [];
/**
 * The facts that are functions of what a context counted from its mentions (countsOf): the same for every
 * context that took those counts over. (A context's language is fixed with them: a stage in another
 * language is another stage, which counts afresh.)
 */
const COUNTED: ReadonlySet<FactKind> = new Set(['mentionCount', 'evidence', 'related', 'countries', 'affinity', 'spelling', 'spellingsOf', 'spellingKeys']);
/** Derived values that read only such facts, by the counts they were computed from. */
const derivedByCounts = new WeakMap<object, Map<string, DerivedEntry>>();
/** Per derived value, its last computation (of whichever context): a computation of an equal value takes its signature. */
const lastDerived = new Map<string, DerivedEntry>();

/** Whether two derived values are the same to whoever reads them: the same object, or lists of the same items. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
  return true;
}

/** A derived value of a context, computed once with the facts it read recorded. */
function derivedEntry(context: DetectorContext, name: string): DerivedEntry {
  let entries = derivedEntries.get(context);
  if (!entries) {
    entries = new Map();
    derivedEntries.set(context, entries);
  }
  let entry = entries.get(name);
  // A value computed from the counts alone is the same for every context that took the counts over.
  const counts = countsOf(context);
  if (!entry && counts) {
    entry = derivedByCounts.get(counts)?.get(name);
    if (entry) entries.set(name, entry);
  }
  if (!entry) {
    const compute = derivations.get(name);
    if (!compute) throw new Error(`No computation is known for the derived value "${name}": ask for it through DetectorContext.derived first.`);
    const recording = recordingContext({ context, chunkMentions: NO_MENTIONS });
    const value = compute(recording.context);
    const reads = recording.reads();
    if (reads.some(([kind]) => kind === 'chunkMentions')) {
      throw new Error(`The derived value "${name}" read a chunk's mentions: it may read facts of the whole document only.`);
    }
    const positional = reads.some(([kind]) => POSITIONAL.has(kind));
    // The same value as last computed (a count moved by one, the story's countries in the same order) keeps the
    // same signature: the chunks that read only the value keep their judgements. A signature stands for one value
    // only: a new one is made of the reads, which determine the value.
    const lastEntry = lastDerived.get(name);
    const signature =
      lastEntry && sameValue(lastEntry.value, value)
        ? lastEntry.signature
        : reads.map(([kind, about, value]) => `${kind}\u0001${about}\u0001${value}`).join('\u0002');
    entry = { value, reads, signature, positional };
    entries.set(name, entry);
    lastDerived.set(name, entry);
    if (counts && reads.every(([kind]) => COUNTED.has(kind))) {
      let byName = derivedByCounts.get(counts);
      if (!byName) derivedByCounts.set(counts, (byName = new Map()));
      byName.set(name, entry);
    }
  }
  return entry;
}

/** Whether a map of the context has an entry (a count going from 3 to 4 leaves this fact as it was). */
function presence(context: DetectorContext, kind: FactKind, key: string): string {
  const map =
    kind === 'mentionCount' ? context.mentionCount : kind === 'evidence' ? context.evidence : kind === 'countries' ? context.countries : context.currencies;
  return map.has(key) ? '1' : '';
}

/**
 * Whether every fact a judgement read still has the value it had. `mentionsSame`: the chunk's mentions are
 * the very list they were when the reads were last found to hold (their key need not be made again).
 */
export function factsHold(reads: readonly FactRead[], source: FactSource, mentionsSame = false): boolean {
  for (const [kind, about, value] of reads) {
    if (mentionsSame && kind === 'chunkMentions') continue;
    if (factValue(source, kind, about) !== value) return false;
  }
  return true;
}

/** Facts that depend on where mentions stand in the document, which nearly every edit changes. */
const POSITIONAL: ReadonlySet<FactKind> = new Set(['mentionsOf', 'documentMentions']);

/** Whether a fact is one of the document's, the same for every chunk, and not a position (what factReaders.ts indexes). */
export function isDocumentFact(kind: FactKind): boolean {
  return kind !== 'chunkMentions' && !POSITIONAL.has(kind);
}

/** What a judgement read, ready to be checked against later contexts. */
export class FactsRead {
  /** Whether a read depends on positions in the document: then no shortcut applies. */
  readonly positional: boolean;
  /** The chunk's mentions when last found to hold (the analysis passes the same array while they do not change). */
  private mentionsSeen: readonly EntityMention[];
  /** The document's facts (documentFactsId) under which all the reads were last found to hold. */
  private heldUnder: number;

  constructor(
    readonly reads: readonly FactRead[],
    source: FactSource,
  ) {
    this.positional = reads.some(([kind]) => POSITIONAL.has(kind));
    this.mentionsSeen = source.chunkMentions;
    this.heldUnder = documentFactsId(source.context);
  }

  /**
   * Whether every fact read still has its value. When none of the document's facts changed since they
   * were last found to hold (most edits), only the chunk's own mentions are compared.
   */
  holdIn(source: FactSource): boolean {
    const documentId = documentFactsId(source.context);
    const mentionsSame = source.chunkMentions === this.mentionsSeen;
    if (!this.positional && documentId === this.heldUnder && mentionsSame) return true;
    if (!factsHold(this.reads, source, mentionsSame)) return false;
    this.heldUnder = documentId;
    this.mentionsSeen = source.chunkMentions;
    return true;
  }
}

/** Ids of the distinct document keys seen lately: equal facts, equal id (a number compares at once, a key of 8 KB does not). */
const factsIds = new Map<string, number>();
const contextIds = new WeakMap<DetectorContext, number>();
/** Ids by the counts a context was built from (countsOf) and the rest of its facts. */
const idsByCounts = new WeakMap<object, Map<string, number>>();
let nextFactsId = 1;
// Enough for the few documents and stages in use; past it, facts seen before get a new id (a slower check, never a wrong one).
const FACTS_ID_LIMIT = 256;
/** The last context asked about: every chunk of a stage asks about the same one. */
let lastAsked: { readonly context: DetectorContext; readonly id: number } | undefined;

/**
 * A number for the document's facts (documentFactsKey): two contexts with the same facts get the same one,
 * a context whose facts differ from every recent one a new one.
 */
export function documentFactsId(context: DetectorContext): number {
  if (lastAsked?.context === context) return lastAsked.id;
  let id = contextIds.get(context);
  if (id === undefined) {
    // A context that took its counts over from the last version's (the same maps) has the same facts but
    // for the currencies, the dictionary and the word counts: its key is not made again.
    const counts = countsOf(context);
    const rest = `${mapKey(context.currencies)}\u0001${context.dictionaryKey}\u0001${context.wordsVersion}`;
    id = counts && idsByCounts.get(counts)?.get(rest);
    if (id === undefined) {
      const key = documentFactsKey(context);
      id = factsIds.get(key);
      if (id === undefined) {
        if (factsIds.size >= FACTS_ID_LIMIT) factsIds.clear();
        id = nextFactsId++;
        factsIds.set(key, id);
      }
      if (counts) {
        let ids = idsByCounts.get(counts);
        if (!ids) idsByCounts.set(counts, (ids = new Map()));
        ids.set(rest, id);
      }
    }
    contextIds.set(context, id);
  }
  lastAsked = { context, id };
  return id;
}

/**
 * Every fact of the document but positions and a chunk's own mentions, as one string: when it is the same
 * for two contexts, so is every such fact (each is a function of these maps and the dictionary key).
 */
export function documentFactsKey(context: DetectorContext): string {
  return wholeValue(context, 'document', () => {
    let spellings = '';
    for (const id of context.mentionCount.keys()) spellings += `${id}:${mapKey(context.spellingsOf(id))}|`;
    return [
      mapKey(context.mentionCount),
      mapKey(context.evidence),
      [...context.related].join(','),
      mapKey(context.countries),
      mapKey(context.currencies),
      context.dictionaryKey,
      context.wordsVersion,
      spellings,
    ].join('\u0001');
  });
}

/**
 * A context for judging one chunk that records each document-level fact read from it, with its value.
 * Its `mentions` are the chunk's own. The knowledge base, lexicon and rules are not facts of the
 * document: they are the analyzer's services, fixed for its lifetime.
 */
export function recordingContext(source: FactSource): { readonly context: DetectorContext; readonly reads: () => readonly FactRead[] } {
  const recording = new RecordingContext(source);
  return { context: recording, reads: () => recording.reads };
}

/**
 * The recording context: one object per chunk judged, its views of the context's maps made on first use
 * (most chunks read few of them).
 */
class RecordingContext implements DetectorContext {
  readonly reads: FactRead[] = [];
  private readonly seen = new Map<FactKind, Set<string>>();
  private readonly context: DetectorContext;
  private mentionCountView: ReadonlyMap<string, number> | undefined;
  private evidenceView: ReadonlyMap<string, number> | undefined;
  private relatedView: ReadonlySet<string> | undefined;
  private countriesView: ReadonlyMap<string, number> | undefined;
  private currenciesView: ReadonlyMap<string, number> | undefined;

  constructor(private readonly source: FactSource) {
    this.context = source.context;
  }

  record(kind: FactKind, about: string): void {
    let abouts = this.seen.get(kind);
    if (!abouts) {
      abouts = new Set();
      this.seen.set(kind, abouts);
    }
    if (abouts.has(about)) return;
    abouts.add(about);
    this.reads.push([kind, about, factValue(this.source, kind, about)]);
  }

  get kb(): DetectorContext['kb'] {
    return this.context.kb;
  }
  get lexicon(): DetectorContext['lexicon'] {
    return this.context.lexicon;
  }
  get rules(): DetectorContext['rules'] {
    return this.context.rules;
  }
  get mentions(): readonly EntityMention[] {
    this.record('chunkMentions', WHOLE);
    return this.source.chunkMentions;
  }
  get mentionCount(): ReadonlyMap<string, number> {
    return (this.mentionCountView ??= new RecordingMap(this.context.mentionCount, this, 'mentionCount'));
  }
  get evidence(): ReadonlyMap<string, number> {
    return (this.evidenceView ??= new RecordingMap(this.context.evidence, this, 'evidence'));
  }
  get related(): ReadonlySet<string> {
    return (this.relatedView ??= recordingSet(this.context.related, (about) => this.record('related', about)));
  }
  get countries(): ReadonlyMap<string, number> {
    return (this.countriesView ??= new RecordingMap(this.context.countries, this, 'countries'));
  }
  get currencies(): ReadonlyMap<string, number> {
    return (this.currenciesView ??= new RecordingMap(this.context.currencies, this, 'currencies'));
  }
  get dictionaryRules(): DetectorContext['dictionaryRules'] {
    this.record('dictionaryRules', WHOLE);
    return this.context.dictionaryRules;
  }
  get glossaryEntries(): DetectorContext['glossaryEntries'] {
    this.record('dictionaryRules', WHOLE);
    return this.context.glossaryEntries;
  }
  get dictionaryKey(): string {
    this.record('dictionaryRules', WHOLE);
    return this.context.dictionaryKey;
  }
  wordCount(key: string): number {
    this.record('documentWord', key);
    return this.context.wordCount(key);
  }
  get wordsVersion(): number {
    return this.context.wordsVersion;
  }
  watchWord(key: string): void {
    this.context.watchWord(key);
  }
  spellingKey(id: string): string {
    this.record('spelling', id);
    return this.context.spellingKey(id);
  }
  mostUsedSpelling(id: string, accept: (surface: string) => boolean): string | undefined {
    this.record('spelling', id);
    return this.context.mostUsedSpelling(id, accept);
  }
  mentionsOf(id: string): readonly EntityMention[] {
    this.record('mentionsOf', id);
    return this.context.mentionsOf(id);
  }
  // A loop over an entity's spellings alone (not their counts) reads their list, which changes less often.
  spellingsOf(id: string): ReadonlyMap<string, number> {
    return new SpellingsView(this.context.spellingsOf(id), this, id);
  }
  affinity(id: string): number {
    this.record('affinity', id);
    return this.context.affinity(id);
  }
  withMentions(mentions: readonly EntityMention[]): DetectorContext {
    // A detector judging other mentions than its chunk's reads the document's.
    this.record('documentMentions', WHOLE);
    return this.context.withMentions(mentions);
  }
  derived<T>(name: string, compute: (context: DetectorContext) => T): T {
    derivations.set(name, compute);
    const entry = derivedEntry(this.context, name);
    // One fact for all it read, unless it read positions: those are told one by one (FactsRead.positional).
    if (entry.positional) for (const [kind, about] of entry.reads) this.record(kind, about);
    else this.record('derived', name);
    return entry.value as T;
  }
}

/** Values of the facts counted from the mentions (COUNTED), by the counts: every context that took them over shares them. */
const countedValues = new WeakMap<object, Map<string, string>>();

/** A value of the context that is a function of its counts alone (countsOf), computed once for all contexts sharing them. */
function countedValue(context: DetectorContext, kind: string, compute: () => string): string {
  const counts = countsOf(context);
  return counts ? memoised(countedValues, counts, kind, compute) : wholeValue(context, kind, compute);
}

/** A value of the context computed once (`kind`: a fact kind, 'document', or a kind and what it is about). */
function wholeValue(context: DetectorContext, kind: string, compute: () => string): string {
  return memoised(wholeValues, context, kind, compute);
}

function memoised<K extends object>(table: WeakMap<K, Map<string, string>>, owner: K, kind: string, compute: () => string): string {
  let values = table.get(owner);
  if (!values) table.set(owner, (values = new Map()));
  let value = values.get(kind);
  if (value === undefined) values.set(kind, (value = compute()));
  return value;
}

function mentionKey(mention: EntityMention): string {
  return `${mention.entityId}@${mention.range.start}-${mention.range.end}`;
}

/** A map's entries in their order (the order is a fact too: detectors break ties by it). */
function mapKey(map: ReadonlyMap<string, unknown>): string {
  let key = '';
  for (const [k, v] of map) key += `${k}=${String(v)};`;
  return key;
}

/** A map that tells each read: of one key (`about` = the key), of its keys alone (KEYS), or of the whole (iterated, sized: WHOLE). */
class RecordingMap<V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly map: ReadonlyMap<string, V>,
    private readonly recorder: RecordingContext,
    private readonly kind: FactKind,
  ) {}

  /** Tells a read: overridden where a read is recorded otherwise. */
  protected read(about: string): void {
    this.recorder.record(this.kind, about);
  }
  get(key: string): V | undefined {
    this.read(key);
    return this.map.get(key);
  }
  has(key: string): boolean {
    this.read(HAS + key);
    return this.map.has(key);
  }
  get size(): number {
    this.read(WHOLE);
    return this.map.size;
  }
  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    this.read(WHOLE);
    this.map.forEach((value, key) => callback.call(thisArg, value, key, this));
  }
  entries(): MapIterator<[string, V]> {
    this.read(WHOLE);
    return this.map.entries();
  }
  keys(): MapIterator<string> {
    this.read(KEYS);
    return this.map.keys();
  }
  values(): MapIterator<V> {
    this.read(WHOLE);
    return this.map.values();
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    this.read(WHOLE);
    return this.map[Symbol.iterator]();
  }
}

/** An entity's spellings: a loop over their keys reads their list (spellingKeys), any other read their counts (spellingsOf). */
class SpellingsView extends RecordingMap<number> {
  constructor(
    map: ReadonlyMap<string, number>,
    private readonly owner: RecordingContext,
    private readonly entityId: string,
  ) {
    super(map, owner, 'spellingsOf');
  }
  protected override read(about: string): void {
    this.owner.record(about === KEYS ? 'spellingKeys' : 'spellingsOf', this.entityId);
  }
}

function recordingSet(set: ReadonlySet<string>, read: (about: string) => void): ReadonlySet<string> {
  const view: ReadonlySet<string> = {
    has: (key) => {
      read(key);
      return set.has(key);
    },
    get size() {
      read(WHOLE);
      return set.size;
    },
    forEach: (callback, thisArg?: unknown) => {
      read(WHOLE);
      set.forEach((value) => callback.call(thisArg, value, value, view));
    },
    entries: () => {
      read(WHOLE);
      return set.entries();
    },
    keys: () => {
      read(WHOLE);
      return set.keys();
    },
    values: () => {
      read(WHOLE);
      return set.values();
    },
    [Symbol.iterator]: () => {
      read(WHOLE);
      return set[Symbol.iterator]();
    },
  };
  return view;
}
