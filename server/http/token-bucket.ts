/**
 * A token bucket: `perMinute` tokens (per `windowMs`, a minute unless told), refilled continuously, so a
 * visitor may ask in a burst and then at the steady rate. `perMinute` 0 means no limit.
 */
export class TokenBucket {
  #tokens: number;
  #at: number;
  readonly #perMinute: number;
  readonly #now: () => number;
  readonly #windowMs: number;

  constructor(perMinute: number, now: () => number = Date.now, windowMs = 60_000) {
    this.#perMinute = perMinute;
    this.#now = now;
    this.#windowMs = windowMs;
    this.#tokens = perMinute;
    this.#at = now();
  }

  /** Takes a token: 0 when there was one, else the milliseconds until there will be. */
  take(): number {
    if (this.#perMinute <= 0) return 0;
    this.#refill();
    if (this.#tokens >= 1) {
      this.#tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.#tokens) * this.#windowMs) / this.#perMinute);
  }

  /** The milliseconds until a token will be there (0: there is one now), taking none. */
  wait(): number {
    if (this.#perMinute <= 0) return 0;
    this.#refill();
    return this.#tokens >= 1 ? 0 : Math.ceil(((1 - this.#tokens) * this.#windowMs) / this.#perMinute);
  }

  /** True when the bucket is full again, i.e. forgetting it changes nothing. */
  get full(): boolean {
    this.#refill();
    return this.#tokens >= this.#perMinute;
  }

  #refill() {
    const now = this.#now();
    this.#tokens = Math.min(this.#perMinute, this.#tokens + ((now - this.#at) * this.#perMinute) / this.#windowMs);
    this.#at = now;
  }
}
