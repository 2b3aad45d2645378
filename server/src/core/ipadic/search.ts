/**
 * kuromoji's lattice and Viterbi search in one pass over typed arrays, for the analysis's tokens.
 *
 * The same nodes as LatticeBuilder appends (lattice.ts), in the same order, and the same arithmetic as
 * kuromoji's ViterbiSearcher, so the same best path, ties included. kuromoji makes an object and a surface
 * string for every candidate word and finds each word's best predecessor in a second pass; here a node is
 * a row of typed arrays, its best predecessor is found when it is added (every node it can follow ends
 * before it starts, so is complete by then), and surfaces are cut for the words of the path only.
 */
import type UnknownDictionary from 'kuromoji/src/dict/UnknownDictionary';
import type { KnownWords } from './lattice';

/**
 * The words of the last best path, first word first, column by column (no object a word: the tokenizer reads
 * them straight into its tokens). Offsets in the sentence's UTF-16 units, kuromoji's position 1-based, in characters.
 */
export interface PathColumns {
  /** How many words the path has. */
  readonly length: number;
  /** 1 for a word of the dictionary, 0 for an unknown one. */
  readonly known: Uint8Array;
  /** The word's id: its entry's offset in the known or the unknown words. */
  readonly id: Int32Array;
  readonly leftId: Int32Array;
  readonly startPosition: Int32Array;
  readonly surfaceStart: Int32Array;
  readonly surfaceEnd: Int32Array;
}

interface UnknownEntries {
  readonly ids: Int32Array;
  readonly leftIds: Int32Array;
  readonly rightIds: Int32Array;
  readonly costs: Int32Array;
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;
const NONE = -1;
const UNKNOWN_STEP = -2;
/** Node arrays up to this size are kept for the next sentence (a sentence of a few hundred characters needs a few thousand). */
const KEPT_CAPACITY = 1 << 16;
/** The path's columns: their first size, and the size up to which they are kept for the next sentence (words). */
const INITIAL_PATH_LENGTH = 64;
const KEPT_PATH_LENGTH = 1 << 12;

type CharacterClass = ReturnType<UnknownDictionary['lookup']>;

/** Byte `b` of a code point's UTF-8 form of `length` bytes. */
function utf8Byte(code: number, length: number, b: number): number {
  const shift = 6 * (length - 1 - b);
  if (b > 0) return ((code >>> shift) & 0x3f) | 0x80;
  // The lead byte: 0xxxxxxx, 110xxxxx, 1110xxxx or 11110xxx.
  return length === 1 ? code : ((0xf00 >> length) & 0xff) | (code >>> shift);
}

export class ViterbiSearch {
  /** Character classes by UTF-16 code (BMP, not surrogates), looked up once each. */
  private readonly classByCode: (CharacterClass | undefined)[] = [];
  private readonly unknownByClass = new Map<number, UnknownEntries>();

  // Nodes, one row per index: node 0 is BOS.
  private capacity = 0;
  private count = 0;
  private wordId = new Int32Array(0);
  private leftId = new Int32Array(0);
  private rightId = new Int32Array(0);
  private startPosition = new Int32Array(0);
  private surfaceStart = new Int32Array(0);
  private surfaceEnd = new Int32Array(0);
  private known = new Uint8Array(0);
  private previous = new Int32Array(0);
  private shortest = new Float64Array(0);
  /** The next node ending where this one ends, in the order they were added (kuromoji's nodes_end_at lists). */
  private nextAtEnd = new Int32Array(0);
  private firstAtEnd = new Int32Array(0);
  private lastAtEnd = new Int32Array(0);
  /** The nodes ending at gatheredEnd (see gather). */
  private gatheredEnd = NONE;
  private gatheredCount = 0;
  private gatheredNodes = new Int32Array(64);
  private gatheredRightIds = new Int32Array(64);
  private gatheredCosts = new Float64Array(64);
  /** The trie's node after each character from the root (UNKNOWN_STEP until asked for). */
  private readonly rootSteps = new Int32Array(0x10000).fill(UNKNOWN_STEP);
  /** Per sentence: where each character starts, and its character class (kept between sentences). */
  private starts = new Int32Array(256);
  private readonly classes: (CharacterClass | undefined)[] = [];
  /** The last end any node has (kuromoji's eos_pos before EOS). */
  private lastEnd = 0;
  /** The last best path (bestPath), copied out of the node arrays, which may be let go of after a long sentence. */
  private readonly path = {
    length: 0,
    known: new Uint8Array(INITIAL_PATH_LENGTH),
    id: new Int32Array(INITIAL_PATH_LENGTH),
    leftId: new Int32Array(INITIAL_PATH_LENGTH),
    startPosition: new Int32Array(INITIAL_PATH_LENGTH),
    surfaceStart: new Int32Array(INITIAL_PATH_LENGTH),
    surfaceEnd: new Int32Array(INITIAL_PATH_LENGTH),
  };
  /** Per sentence: where the run of characters of the same class as each character ends. */
  private runEnds = new Int32Array(256);

