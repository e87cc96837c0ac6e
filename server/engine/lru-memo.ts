/**
 * A bounded memo that keeps the recently used results. Visitors ask the same few questions far more
 * often than any other ("Vad är nära vård?"), so the context-free steps of the pipeline are remembered
 * per question text instead of redone.
 *
 * Two generations (as quick-lru does): results go into the young one; when it is full it becomes the
 * old one and the previous old one is dropped whole; a result found in the old one is copied back to the
 * young. So the `max` most recently used are always kept (and up to twice that), and nothing is ever
 * evicted one by one from the front of a Map, which in V8 gets slower the more was deleted there.
 */
export class LruMemo<V extends {} | null> {
  readonly #max: number;
  #young = new Map<string, V>();
  #old = new Map<string, V>();

  constructor(max: number) {
    this.#max = max;
  }

  /** Results held now: between the last `max` used and twice that. */
  get size(): number {
    return this.#young.size + this.#old.size;
  }

  /**
   * The remembered value for `key`, or `compute()`'s, remembered. A value is never undefined, so a lookup
   * says whether it was found; one found in the old generation is copied to the young, not moved, as the old
   * goes whole soon enough. Most words of an unseen message are new: a miss costs two lookups and a store.
   */
  get(key: string, compute: () => V): V {
    const young = this.#young.get(key);
    if (young !== undefined) return young;
    const old = this.#old.get(key);
    const value = old !== undefined ? old : compute();
    this.#young.set(key, value);
    if (this.#young.size >= this.#max) {
      this.#old = this.#young;
      this.#young = new Map();
    }
    return value;
  }

  clear(): void {
    this.#young.clear();
    this.#old.clear();
  }
}
