import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/app-env';

/**
 * /healthz: the process is up. /readyz: the knowledge is loaded and we are not draining, and nothing more:
 * it is public, so which files an editor broke and why is for /admin/status.json, behind a token.
 */
export const healthRoutes = ({ engine, draining }: AppDeps) =>
  new Hono<AppEnv>()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', (c) => {
      const status = draining?.() ? 'draining' : engine.ready ? 'ready' : 'loading';
      return c.json({ status }, status === 'ready' ? 200 : 503);
    });
