/**
 * A bounded memo: the least recently used result goes first. Visitors ask the same few questions
 * far more often than any other ("Vad är nära vård?"), so the context-free steps of the pipeline
 * are remembered per question text instead of redone. A Map keeps insertion order, so re-inserting
 * on use gives LRU order.
 */
export class LruMemo<V> {
  readonly #max: number;
  readonly #values = new Map<string, V>();

  constructor(max: number) {
    this.#max = max;
  }

  get size(): number {
    return this.#values.size;
  }

  /** The remembered value for `key`, or `compute()`'s, remembered. */
  get(key: string, compute: () => V): V {
    const hit = this.#values.get(key);
    if (hit !== undefined || this.#values.has(key)) {
      this.#values.delete(key);
      this.#values.set(key, hit as V);
      return hit as V;
    }
    const value = compute();
    this.#values.set(key, value);
    if (this.#values.size > this.#max) this.#values.delete(this.#values.keys().next().value as string);
    return value;
  }

  clear(): void {
    this.#values.clear();
  }
}
