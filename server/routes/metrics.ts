import { Hono } from 'hono';
import type { AppEnv, AppServices } from '../http/app-env';
import { sameSecret } from '../http/same-secret';
import { errorBody } from '../protocol';

/** GET /metrics in Prometheus's text format, for `Authorization: Bearer METRICS_TOKEN`; 404 when no token is set. */
export const metricsRoutes = ({ config, metrics }: AppServices) =>
  new Hono<AppEnv>().get('/metrics', async (c) => {
    if (!config.METRICS_TOKEN || !metrics) return c.json(errorBody('not_found', 'No METRICS_TOKEN is set: /metrics is off.'), 404);
    const sent = /^bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim() ?? '';
    if (!sameSecret(sent, config.METRICS_TOKEN)) {
      c.header('WWW-Authenticate', 'Bearer realm="nara-guide metrics"');
      return c.json(errorBody('unauthorized', 'The metrics token is needed (Authorization: Bearer METRICS_TOKEN).'), 401);
    }
    c.header('Content-Type', metrics.registry.contentType);
    c.header('Cache-Control', 'no-store');
    return c.body(await metrics.registry.metrics());
  });
