import type { Logger } from '../log/logger';
import type { Store } from './store';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes what is older than `days` now and then once a day; returns the stop function. */
export const startRetention = ({ store, days, log, now = Date.now, intervalMs = DAY_MS }: {
  store: Store; days: number; log: Logger; now?: () => number; intervalMs?: number;
}): (() => void) => {
  const purge = async () => {
    try {
      const removed = await store.purgeOlderThan(now() - days * DAY_MS);
      log.info('store.retention', { days, removed });
    } catch (error) {
      log.error('store.retention_failed', { error });
    }
  };
  void purge();
  const timer = setInterval(() => void purge(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
};
