/**
 * The knowledge base's names as a character trie in a few typed arrays: for each node its children (one
 * UTF-16 code each, sorted) and the names that end there. Names are matched ignoring case, a character at a
 * time as the text has it. A trie of Map objects held ~63,000 nodes at 9–18 MB of heap for the server's life;
 * this holds the same in under 2 MB, and is built from the names sorted, without a Map.
 */

/** No such node. */
export const NO_NODE = -1;

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Whether a name holds a character outside the Basic Multilingual Plane (a surrogate pair). */
function hasPair(text: string): boolean {
  for (let i = 0; i + 1 < text.length; i++) if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) return true;
  return false;
}

/**
 * A trie's arrays, its values given as indexes into the names it was built from: what the build keeps in
 * dist/derived.bin, so that a process starts without building the trie (~50 ms of every cold start).
 */
export interface NameTrieArrays {
  readonly childStart: Int32Array;
  readonly childCodes: Uint16Array;
  readonly childNodes: Int32Array;
  readonly valueStart: Int32Array;
  readonly valueIndexes: Int32Array;
}

/** The arrays of the trie of `names` (see NameTrie's constructor). */
export function nameTrieArrays(names: readonly { readonly text: string }[]): NameTrieArrays {
  const keys: string[] = [];
  const given: number[] = [];
  names.forEach(({ text }, index) => {
    const key = text.toLowerCase();
    if (hasPair(key)) return;
    keys.push(key);
    given.push(index);
  });
  // Sorted by code units, equal keys in the order given (the sort is stable): a node's names are then a
  // range, those ending at it first, then its children's in the order of their codes.
  const order = Array.from(keys, (_, i) => i).sort((a, b) => {
    const x = keys[a] as string;
    const y = keys[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const sorted = order.map((i) => keys[i] as string);
  // Breadth first: node n covers sorted[from[n] … to[n]) at depth[n]; children are numbered as they are found.
  const from: number[] = [0];
  const to: number[] = [sorted.length];
  const depth: number[] = [0];
  const childStart: number[] = [];
  const childCodes: number[] = [];
  const childNodes: number[] = [];
  const valueStart: number[] = [];
  const valueIndexes: number[] = [];
  for (let n = 0; n < from.length; n++) {
    const d = depth[n] as number;
    const end = to[n] as number;
    let at = from[n] as number;
    valueStart.push(valueIndexes.length);
    while (at < end && (sorted[at] as string).length === d) valueIndexes.push(given[order[at++] as number] as number);
    childStart.push(childCodes.length);
    while (at < end) {
      const code = (sorted[at] as string).charCodeAt(d);
      const first = at;
      while (at < end && (sorted[at] as string).charCodeAt(d) === code) at++;
      childCodes.push(code);
      childNodes.push(from.length);
      from.push(first);
      to.push(at);
      depth.push(d + 1);
    }
  }
  childStart.push(childCodes.length);
  valueStart.push(valueIndexes.length);
  return {
    childStart: Int32Array.from(childStart),
    childCodes: Uint16Array.from(childCodes),
    childNodes: Int32Array.from(childNodes),
    valueStart: Int32Array.from(valueStart),
    valueIndexes: Int32Array.from(valueIndexes),
  };
}

export class NameTrie<T> {
  static readonly ROOT = 0;
  /** childStart[n] … childStart[n + 1]: node n's children in childCodes (sorted) and childNodes. */
  private readonly childStart: Int32Array;
  private readonly childCodes: Uint16Array;
  private readonly childNodes: Int32Array;
  /** valueStart[n] … valueStart[n + 1]: the values of the names that end at node n, in the order they were given. */
  private readonly valueStart: Int32Array;
  private readonly values: readonly T[];

  /**
   * The trie of `names` (each a text and its value), lower-cased. A name with a character outside the Basic
   * Multilingual Plane cannot match (the text is read a UTF-16 code at a time), so it is left out. `arrays`
   * are nameTrieArrays(names), when they were worked out before (at build time).
   */
  constructor(names: readonly { readonly text: string; readonly value: T }[], arrays: NameTrieArrays = nameTrieArrays(names)) {
    this.childStart = arrays.childStart;
    this.childCodes = arrays.childCodes;
    this.childNodes = arrays.childNodes;
    this.valueStart = arrays.valueStart;
    this.values = Array.from(arrays.valueIndexes, (index) => (names[index] as { readonly value: T }).value);
  }

  /** The child of `node` by the character `code` of the text (lower-cased here), or NO_NODE. */
  child(node: number, code: number): number {
    let lower = code;
    if (code >= 65 && code <= 90) lower = code + 32;
    else if (code >= 128) {
      const lowered = String.fromCharCode(code).toLowerCase();
      if (lowered.length !== 1) return NO_NODE;
      lower = lowered.charCodeAt(0);
    }
    let low = this.childStart[node] as number;
    let high = (this.childStart[node + 1] as number) - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const at = this.childCodes[middle] as number;
      if (at === lower) return this.childNodes[middle] as number;
      if (at < lower) low = middle + 1;
      else high = middle - 1;
    }
    return NO_NODE;
  }

  /** The first of the values ending at `node` (iterate up to valuesEnd). */
  valuesStart(node: number): number {
    return this.valueStart[node] as number;
  }

  valuesEnd(node: number): number {
    return this.valueStart[node + 1] as number;
  }

  value(index: number): T {
    return this.values[index] as T;
  }
}