  constructor(
    private readonly words: KnownWords,
    private readonly unknown: UnknownDictionary,
    /** Connection costs by left id of the next word, then right id of the word before (the file's costsByLeftId). */
    private readonly byLeftId: Int16Array,
    /** How many right ids there are: the length of one left id's row. */
    private readonly forwardSize: number,
  ) {}

  /**
   * The best path through a sentence (no 、 or 。 inside but at its end, as kuromoji splits a text), word by
   * word; valid until the next call.
   */
  bestPath(sentence: string): PathColumns {
    this.reset(sentence.length);
    // Character starts as kuromoji's SurrogateAwareString counts them: a high surrogate takes the next unit along.
    if (this.starts.length < sentence.length + 1) this.starts = new Int32Array(2 * sentence.length + 1);
    const starts = this.starts;
    let count = 0;
    for (let unit = 0; unit < sentence.length; unit++) {
      starts[count++] = unit;
      if (isHighSurrogate(sentence.charCodeAt(unit))) unit++;
    }
    // The end of the last character: starts[count] reads as the sentence's end.
    starts[count] = sentence.length;
    const classes = this.classes;
    classes.length = count;
    for (let i = 0; i < count; i++) classes[i] = this.classOf(sentence, starts[i] ?? 0, starts[i + 1] ?? sentence.length);
    // Where the run of characters of the same class as character i ends (kuromoji's grouping of unknown words).
    if (this.runEnds.length < count) this.runEnds = new Int32Array(2 * count);
    const runEnd = this.runEnds;
    for (let i = count - 1; i >= 0; i--) {
      runEnd[i] = i + 1 < count && classes[i + 1]?.class_name === classes[i]?.class_name ? (runEnd[i + 1] ?? 0) : i + 1;
    }
    for (let position = 0; position < count; position++) {
      const start = starts[position] ?? 0;
      const found = this.addKnownWords(sentence, start, position + 1);
      const headClass = classes[position];
      if (headClass === undefined) continue;
      if (found === 0 || headClass.is_always_invoke === 1) {
        // kuromoji's key stays one character (length 1) unless grouping added characters.
        const grouped = headClass.is_grouping === 1 && (runEnd[position] ?? 0) > position + 1;
        const end = grouped ? (starts[runEnd[position] ?? count] ?? sentence.length) : (starts[position + 1] ?? sentence.length);
        const length = grouped ? end - start : 1;
        const entries = this.unknownEntries(headClass.class_id);
        for (let i = 0; i < entries.ids.length; i++) {
          this.add(position + 1, length, entries.ids[i] ?? 0, entries.leftIds[i] ?? 0, entries.rightIds[i] ?? 0, entries.costs[i] ?? 0, 0, start, end);
        }
      }
    }
    // EOS, as kuromoji's appendEos places it: after the last end (at least after position 1).
    const eos = this.add(Math.max(1, this.lastEnd) + 1, 0, -1, 0, 0, 0, 0, 0, 0);
    const path = this.pathTo(eos);
    // A sentence far longer than most (a text without 、 or 。) leaves no large arrays behind.
    if (this.capacity > KEPT_CAPACITY) this.release();
    return path;
  }

