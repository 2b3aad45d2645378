/**
 * A read-only map whose keys are known at once and whose values are made from their keys when first asked
 * for: a file's sections decoded only when read (a small document asks for a few of hundreds).
 */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
  private readonly made = new Map<K, V>();
  private readonly keySet: ReadonlySet<K>;
  private whole: ReadonlyMap<K, V> | undefined;

  constructor(
    keys: Iterable<K>,
    private readonly make: (key: K) => V,
  ) {
    this.keySet = new Set(keys);
  }

  get size(): number {
    return this.keySet.size;
  }

  has(key: K): boolean {
    return this.keySet.has(key);
  }

  get(key: K): V | undefined {
    if (!this.keySet.has(key)) return undefined;
    if (this.made.has(key)) return this.made.get(key);
    const value = this.make(key);
    this.made.set(key, value);
    return value;
  }

  /** Every value made, in the keys' order: what iterating over the map needs. */
  private all(): ReadonlyMap<K, V> {
    if (!this.whole) this.whole = new Map([...this.keySet].map((key) => [key, this.get(key) as V]));
    return this.whole;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.all()) callback.call(thisArg, value, key, this);
  }

  entries(): ReturnType<ReadonlyMap<K, V>['entries']> {
    return this.all().entries();
  }

  keys(): ReturnType<ReadonlyMap<K, V>['keys']> {
    return this.keySet.keys();
  }

  values(): ReturnType<ReadonlyMap<K, V>['values']> {
    return this.all().values();
  }

  [Symbol.iterator](): ReturnType<ReadonlyMap<K, V>['entries']> {
    return this.entries();
  }
}
