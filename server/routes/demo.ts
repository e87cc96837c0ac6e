import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/app-env';
import { demoCss, demoPage } from '../demo/demo-page';
import { errorBody } from '../protocol';

/** Strict policy on our own HTML: nothing inline, nothing from elsewhere. The widget must work under it. */
const DEMO_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
  "connect-src 'self'", "font-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

/** GET / (the demo page; ?tenant= switches tenant) and its stylesheet. */
export const demoRoutes = ({ engine }: AppDeps) =>
  new Hono<AppEnv>()
    .get('/', (c) => {
      const knowledge = engine.knowledge;
      if (!knowledge) return c.json(errorBody('not_ready', 'The knowledge base is still loading.'), 503);
      const tenants = [...knowledge.tenants.values()];
      const requested = c.req.query('tenant');
      const tenant = requested === undefined ? tenants[0] : knowledge.tenants.get(requested);
      if (!tenant) return c.json(errorBody('unknown_tenant', `No tenant "${requested}".`), 404);
      c.header('Content-Security-Policy', DEMO_CSP);
      return c.html(demoPage(tenant, tenants));
    })
    .get('/demo.css', (c) => {
      c.header('Content-Type', 'text/css; charset=utf-8');
      c.header('Cache-Control', 'public, max-age=300');
      return c.body(demoCss);
    });