  /** Copies the path ending at EOS into `this.path`, first word first; none when a node on it has no predecessor. */
  private pathTo(eos: number): PathColumns {
    const path = this.path;
    let length = 0;
    for (let node = this.previous[eos] ?? NONE; node !== 0; node = this.previous[node] ?? NONE) {
      if (node === NONE) {
        path.length = 0;
        return path;
      }
      length++;
    }
    // Sized anew when too small, or when a far longer sentence before left them large (not in release: the
    // caller reads them after it) and this one fits the first size.
    if (path.id.length < length) this.growPath(2 * length);
    else if (path.id.length > KEPT_PATH_LENGTH && length <= INITIAL_PATH_LENGTH) this.growPath(INITIAL_PATH_LENGTH);
    path.length = length;
    // Walked back from EOS: the last word first, so each goes in from the end.
    let at = length;
    for (let node = this.previous[eos] ?? NONE; node > 0; node = this.previous[node] ?? NONE) {
      at--;
      path.known[at] = this.known[node] ?? 0;
      path.id[at] = this.wordId[node] ?? 0;
      path.leftId[at] = this.leftId[node] ?? 0;
      path.startPosition[at] = this.startPosition[node] ?? 0;
      path.surfaceStart[at] = this.surfaceStart[node] ?? 0;
      path.surfaceEnd[at] = this.surfaceEnd[node] ?? 0;
    }
    return path;
  }

  private growPath(size: number): void {
    const path = this.path;
    path.known = new Uint8Array(size);
    path.id = new Int32Array(size);
    path.leftId = new Int32Array(size);
    path.startPosition = new Int32Array(size);
    path.surfaceStart = new Int32Array(size);
    path.surfaceEnd = new Int32Array(size);
  }

  /** Lets go of the node arrays: the next sentence starts with small ones. */
  private release(): void {
    this.capacity = 0;
    this.count = 0;
    this.wordId = new Int32Array(0);
    this.leftId = new Int32Array(0);
    this.rightId = new Int32Array(0);
    this.startPosition = new Int32Array(0);
    this.surfaceStart = new Int32Array(0);
    this.surfaceEnd = new Int32Array(0);
    this.previous = new Int32Array(0);
    this.nextAtEnd = new Int32Array(0);
    this.known = new Uint8Array(0);
    this.shortest = new Float64Array(0);
    this.gatheredNodes = new Int32Array(64);
    this.gatheredRightIds = new Int32Array(64);
    this.gatheredCosts = new Float64Array(64);
    this.starts = new Int32Array(256);
    this.runEnds = new Int32Array(256);
    this.classes.length = 0;
    this.firstAtEnd = new Int32Array(0);
    this.lastAtEnd = new Int32Array(0);
    this.lastEnd = 0;
    this.gatheredEnd = NONE;
  }

  /** Adds a node ending at `startPosition + length - 1` (kuromoji's arithmetic) with its best predecessor; returns its index. */
  private add(
    startPosition: number,
    length: number,
    id: number,
    leftId: number,
    rightId: number,
    cost: number,
    known: number,
    surfaceStart: number,
    surfaceEnd: number,
  ): number {
    if (this.count === this.capacity) this.grow(this.capacity * 2);
    const node = this.count++;
    this.wordId[node] = id;
    this.leftId[node] = leftId;
    this.rightId[node] = rightId;
    this.startPosition[node] = startPosition;
    this.surfaceStart[node] = surfaceStart;
    this.surfaceEnd[node] = surfaceEnd;
    this.known[node] = known;
    // kuromoji's forward pass: the first predecessor of least cost; none when nothing ends right before.
    if (this.gatheredEnd !== startPosition - 1) this.gather(startPosition - 1);
    let best = Number.MAX_VALUE;
    let bestPrevious = NONE;
    const row = leftId * this.forwardSize;
    const { byLeftId, gatheredNodes, gatheredRightIds, gatheredCosts } = this;
    for (let k = 0; k < this.gatheredCount; k++) {
      const total = (gatheredCosts[k] ?? 0) + (byLeftId[row + (gatheredRightIds[k] ?? 0)] ?? 0) + cost;
      if (total < best) {
        best = total;
        bestPrevious = gatheredNodes[k] ?? NONE;
      }
    }
    this.previous[node] = bestPrevious;
    this.shortest[node] = best;
    this.link(node, startPosition + length - 1);
    return node;
  }

