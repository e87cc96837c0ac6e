import { TokenBucket } from './token-bucket';

export type RateLimiterOptions = {
  /** Tokens a minute per key; 0 turns the limiter off. */
  perMinute: number;
  /**
   * Most keys remembered: beyond it the least recently seen is forgotten, so a flood of addresses
   * costs bounded memory (a forgotten key starts again with a full bucket).
   * @default 10000
   */
  maxKeys?: number;
  /** The window `perMinute` counts over, when it is not a minute (an hour for handoffs). @default 60000 */
  windowMs?: number;
  now?: () => number;
};

/** One token bucket per key (a client address), in bounded memory. */
export class RateLimiter {
  readonly #buckets = new Map<string, TokenBucket>();
  readonly #perMinute: number;
  readonly #maxKeys: number;
  readonly #now: () => number;
  readonly #windowMs: number;

  constructor({ perMinute, maxKeys = 10_000, windowMs = 60_000, now = Date.now }: RateLimiterOptions) {
    this.#perMinute = perMinute;
    this.#maxKeys = maxKeys;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  /** Takes a token for `key`: 0 when allowed, else the milliseconds until it will be. */
  take(key: string): number {
    if (this.#perMinute <= 0) return 0;
    let bucket = this.#buckets.get(key);
    if (bucket) this.#buckets.delete(key); // re-inserted below: the Map's order is the order of last use
    else bucket = new TokenBucket(this.#perMinute, this.#now, this.#windowMs);
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > this.#maxKeys) this.#evict();
    return bucket.take();
  }

  /** The milliseconds until `key` may take a token (0: now), taking none. */
  wait(key: string): number {
    return this.#buckets.get(key)?.wait() ?? 0;
  }

  /** Keys remembered (for tests and metrics). */
  get size(): number {
    return this.#buckets.size;
  }

  /** Forgets a full bucket among the 64 least recently used (forgetting it changes nothing), else the least recently used. */
  #evict() {
    let scanned = 0;
    for (const [key, bucket] of this.#buckets) {
      if (bucket.full) return void this.#buckets.delete(key);
      if (++scanned >= 64) break;
    }
    const oldest = this.#buckets.keys().next();
    if (!oldest.done) this.#buckets.delete(oldest.value);
  }
}
