/**
 * The knowledge base's names as a character trie in a few typed arrays: for each node its children (one
 * UTF-16 code each, sorted) and the names that end there. Names are matched ignoring case, a character at a
 * time as the text has it. A trie of Map objects held ~63,000 nodes at 9–18 MB of heap for the server's life;
 * this holds the same in under 2 MB.
 */

/** No such node. */
export const NO_NODE = -1;

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
   * Multilingual Plane cannot match (the text is read a UTF-16 code at a time), so it is left out from there.
   */
  constructor(names: Iterable<{ readonly text: string; readonly value: T }>) {
    // Built as nested maps first, then laid out breadth-first into the arrays.
    interface Building {
      readonly children: Map<number, Building>;
      readonly values: T[];
    }
    const newNode = (): Building => ({ children: new Map(), values: [] });
    const root = newNode();
    let count = 1;
    for (const { text, value } of names) {
      let node: Building = root;
      let reachable = true;
      for (const ch of text.toLowerCase()) {
        if (ch.length !== 1) {
          reachable = false;
          break;
        }
        const code = ch.charCodeAt(0);
        let child: Building | undefined = node.children.get(code);
        if (!child) {
          child = newNode();
          count++;
          node.children.set(code, child);
        }
        node = child;
      }
      if (reachable) node.values.push(value);
    }
    const order: Building[] = [root];
    for (let i = 0; i < order.length; i++) {
      const children = [...(order[i] as Building).children].sort((a, b) => a[0] - b[0]);
      for (const [, child] of children) order.push(child);
    }
    this.childStart = new Int32Array(count + 1);
    this.childCodes = new Uint16Array(count - 1);
    this.childNodes = new Int32Array(count - 1);
    this.valueStart = new Int32Array(count + 1);
    const values: T[] = [];
    let nextChild = 1;
    let edge = 0;
    for (let n = 0; n < order.length; n++) {
      const node = order[n] as Building;
      this.childStart[n] = edge;
      this.valueStart[n] = values.length;
      values.push(...node.values);
      for (const [code] of [...node.children].sort((a, b) => a[0] - b[0])) {
        this.childCodes[edge] = code;
        this.childNodes[edge] = nextChild++;
        edge++;
      }
    }
    this.childStart[count] = edge;
    this.valueStart[count] = values.length;
    this.values = values;
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