  /**
   * The nodes ending at `end`, in order, copied side by side with their right ids and costs: every node
   * starting right after reads them all, and they are complete once the search has passed `end`.
   */
  private gather(end: number): void {
    let count = 0;
    for (let node = this.firstAtEnd[end] ?? NONE; node !== NONE; node = this.nextAtEnd[node] ?? NONE) {
      if (count === this.gatheredNodes.length) this.growGathered(count * 2);
      this.gatheredNodes[count] = node;
      this.gatheredRightIds[count] = this.rightId[node] ?? 0;
      this.gatheredCosts[count] = this.shortest[node] ?? 0;
      count++;
    }
    this.gatheredCount = count;
    this.gatheredEnd = end;
  }

  private growGathered(size: number): void {
    const nodes = new Int32Array(size);
    const rightIds = new Int32Array(size);
    const costs = new Float64Array(size);
    nodes.set(this.gatheredNodes);
    rightIds.set(this.gatheredRightIds);
    costs.set(this.gatheredCosts);
    this.gatheredNodes = nodes;
    this.gatheredRightIds = rightIds;
    this.gatheredCosts = costs;
  }

  private link(node: number, end: number): void {
    if (end >= this.firstAtEnd.length) this.growEnds(end + 1);
    if (end > this.lastEnd) this.lastEnd = end;
    this.nextAtEnd[node] = NONE;
    const last = this.lastAtEnd[end] ?? NONE;
    if (last === NONE) this.firstAtEnd[end] = node;
    else this.nextAtEnd[last] = node;
    this.lastAtEnd[end] = node;
  }

  /** Empties the lattice and adds BOS (node 0, ending at 0, cost 0). */
  private reset(units: number): void {
    if (this.capacity === 0) this.grow(1024);
    // Only the ends the last sentence used hold nodes.
    this.firstAtEnd.fill(NONE, 0, this.lastEnd + 1);
    this.lastAtEnd.fill(NONE, 0, this.lastEnd + 1);
    if (this.firstAtEnd.length < units + 2) this.growEnds(units + 2);
    this.lastEnd = 0;
    this.gatheredEnd = NONE;
    this.count = 1;
    this.wordId[0] = -1;
    this.leftId[0] = 0;
    this.rightId[0] = 0;
    this.startPosition[0] = 0;
    this.known[0] = 0;
    this.previous[0] = NONE;
    this.shortest[0] = 0;
    this.link(0, 0);
  }

  private grow(capacity: number): void {
    const int32 = (from: Int32Array): Int32Array<ArrayBuffer> => {
      const to = new Int32Array(capacity);
      to.set(from);
      return to;
    };
    this.wordId = int32(this.wordId);
    this.leftId = int32(this.leftId);
    this.rightId = int32(this.rightId);
    this.startPosition = int32(this.startPosition);
    this.surfaceStart = int32(this.surfaceStart);
    this.surfaceEnd = int32(this.surfaceEnd);
    this.previous = int32(this.previous);
    this.nextAtEnd = int32(this.nextAtEnd);
    const known = new Uint8Array(capacity);
    known.set(this.known);
    this.known = known;
    const shortest = new Float64Array(capacity);
    shortest.set(this.shortest);
    this.shortest = shortest;
    this.capacity = capacity;
  }

  private growEnds(size: number): void {
    const grown = Math.max(size, this.firstAtEnd.length * 2, 256);
    const first = new Int32Array(grown).fill(NONE);
    const last = new Int32Array(grown).fill(NONE);
    first.set(this.firstAtEnd);
    last.set(this.lastAtEnd);
    this.firstAtEnd = first;
    this.lastAtEnd = last;
  }

