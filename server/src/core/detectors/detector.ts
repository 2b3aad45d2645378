/** The shape every detector has: a pure function from a document and its context to findings. */
import type { AnalyzedDocument } from '../analyzedDocument';
import type { DetectorContext } from '../context';
import type { JapaneseTokenizer } from '../tokenizer';
import type { Finding, OffsetRange } from '../types';

export interface Detector {
  /** Stable diagnostic code, also used by "fix all of this kind". */
  readonly code: string;
  /** What it finds, in one line (listed in the README and the hover). */
  readonly description: string;
  detect(doc: AnalyzedDocument, context: DetectorContext): Finding[];
}

/** What a chunk's scan may use: the services, not the document's facts. */
export type ScanServices = Pick<DetectorContext, 'kb' | 'lexicon' | 'rules'>;

/** A chunk's text with the document's text around it: `text.slice(offset, offset + chunk length)` is the chunk. */
export interface Surroundings {
  readonly text: string;
  readonly offset: number;
}

/**
 * A detector that compares things across the whole document, in steps whose work follows the edit: each
 * chunk is scanned for its items once per text (in chunk offsets); the decision over every chunk's items,
 * in document order, is made again only when their content or a document fact it read changes; each
 * finding is placed on its item where the item now stands.
 */
export interface SequenceDetector<Item> {
  readonly code: string;
  readonly description: string;
  scan(doc: AnalyzedDocument, services: ScanServices): readonly Item[];
  /**
   * How far around an item its judgement reads the text: an item closer than this to an end of its chunk is
   * finished by `resolve` with the document's text around the chunk (left out when it returns nothing).
   */
  readonly reach?: number;
  resolve?(item: Item, around: Surroundings): Item | undefined;
  /**
   * What the decision reads of the chunks' bounds besides the items in order: which items share a chunk
   * ('grouping'), or also how many chunks lie between items ('distance'). Then an edit that moves the bounds
   * makes the decision again even when no item changed.
   */
  readonly chunkBounds?: 'grouping' | 'distance';
  /**
   * How far an item's verdict reads, for a detector whose verdicts read nothing beyond it but the document's facts:
   * then an edit that changes a few chunks' items decides again over the chunks within reach of them only.
   */
  readonly locality?: Locality;
  /** The item's content without its place: the decision depends on these, in order, and on the context. */
  itemKey(item: Item): string;
  /** Where the item stands in its chunk: its findings are placed there. */
  itemRange(item: Item): OffsetRange;
  /** Findings by item (its ordinal in document order; their ranges are replaced by the item's). */
  decide(chunks: readonly (readonly Item[])[], context: DetectorContext, tokenizer: JapaneseTokenizer): ReadonlyMap<number, readonly Finding[]>;
  /**
   * The same decision kept up to date chunk by chunk, for a detector whose decision reads no document fact
   * (only its items and the tokenizer): an edit takes out the chunks it replaced and puts in the new ones,
   * and only the verdicts those can change are made again. `decide` must give what a tally of every chunk gives.
   */
  tally?(services: TallyServices): SequenceTally<Item>;
}

/**
 * An item's verdict reads the items of its own chunk, of `before` chunks before it and of `after` chunks after it
 * (every chunk counted, or only those with items), and the document's facts; nothing else.
 */
export interface Locality {
  readonly before: number;
  readonly after: number;
  readonly counting: 'chunks' | 'chunksWithItems';
}

/**
 * A sequence detector's decision as sums over the chunks it holds, each held under an id that stays the
 * chunk's while an edit leaves it alone. Its verdicts depend on which chunks it holds, never on the order
 * they were put in.
 */
export interface SequenceTally<Item> {
  add(chunk: number, items: readonly Item[]): void;
  remove(chunk: number): void;
  /** The findings of every item that has some: by chunk id and the item's index in that chunk's list. `order`: where each chunk stands. */
  verdicts(order: ChunkOrder): readonly ChunkVerdict[];
}

/** What a tally may use besides its items. */
export type TallyServices = { readonly tokenizer: JapaneseTokenizer } & Pick<DetectorContext, 'rules'>;

/** The chunks a tally holds in document order: for a decision that reads the chunks near an item. */
export interface ChunkOrder {
  readonly count: number;
  idAt(index: number): number;
  indexOf(chunk: number): number;
}

export interface ChunkVerdict {
  readonly chunk: number;
  readonly index: number;
  readonly findings: readonly Finding[];
}

/** `decide` from a tally: every chunk put in under its index, the verdicts by ordinal in document order. */
export function decideByTally<Item>(tally: SequenceTally<Item>, chunks: readonly (readonly Item[])[]): Map<number, readonly Finding[]> {
  const starts: number[] = [];
  let ordinal = 0;
  chunks.forEach((items, i) => {
    starts.push(ordinal);
    ordinal += items.length;
    if (items.length > 0) tally.add(i, items);
  });
  const verdicts = new Map<number, readonly Finding[]>();
  const order = { count: chunks.length, idAt: (index: number) => index, indexOf: (chunk: number) => chunk };
  const byOrdinal = tally.verdicts(order).map((verdict) => [(starts[verdict.chunk] as number) + verdict.index, verdict.findings] as const);
  for (const [at, findings] of byOrdinal.sort((a, b) => a[0] - b[0])) verdicts.set(at, findings);
  return verdicts;
}
