import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import type { RateLimiter } from './rate-limiter';
import { addressKey } from './client-address';
import { errorBody } from '../protocol';

export type RateLimitOptions = {
  /** Every limiter must allow the request, in order; a refusal takes nothing from the ones after it. Each is keyed by the client's address. */
  limiters: readonly RateLimiter[];
};

/**
 * Questions a minute per client address over HTTP: 429 with Retry-After (seconds) and a JSON error
 * above the limit. Requests with no known address (app.request in tests) share one key.
 */
export const rateLimit = ({ limiters }: RateLimitOptions): MiddlewareHandler<AppEnv> =>
  async function rateLimit(c, next) {
    const address = c.get('clientAddress');
    const key = address ? addressKey(address) : 'unknown';
    let waitMs = 0;
    for (const limiter of limiters) if ((waitMs = limiter.take(key)) > 0) break;
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      c.get('log').warn('rate_limited', { path: c.req.path, retryAfter: seconds });
      c.header('Retry-After', String(seconds));
      return c.json(errorBody('rate_limited', `Too many questions; try again in ${seconds} s.`), 429);
    }
    await next();
  };