  private classOf(sentence: string, start: number, end: number): CharacterClass | undefined {
    const code = sentence.charCodeAt(start);
    if (end - start !== 1 || isHighSurrogate(code) || isLowSurrogate(code)) return this.unknown.lookup(sentence.slice(start, end));
    let found = this.classByCode[code];
    if (found === undefined) {
      found = this.unknown.lookup(sentence[start] ?? '');
      this.classByCode[code] = found;
    }
    return found;
  }

  private unknownEntries(classId: number): UnknownEntries {
    let entries = this.unknownByClass.get(classId);
    if (!entries) {
      const ids = this.unknown.target_map[classId] ?? [];
      const dictionary = this.unknown.dictionary;
      entries = {
        ids: Int32Array.from(ids),
        leftIds: Int32Array.from(ids, (id) => dictionary.getShort(id)),
        rightIds: Int32Array.from(ids, (id) => dictionary.getShort(id + 2)),
        costs: Int32Array.from(ids, (id) => dictionary.getShort(id + 4)),
      };
      this.unknownByClass.set(classId, entries);
    }
    return entries;
  }

  // kuromoji's doublearray: reads past the arrays answer as below, inside them the padding reads as 0.
  private baseAt(index: number): number {
    const { base, baseLength } = this.words;
    return index < base.length ? (base[index] ?? 0) : index < baseLength ? 0 : -index + 1;
  }
  private checkAt(index: number): number {
    const { check, checkLength } = this.words;
    return index < check.length ? (check[index] ?? 0) : index < checkLength ? 0 : -index - 1;
  }

  /** Words of the dictionary starting at `start`, added in kuromoji's order; returns how many surfaces matched. */
  private addKnownWords(sentence: string, start: number, position: number): number {
    const { leafOffsets, leafWords, entries } = this.words;
    let parent = 0;
    let matched = 0;
    for (let unit = start; unit < sentence.length;) {
      const firstCharacter = unit === start;
      let code = sentence.charCodeAt(unit);
      if (isHighSurrogate(code)) {
        const low = sentence.charCodeAt(unit + 1);
        if (!isLowSurrogate(low)) throw new Error('kuromoji cannot tokenise a lone surrogate; replace it first');
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        unit += 2;
      } else {
        unit += 1;
      }
      parent = firstCharacter ? this.fromRoot(code) : this.walk(parent, code);
      if (parent === NONE) return matched;
      // A key ends with a whole character (keys are whole strings): only there can a word end.
      const terminal = this.baseAt(parent); // the terminal code is 0
      if (this.checkAt(terminal) !== parent) continue;
      const leafBase = this.baseAt(terminal);
      if (leafBase > 0) throw new Error("the compact dictionary's trie has a terminal without a leaf; rebuild it");
      matched++;
      const leaf = -leafBase - 1;
      // The surface is the units read so far.
      const first = leafOffsets[leaf] ?? 0;
      const last = leafOffsets[leaf + 1] ?? first;
      for (let i = first; i < last; i++) {
        const id = leafWords[i] ?? 0;
        const at = id >> 1;
        this.add(position, unit - start, id, entries[at] ?? 0, entries[at + 1] ?? 0, entries[at + 2] ?? 0, 1, start, unit);
      }
    }
    return matched;
  }

  /** The trie's node after a character's UTF-8 bytes (as kuromoji's encoder writes them) from `parent`, or NONE. */
  private walk(parent: number, code: number): number {
    const length = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    let node = parent;
    for (let b = 0; b < length; b++) {
      const child = this.baseAt(node) + utf8Byte(code, length, b);
      if (this.checkAt(child) !== node) return NONE;
      node = child;
    }
    return node;
  }

  /** The same from the root, remembered per character of the Basic Multilingual Plane: every word starts there. */
  private fromRoot(code: number): number {
    if (code > 0xffff) return this.walk(0, code);
    let node = this.rootSteps[code] ?? UNKNOWN_STEP;
    if (node === UNKNOWN_STEP) {
      node = this.walk(0, code);
      this.rootSteps[code] = node;
    }
    return node;
  }
}
