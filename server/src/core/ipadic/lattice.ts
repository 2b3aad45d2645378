/**
 * kuromoji's lattice building (its ViterbiBuilder) over the compact dictionary, node for node the same.
 * kuromoji copies and UTF-8-encodes the whole rest of the sentence at every character and looks word ids
 * up in an object; here the trie is walked straight from the string, as deep as it matches, and the
 * unknown-word runs are found once per sentence, so a sentence costs time linear in its length.
 */
import ViterbiLattice from 'kuromoji/src/viterbi/ViterbiLattice';
import ViterbiNode from 'kuromoji/src/viterbi/ViterbiNode';
import type UnknownDictionary from 'kuromoji/src/dict/UnknownDictionary';

export interface KnownWords {
  readonly base: Int32Array;
  readonly check: Int32Array;
  /** The arrays' lengths in kuromoji's files: past them kuromoji's trie reads its own out-of-range values. */
  readonly baseLength: number;
  readonly checkLength: number;
  readonly leafOffsets: Int32Array;
  readonly leafWords: Int32Array;
  /** Entries as Int16: an entry at byte offset id has left id, right id and cost at id/2, id/2 + 1, id/2 + 2. */
  readonly entries: Int16Array;
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

export class LatticeBuilder {
  constructor(
    private readonly known: KnownWords,
    private readonly unknown: UnknownDictionary,
  ) {}

  // kuromoji's doublearray: reads past the arrays answer as below, inside them the padding reads as 0.
  private baseAt(index: number): number {
    const { base, baseLength } = this.known;
    return index < base.length ? (base[index] ?? 0) : index < baseLength ? 0 : -index + 1;
  }
  private checkAt(index: number): number {
    const { check, checkLength } = this.known;
    return index < check.length ? (check[index] ?? 0) : index < checkLength ? 0 : -index - 1;
  }

  build(sentence: string): ViterbiLattice {
    const lattice = new ViterbiLattice();
    // Character starts as kuromoji's SurrogateAwareString counts them: a high surrogate takes the next unit along.
    const starts: number[] = [];
    for (let unit = 0; unit < sentence.length; unit++) {
      starts.push(unit);
      if (isHighSurrogate(sentence.charCodeAt(unit))) unit++;
    }
    const count = starts.length;
    const characterAt = (i: number): string => sentence.slice(starts[i], starts[i + 1] ?? sentence.length);
    const classes = starts.map((_, i) => this.unknown.lookup(characterAt(i)));
    // Where the run of characters of the same class as character i ends (kuromoji's grouping of unknown words).
    const runEnd = new Int32Array(count);
    for (let i = count - 1; i >= 0; i--) {
      runEnd[i] = i + 1 < count && classes[i + 1]?.class_name === classes[i]?.class_name ? (runEnd[i + 1] ?? 0) : i + 1;
    }

    for (let position = 0; position < count; position++) {
      const start = starts[position] ?? 0;
      const found = this.appendKnownWords(lattice, sentence, start, position);
      const headClass = classes[position];
      if (headClass === undefined) continue;
      if (found === 0 || headClass.is_always_invoke === 1) {
        // kuromoji's key stays a one-character SurrogateAwareString (length 1) unless grouping added characters.
        const grouped = headClass.is_grouping === 1 && (runEnd[position] ?? 0) > position + 1;
        const surface = grouped ? sentence.slice(start, starts[runEnd[position] ?? count] ?? sentence.length) : characterAt(position);
        const length = grouped ? surface.length : 1;
        const dictionary = this.unknown.dictionary;
        for (const id of this.unknown.target_map[headClass.class_id] ?? []) {
          const leftId = dictionary.getShort(id);
          const rightId = dictionary.getShort(id + 2);
          const cost = dictionary.getShort(id + 4);
          lattice.append(new ViterbiNode(id, cost, position + 1, length, 'UNKNOWN', leftId, rightId, surface));
        }
      }
    }
    lattice.appendEos();
    return lattice;
  }

  /** Words of the dictionary starting at `start`, appended in kuromoji's order; returns how many surfaces matched. */
  private appendKnownWords(lattice: ViterbiLattice, sentence: string, start: number, position: number): number {
    const { leafOffsets, leafWords, entries } = this.known;
    const bytes = [0, 0, 0, 0];
    let parent = 0;
    let matched = 0;
    for (let unit = start; unit < sentence.length;) {
      // The character's UTF-8 bytes, as kuromoji's encoder writes them.
      let code = sentence.charCodeAt(unit);
      let units = 1;
      if (isHighSurrogate(code)) {
        const low = sentence.charCodeAt(unit + 1);
        if (!isLowSurrogate(low)) throw new Error('kuromoji cannot tokenise a lone surrogate; replace it first');
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        units = 2;
      }
      let length: number;
      if (code < 0x80) {
        bytes[0] = code;
        length = 1;
      } else if (code < 0x800) {
        bytes[0] = (code >>> 6) | 0xc0;
        bytes[1] = (code & 0x3f) | 0x80;
        length = 2;
      } else if (code < 0x10000) {
        bytes[0] = (code >>> 12) | 0xe0;
        bytes[1] = ((code >> 6) & 0x3f) | 0x80;
        bytes[2] = (code & 0x3f) | 0x80;
        length = 3;
      } else {
        bytes[0] = (code >>> 18) | 0xf0;
        bytes[1] = ((code >> 12) & 0x3f) | 0x80;
        bytes[2] = ((code >> 6) & 0x3f) | 0x80;
        bytes[3] = (code & 0x3f) | 0x80;
        length = 4;
      }
      unit += units;
      for (let b = 0; b < length; b++) {
        const child = this.baseAt(parent) + (bytes[b] ?? 0);
        if (this.checkAt(child) !== parent) return matched;
        parent = child;
        const terminal = this.baseAt(child); // the terminal code is 0
        if (this.checkAt(terminal) !== child) continue;
        const leafBase = this.baseAt(terminal);
        if (leafBase > 0) throw new Error("the compact dictionary's trie has a terminal without a leaf; rebuild it");
        matched++;
        const leaf = -leafBase - 1;
        // A surface ends with a whole character (keys are whole strings), so it is the units read so far.
        const surface = sentence.slice(start, unit);
        const first = leafOffsets[leaf] ?? 0;
        const last = leafOffsets[leaf + 1] ?? first;
        for (let i = first; i < last; i++) {
          const id = leafWords[i] ?? 0;
          const at = id >> 1;
          lattice.append(new ViterbiNode(id, entries[at + 2] ?? 0, position + 1, surface.length, 'KNOWN', entries[at] ?? 0, entries[at + 1] ?? 0, surface));
        }
      }
    }
    return matched;
  }
}
