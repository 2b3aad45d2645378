// The parts of kuromoji's own modules the compact dictionary loader builds its Tokenizer from. kuromoji
// ships no types for them; these declare only what the loader uses.
declare module 'kuromoji/src/Tokenizer' {
  import type { IpadicFeatures } from 'kuromoji';
  import type ViterbiLattice from 'kuromoji/src/viterbi/ViterbiLattice';
  import type ViterbiNode from 'kuromoji/src/viterbi/ViterbiNode';
  class Tokenizer {
    constructor(dictionaries: object);
    static splitByPunctuation(text: string): string[];
    viterbi_builder: { build(sentence: string): ViterbiLattice };
    readonly viterbi_searcher: { search(lattice: ViterbiLattice): ViterbiNode[] };
    tokenize(text: string): IpadicFeatures[];
  }
  export = Tokenizer;
}

declare module 'kuromoji/src/viterbi/ViterbiLattice' {
  class ViterbiLattice {
    append(node: object): void;
    appendEos(): void;
  }
  export = ViterbiLattice;
}

declare module 'kuromoji/src/viterbi/ViterbiNode' {
  class ViterbiNode {
    readonly name: number;
    readonly type: string;
    readonly left_id: number;
    readonly start_pos: number;
    readonly length: number;
    readonly surface_form: string;
    constructor(name: number, cost: number, startPosition: number, length: number, type: string, leftId: number, rightId: number, surface: string);
  }
  export = ViterbiNode;
}

declare module 'kuromoji/src/dict/ConnectionCosts' {
  class ConnectionCosts {
    constructor(forward: number, backward: number);
    loadConnectionCosts(costs: Int16Array): void;
  }
  export = ConnectionCosts;
}

declare module 'kuromoji/src/dict/UnknownDictionary' {
  interface CharacterClass {
    readonly class_id: number;
    readonly class_name: string;
    readonly is_always_invoke: number | boolean;
    readonly is_grouping: number | boolean;
  }
  interface ByteBuffer {
    getShort(index: number): number;
  }
  class UnknownDictionary {
    dictionary: ByteBuffer;
    target_map: Record<number, number[] | undefined>;
    lookup(character: string): CharacterClass;
    getFeatures(id: number): string;
    loadUnknownDictionaries(
      entries: Uint8Array,
      features: Uint8Array,
      classMap: Uint8Array,
      characterCategories: Uint8Array,
      compatibleCategories: Uint32Array,
      invokeDefinitions: Uint8Array,
    ): void;
  }
  export = UnknownDictionary;
}
