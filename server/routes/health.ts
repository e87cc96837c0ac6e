import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/app-env';
import { formatProblem } from '../knowledge/problem';

/** /healthz: the process is up. /readyz: the knowledge is loaded and we are not draining; the body says what is serving and what is wrong. */
export const healthRoutes = ({ engine, knowledgeStatus, draining }: AppDeps) =>
  new Hono<AppEnv>()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', (c) => {
      const status = knowledgeStatus();
      const body = {
        status: draining?.() ? 'draining' : engine.ready ? 'ready' : 'loading',
        knowledge: {
          loadedAt: status.loadedAt,
          entries: status.entries,
          tenants: status.tenants,
          lastReloadFailed: status.lastAttemptFailed,
          errors: status.problems.filter((p) => p.severity === 'error').map(formatProblem),
          warnings: status.problems.filter((p) => p.severity === 'warning').map(formatProblem),
        },
      };
      return c.json(body, body.status === 'ready' ? 200 : 503);
    });
