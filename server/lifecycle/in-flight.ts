/** Counts questions being answered, so a shutdown can wait for them before closing sockets. */
export class InFlight {
  #count = 0;
  #waiters: (() => void)[] = [];

  /** Marks one question started; call the returned function once it is answered (a second call does nothing). */
  begin(): () => void {
    this.#count++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      if (--this.#count === 0) for (const wake of this.#waiters.splice(0)) wake();
    };
  }

  get size(): number {
    return this.#count;
  }

  /** Resolves true once nothing is in flight, or false after `timeoutMs` if something still is. */
  idle(timeoutMs: number): Promise<boolean> {
    if (this.#count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== wake);
        resolve(false);
      }, timeoutMs);
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.#waiters.push(wake);
    });
  }
}
