import type { HandoffTarget } from '../config';
import type { Logger } from '../log/logger';
import type { Handoff, Store } from '../store/store';
import type { DeliverOptions } from './deliver';

export type OutboxOptions = {
  store: Store;
  targets: ReadonlyMap<string, HandoffTarget>;
  deliver: (target: HandoffTarget, handoff: Handoff) => Promise<void>;
  log: Logger;
  /** How often the outbox looks for due handoffs. @default 1000 */
  pollMs?: number;
  /** First retry after this; each further one waits twice as long, up to maxBackoffMs. @default 2000 */
  baseBackoffMs?: number;
  /** @default 15 minutes */
  maxBackoffMs?: number;
  /** A claimed handoff's lease: longer than any delivery attempt takes, so a crash mid-attempt only delays it. @default 60000 */
  leaseMs?: number;
  /** Attempts before a handoff is given up (logged as an error). @default 50 */
  maxAttempts?: number;
  now?: () => number;
};
export type { DeliverOptions };


/**
 * Sends stored handoffs to their tenant's target, from the database, so a restart picks up where the
 * last process stopped. Each is marked delivered in the same process right after its target accepted
 * it, and never sent again; a failed attempt is retried with exponential backoff.
 */
export class Outbox {
  readonly #o: Required<Omit<OutboxOptions, 'now'>> & { now: () => number };
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = false;

  constructor(options: OutboxOptions) {
    this.#o = { pollMs: 1000, leaseMs: 60_000, baseBackoffMs: 2000, maxBackoffMs: 15 * 60_000, maxAttempts: 50, now: Date.now, ...options };
  }

  /**
   * Starts polling. A handoff another process claimed stays its own until the lease runs out (`leaseMs`):
   * a process that died mid-attempt delays it by at most that, and a live one is never raced.
   */
  start(): void {
    this.#timer = setInterval(() => this.wake(), this.#o.pollMs);
    this.#timer.unref();
    this.wake();
  }

  /** Looks for due handoffs now (after one was stored); returns when this round is done. */
  wake(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#round().finally(() => {
      this.#running = undefined;
      if (this.#again && !this.#stopped) {
        this.#again = false;
        void this.wake();
      }
    });
    return this.#running;
  }

  /** Stops polling and waits for the attempts under way. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    await this.#running;
  }

  async #round(): Promise<void> {
    const { store, targets, log, now } = this.#o;
    let due: Handoff[];
    try {
      due = await store.claimDueHandoffs(now(), now() + this.#o.leaseMs, 20);
    } catch (error) {
      log.error('handoff.claim_failed', { error });
      return;
    }
    // A store that fails after the claim is logged: the lease runs out and the handoff comes back.
    await Promise.all(due.map((handoff) => this.#attempt(handoff).catch((error: unknown) => log.error('handoff.store_failed', { tenant: handoff.tenant, id: handoff.id, error }))));
  }

  async #attempt(handoff: Handoff): Promise<void> {
    const { store, targets, log, now } = this.#o;
    const target = targets.get(handoff.tenant);
    if (!target) {
      await store.markFailed(handoff.id, 'no handoff target for the tenant', this.#retryAt(handoff.attempts));
      log.warn('handoff.no_target', { tenant: handoff.tenant, id: handoff.id });
      return;
    }
    try {
      await this.#o.deliver(target, handoff);
    } catch (error) {
      const attempts = handoff.attempts + 1;
      const nextAt = attempts >= this.#o.maxAttempts ? null : this.#retryAt(handoff.attempts);
      await store.markFailed(handoff.id, (error as Error).message ?? String(error), nextAt);
      if (nextAt === null) log.error('handoff.given_up', { tenant: handoff.tenant, id: handoff.id, attempts, error });
      else log.warn('handoff.retry', { tenant: handoff.tenant, id: handoff.id, attempts, inMs: nextAt - now(), error });
      return;
    }
    await store.markDelivered(handoff.id, now());
    log.info('handoff.delivered', { tenant: handoff.tenant, id: handoff.id, type: target.type, attempts: handoff.attempts + 1 });
  }

  #retryAt(attemptsBefore: number): number {
    const { baseBackoffMs, maxBackoffMs, now } = this.#o;
    const backoff = Math.min(maxBackoffMs, baseBackoffMs * 2 ** attemptsBefore);
    // ±20 % jitter: many handoffs failing together do not retry together.
    return now() + Math.round(backoff * (0.8 + Math.random() * 0.4));
  }
}
