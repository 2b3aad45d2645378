/** Finds every mention of a knowledge-base entity: Latin, katakana or kanji, also across a line break. */
import type { AnalyzedDocument } from './analyzedDocument';
import { flowRange } from './document';
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import type { Surface } from './knowledge/model';
import { NameTrie, nameTrieArrays, NO_NODE, type NameTrieArrays } from './nameTrie';
import { isKatakana, isLatinWordChar, NAME_SEPARATORS } from './text';
import type { EntityMention } from './types';
import { sharedEnds, spliced } from './chunkLists';

/** A name found in the text; `needsContext` for short forms that count only beside the full name. */
export interface RecognizedName extends EntityMention {
  readonly needsContext: boolean;
}

/**
 * The mentions of a document's chunks as selected from their names, with what the selection read: how
 * many names of each entity count on their own (not short forms), and which short forms that supports.
 */
export interface ChunkSelection {
  readonly names: readonly (readonly RecognizedName[])[];
  readonly mentions: readonly (readonly EntityMention[])[];
  readonly named: ReadonlyMap<string, number>;
  readonly supported: Map<string, boolean>;
  /** When the last selection's mentions were copied over at both ends: how many chunks there (the rest selected again). */
  readonly keptEnds?: SameEnds;
}

/** Names of each entity that count on their own (full names), in all chunks. */
function countNamed(namesPerChunk: readonly (readonly RecognizedName[])[]): Map<string, number> {
  const counted = new Map<string, number>();
  for (const names of namesPerChunk) for (const name of names) if (!name.needsContext) counted.set(name.entityId, (counted.get(name.entityId) ?? 0) + 1);
  return counted;
}

/** How many chunks at the start and at the end of two versions are the very same lists. */
export interface SameEnds {
  readonly prefix: number;
  readonly suffix: number;
}

/**
 * The counts of full names after an edit, from the last selection and the chunks between the ends both
 * versions share: undefined when an entity came to be named in full or ceased to be (then every short
 * form is decided again).
 */
function namedAfter(
  last: ChunkSelection,
  namesPerChunk: readonly (readonly RecognizedName[])[],
  { prefix, suffix }: SameEnds,
): ReadonlyMap<string, number> | undefined {
  let counted: Map<string, number> | undefined;
  const apply = (names: readonly RecognizedName[], sign: number): void => {
    if (names.length === 0) return;
    counted ??= new Map(last.named);
    for (const name of names) if (!name.needsContext) counted.set(name.entityId, (counted.get(name.entityId) ?? 0) + sign);
  };
  for (let i = prefix; i < last.names.length - suffix; i++) apply(last.names[i] as readonly RecognizedName[], -1);
  for (let i = prefix; i < namesPerChunk.length - suffix; i++) apply(namesPerChunk[i] as readonly RecognizedName[], 1);
  if (!counted) return last.named;
  for (const [id, count] of counted) {
    if (count > 0 !== (last.named.get(id) ?? 0) > 0) return undefined;
    if (count === 0) counted.delete(id);
  }
  return counted;
}

/** Upper-case acronyms ("US", "MIT") are matched with their case; other names ignore case. */
const isAcronym = (text: string): boolean => /^[A-Z]{1,5}$/.test(text);

export class EntityRecognizer {
  private readonly names: NameTrie<Surface>;
  /** The root's child for each UTF-16 code, looked up once: most characters of a text start no name. */
  private readonly rootByCode = new Map<number, number>();

  constructor(private readonly kb: KnowledgeBase) {
    this.names = new NameTrie(
      kb.surfaces.map((surface) => ({ text: surface.text, value: surface })),
      builtTries.get(kb),
    );
  }

  /** Every mention of a known name, before short forms are checked against the rest of the document. */
  scan(doc: AnalyzedDocument): RecognizedName[] {
    const { text } = doc.flow;
    const candidates: { start: number; end: number; surface: Surface }[] = [];
    const urls = urlSpans(text);
    let nextUrl = 0;
    for (let start = 0; start < text.length;) {
      while ((urls[nextUrl]?.end ?? Infinity) <= start) nextUrl++;
      const url = urls[nextUrl];
      if (url && url.start <= start) {
        start = url.end;
        continue;
      }
      const match = this.longestMatchAt(doc, start);
      if (match) {
        if (!this.namesCurrency(text, match)) candidates.push(match);
        start = match.end;
      } else {
        start++;
      }
    }
    return candidates.map((c) => ({
      range: flowRange(doc.flow, c.start, c.end),
      entityId: c.surface.entityId,
      surface: text.slice(c.start, c.end),
      needsContext: c.surface.needsContext,
    }));
  }

