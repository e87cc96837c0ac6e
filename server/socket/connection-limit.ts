/**
 * Open sockets per client address. A slot is taken before the upgrade and given back when the TCP
 * connection closes, however it ends (handshake aborted, closed, cut), so the count cannot drift.
 */
export class ConnectionLimit {
  readonly #open = new Map<string, number>();
  readonly #max: number;

  /** @param max most open sockets per key; 0 means no limit */
  constructor(max: number) {
    this.#max = max;
  }

  /** Takes a slot for `key`: a function that gives it back (once), or null when the key is at its limit. */
  open(key: string): (() => void) | null {
    const count = this.#open.get(key) ?? 0;
    if (this.#max > 0 && count >= this.#max) return null;
    this.#open.set(key, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.#open.get(key) ?? 1) - 1;
      if (left > 0) this.#open.set(key, left);
      else this.#open.delete(key); // no entry per address that has gone: memory follows open sockets
    };
  }

  count(key: string): number {
    return this.#open.get(key) ?? 0;
  }

  /** Open sockets over all keys. */
  get total(): number {
    let total = 0;
    for (const n of this.#open.values()) total += n;
    return total;
  }
}
