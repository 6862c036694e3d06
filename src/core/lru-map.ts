/**
 * A small least-recently-used map: `get` refreshes an entry, `set` evicts the oldest beyond `capacity`
 * (calling `onEvict` with its key) and `delete` removes one (calling `onEvict` too).
 */
export class LruMap<K, V> {
  private readonly map = new Map<K, V>();

  constructor(
    readonly capacity: number,
    private readonly onEvict?: (key: K) => void,
  ) {
    if (!(capacity >= 1)) throw new RangeError('an LRU map needs a capacity of at least 1');
  }

  /** The value of `key` (now the most recently used), or undefined. */
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  /** Sets `key`, evicting the least recently used entries beyond the capacity. */
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.capacity) this.delete(this.map.keys().next().value as K);
  }

  delete(key: K): void {
    if (this.map.delete(key)) this.onEvict?.(key);
  }

  get size(): number {
    return this.map.size;
  }
}
