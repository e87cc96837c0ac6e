import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import type { RateLimiter } from './rate-limiter';
import { addressKey } from './client-address';
import { errorBody } from '../protocol';

export type RateLimitOptions = {
  /** Every limiter must allow the request, in order; a refusal takes nothing from the ones after it. Each is keyed by the client's address. */
  limiters: readonly RateLimiter[];
};

/** The key a client is limited by: its address; requests with no known address (app.request in tests) share one. */
export const clientKey = <E extends AppEnv>(c: Context<E>): string => {
  const address = c.get('clientAddress');
  return address ? addressKey(address) : 'unknown';
};

/** 429 with Retry-After (whole seconds) and a JSON `rate_limited` error, `message` naming the wait where it helps. */
export const tooManyRequests = <E extends AppEnv>(c: Context<E>, waitMs: number, message: (seconds: number) => string): Response => {
  const seconds = Math.ceil(waitMs / 1000);
  c.header('Retry-After', String(seconds));
  return c.json(errorBody('rate_limited', message(seconds)), 429);
};

/**
 * Questions a minute per client address over HTTP: 429 with Retry-After (seconds) and a JSON error
 * above the limit.
 */
export const rateLimit = ({ limiters }: RateLimitOptions): MiddlewareHandler<AppEnv> =>
  async function rateLimit(c, next) {
    const key = clientKey(c);
    let waitMs = 0;
    for (const limiter of limiters) if ((waitMs = limiter.take(key)) > 0) break;
    if (waitMs > 0) {
      c.get('log').warn('rate_limited', { path: c.req.path, retryAfter: Math.ceil(waitMs / 1000) });
      return tooManyRequests(c, waitMs, (seconds) => `Too many questions; try again in ${seconds} s.`);
    }
    await next();
  };
