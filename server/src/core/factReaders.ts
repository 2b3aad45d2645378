/**
 * Which chunks' judgements read each document-level fact (facts.ts). When an edit changes a fact of the
 * document (an entity named once more, a new currency, a spelling ranked otherwise), only the judgements
 * that read that fact can have changed: they are looked up again, and the others kept as they stand —
 * instead of checking every chunk's reads against the new facts (one lookup per chunk per fact change).
 *
 * What a judgement read of its own chunk (its mentions) and where mentions stand in the document are not
 * indexed here: the analysis checks those on every edit already (see judgeAll in analyze.ts).
 */
import { factValue, isDocumentFact, type FactKind, type FactsRead } from './facts';
import type { DetectorContext } from './context';
import type { EntityMention } from './types';

/** One fact of the document, its value when last checked, and the judgements that read it then. */
interface FactEntry<J> {
  readonly kind: FactKind;
  readonly about: string;
  value: string;
  readonly readers: Set<J>;
}

const NO_MENTIONS: readonly EntityMention[] = [];

/**
 * The readers of each document fact among the judgements a document's chunks hold. Every judgement added
 * must hold under the facts the index was last brought to (readersOfChanged): the values it read are then
 * the index's values, one per fact.
 */
export class FactReaders<J extends { readonly factsRead: FactsRead }> {
  private readonly facts = new Map<string, FactEntry<J>>();
  /** How many chunks hold each judgement (chunks with the same text share one): indexed while at least one does. */
  private readonly holders = new Map<J, number>();

  /** A chunk now holds `judgement`. */
  add(judgement: J): void {
    const held = this.holders.get(judgement) ?? 0;
    this.holders.set(judgement, held + 1);
    if (held > 0) return;
    for (const [kind, about, value] of judgement.factsRead.reads) {
      if (!isDocumentFact(kind)) continue;
      const key = factKey(kind, about);
      let entry = this.facts.get(key);
      if (!entry) {
        entry = { kind, about, value, readers: new Set() };
        this.facts.set(key, entry);
      }
      entry.readers.add(judgement);
    }
  }

  /** A chunk no longer holds `judgement` (edited away, or judged again). */
  remove(judgement: J): void {
    const held = this.holders.get(judgement);
    if (held === undefined) return;
    if (held > 1) {
      this.holders.set(judgement, held - 1);
      return;
    }
    this.holders.delete(judgement);
    for (const [kind, about] of judgement.factsRead.reads) {
      if (!isDocumentFact(kind)) continue;
      const key = factKey(kind, about);
      const entry = this.facts.get(key);
      if (!entry) continue;
      entry.readers.delete(judgement);
      if (entry.readers.size === 0) this.facts.delete(key);
    }
  }

  /**
   * The judgements that read a fact whose value in `context` is not the one recorded (each fact's value is
   * taken once, however many chunks read it); the recorded values become those of `context`. The judgements
   * returned must be looked up again and replaced (remove, add) by what the lookup answers.
   */
  readersOfChanged(context: DetectorContext): ReadonlySet<J> {
    const changed = new Set<J>();
    const source = { context, chunkMentions: NO_MENTIONS };
    for (const entry of this.facts.values()) {
      const value = factValue(source, entry.kind, entry.about);
      if (value === entry.value) continue;
      entry.value = value;
      for (const reader of entry.readers) changed.add(reader);
    }
    return changed;
  }

  /** How many distinct facts are indexed (for tests). */
  get size(): number {
    return this.facts.size;
  }
}

function factKey(kind: FactKind, about: string): string {
  return `${kind}\u0001${about}`;
}
