import type { Logger } from './logger';

/**
 * Questions answered, per tenant and kind of reply, logged as one `asks` line a minute at info. Each
 * question's own `ask` line is at debug: a busy guide answers thousands a minute, and a line each
 * would cost it a tenth of its time (and fill the logs) for what these counts say.
 */
export class AskSummary {
  #counts = new Map<string, Record<string, number>>();
  #timer: ReturnType<typeof setInterval> | undefined;

  count(tenant: string, kind: string): void {
    let byKind = this.#counts.get(tenant);
    if (!byKind) this.#counts.set(tenant, (byKind = {}));
    byKind[kind] = (byKind[kind] ?? 0) + 1;
  }

  /** Logs the counts since the last line, if any, and starts afresh. */
  flush(log: Logger): void {
    if (this.#counts.size === 0) return;
    const tenants = Object.fromEntries(this.#counts);
    this.#counts = new Map();
    log.info('asks', { tenants });
  }

  start(log: Logger, intervalMs = 60_000): void {
    this.#timer ??= setInterval(() => this.flush(log), intervalMs);
    this.#timer.unref();
  }

  stop(log: Logger): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.flush(log);
  }
}