  /** The mentions of a document: short forms ("マスク") only where the document names their entity in full. */
  select(names: readonly RecognizedName[]): readonly EntityMention[] {
    return this.selectPerChunk([names]).mentions[0] ?? [];
  }

  /**
   * The same for a document given as the names of each of its chunks. The names themselves are the
   * mentions (a recognised name is a mention with one more field), and a chunk whose names all count
   * keeps its own list: nothing is copied on every edit.
   */
  private readonly filtered = new WeakMap<readonly RecognizedName[], { readonly kept: readonly boolean[]; readonly mentions: readonly EntityMention[] }>();

  selectPerChunk(namesPerChunk: readonly (readonly RecognizedName[])[], last?: ChunkSelection, ends?: SameEnds): ChunkSelection {
    // The chunks at both ends whose names are the last version's very lists (found here unless the caller knows).
    const same = last ? (ends ?? sharedEnds(last.names, namesPerChunk)) : { prefix: 0, suffix: 0 };
    const named = last ? namedAfter(last, namesPerChunk, same) : undefined;
    // The same entities named in full as last time: the chunks whose names did not change keep their mentions.
    const reused = last && named ? last : undefined;
    const counted = named ?? countNamed(namesPerChunk);
    const supported = reused?.supported ?? new Map<string, boolean>();
    const namedSet = { has: (id: string): boolean => (counted.get(id) ?? 0) > 0 };
    const counts = (name: RecognizedName): boolean => {
      if (!name.needsContext) return true;
      let known = supported.get(name.entityId);
      if (known === undefined) {
        known = this.isSupported(name.entityId, namedSet);
        supported.set(name.entityId, known);
      }
      return known;
    };
    const select = (names: readonly RecognizedName[]): readonly EntityMention[] => {
      if (names.every(counts)) return names;
      // The same names kept as last time give the same array: the chunk's cached findings, which read it, still hold.
      const kept = names.map(counts);
      const earlier = this.filtered.get(names);
      if (earlier && earlier.kept.every((k, i) => k === kept[i])) return earlier.mentions;
      const selected = names.filter((_, i) => kept[i]);
      this.filtered.set(names, { kept, mentions: selected });
      return selected;
    };
    // The same entities named in full as last time: the chunks at both ends keep their mentions, copied over as they stand.
    const mentions = reused
      ? spliced(reused.mentions, same, namesPerChunk.length, (i) => select(namesPerChunk[i] as readonly RecognizedName[]))
      : namesPerChunk.map(select);
    return { names: namesPerChunk, mentions, named: counted, supported, ...(reused ? { keptEnds: same } : {}) };
  }

  recognize(doc: AnalyzedDocument): readonly EntityMention[] {
    return this.select(this.scan(doc));
  }

  /** A short form counts when its entity is named in full, or (for things, not people) its maker or owner is. */
  private isSupported(entityId: string, named: Pick<ReadonlySet<string>, 'has'>): boolean {
    if (named.has(entityId)) return true;
    if (this.kb.get(entityId)?.type === 'person') return false;
    return [...this.kb.relatedTo(entityId)].some((id) => named.has(id));
  }

  /** A country's name that is part of its currency's (台湾ドル, シンガポールドル): a unit of money, not the country named. */
  private namesCurrency(text: string, match: { end: number; surface: Surface }): boolean {
    return text.startsWith('ドル', match.end) && this.kb.get(match.surface.entityId)?.type === 'country';
  }

  private longestMatchAt(doc: AnalyzedDocument, start: number): { start: number; end: number; surface: Surface } | undefined {
    const { text } = doc.flow;
    if (start >= text.length) return undefined;
    const names = this.names;
    let node = this.rootChild(text.charCodeAt(start));
    let best: { start: number; end: number; surface: Surface } | undefined;
    for (let i = start; i < text.length && node !== NO_NODE; i++) {
      if (i > start) node = names.child(node, text.charCodeAt(i));
      if (node === NO_NODE) break;
      for (let at = names.valuesStart(node), end = names.valuesEnd(node); at < end; at++) {
        const surface = names.value(at);
        const written = text.slice(start, i + 1);
        if (isAcronym(surface.text) && written !== surface.text) continue;
        if (this.hasBoundaries(doc, start, i + 1)) best = { start, end: i + 1, surface };
      }
    }
    return best;
  }

