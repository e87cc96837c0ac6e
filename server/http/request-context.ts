import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import type { Logger } from '../log/logger';
import { clientAddress } from './client-address';

export type RequestContextOptions = {
  log: Logger;
  trustedProxies: readonly string[];
};

const QUIET_PATHS = new Set(['/healthz', '/readyz']);

/**
 * Gives every request an id, a logger that stamps it on each line, and the visitor's address; then
 * logs one `request` line with the status and duration. The query string is never logged (it may carry
 * a conversation id); the address is never logged (it is personal data and the limits need no log).
 */
export const requestContext = ({ log, trustedProxies }: RequestContextOptions): MiddlewareHandler<AppEnv> =>
  async function requestContext(c, next) {
    const requestId = crypto.randomUUID().slice(0, 12);
    const requestLog = log.child({ request: requestId });
    c.set('requestId', requestId);
    c.set('log', requestLog);
    c.set('clientAddress', clientAddress(c.env?.incoming, trustedProxies));
    const started = performance.now();
    await next();
    const line = { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) };
    if (QUIET_PATHS.has(c.req.path)) requestLog.debug('request', line);
    else requestLog.info('request', line);
  };