  private rootChild(code: number): number {
    let child = this.rootByCode.get(code);
    if (child === undefined) {
      child = this.names.child(NameTrie.ROOT, code);
      this.rootByCode.set(code, child);
    }
    return child;
  }

  private hasBoundaries(doc: AnalyzedDocument, start: number, end: number): boolean {
    const { text, offsets } = doc.flow;
    const first = text[start] ?? '';
    const last = text[end - 1] ?? '';
    const before = text[start - 1] ?? ' ';
    const after = text[end] ?? ' ';
    // "Large-scale AI" is not "Scale AI": a hyphen between letters joins words.
    const beforeHyphen = before === '-' && isLatinWordChar(text[start - 2] ?? '');
    const afterHyphen = after === '-' && isLatinWordChar(text[end + 1] ?? '');
    if (isLatinWordChar(first) && (isLatinWordChar(before) || beforeHyphen)) return false;
    if (isLatinWordChar(last) && (isLatinWordChar(after) || afterHyphen)) return false;
    if (isKatakana(first) && isKatakana(before) && !NAME_SEPARATORS.has(before)) return false;
    if (isKatakana(last) && isKatakana(after) && !this.endsBeforeKatakanaWord(doc, end, end - start)) return false;
    if (!isLatinWordChar(first) && !isKatakana(first) && !doc.isTokenBoundary(offsets[start] ?? 0)) return false;
    if (!isLatinWordChar(last) && !isKatakana(last) && !doc.isTokenBoundary((offsets[end - 1] ?? 0) + 1)) return false;
    return true;
  }

  /** "ディープシークバージョン": a long name may run straight into a katakana word the dictionary knows. */
  private endsBeforeKatakanaWord(doc: AnalyzedDocument, end: number, length: number): boolean {
    if (length < 4) return false;
    const { text } = doc.flow;
    let runEnd = end;
    while (runEnd < text.length && isKatakana(text[runEnd] ?? '')) runEnd++;
    const rest = doc.tokenize(text.slice(end, runEnd));
    return rest.length > 0 && rest.every((token) => token.known && token.surface.length >= 2);
  }
}

/** Web addresses name pages, not entities: "insiderpaper.com/deepseek-shock" is no mention of DeepSeek. */
export function urlSpans(text: string): { start: number; end: number }[] {
  return [
    ...text.matchAll(
      /(?:https?:\/\/|www\.)[^\s\u3000-\u30FF\u4E00-\u9FFF（）「」]+|[A-Za-z0-9-]+\.(?:com|org|net|io|ai|jp|fr|uk)(?:\/[^\s\u3000-\u30FF\u4E00-\u9FFF]*)?/g,
    ),
  ].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const recognizers = new WeakMap<KnowledgeBase, EntityRecognizer>();

/** Tries of names worked out at build time, by the knowledge base they are for (see useNameTrie). */
const builtTries = new WeakMap<KnowledgeBase, NameTrieArrays>();

/** The arrays of the trie of a knowledge base's names, as its recognizer builds it (the build keeps them). */
export function nameTrieArraysOf(kb: KnowledgeBase): NameTrieArrays {
  return nameTrieArrays(kb.surfaces);
}

/** Gives a knowledge base's recognizer the arrays nameTrieArraysOf worked out for one equal to it (derivedData.ts). */
export function useNameTrie(kb: KnowledgeBase, arrays: NameTrieArrays): void {
  builtTries.set(kb, arrays);
}

/**
 * The recognizer of a knowledge base, one per process: building its trie of every name costs ~50 ms and
 * ~2 MB, which the analysis and the owner-currency detector each paid (and every `check --jobs` thread twice).
 */
export function recognizerOf(kb: KnowledgeBase): EntityRecognizer {
  let recognizer = recognizers.get(kb);
  if (!recognizer) {
    recognizer = new EntityRecognizer(kb);
    recognizers.set(kb, recognizer);
  }
  return recognizer;
}
