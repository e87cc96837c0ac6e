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
    })
    // The demo site's icon, so the browser's automatic request gets an answer instead of a 404.
    .get('/favicon.ico', (c) => {
      c.header('Content-Type', 'image/svg+xml');
      c.header('Cache-Control', 'public, max-age=86400');
      return c.body(FAVICON);
    });

const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#00529b"/>' +
  '<path d="M9 16h14M16 9v14" stroke="#fff" stroke-width="4" stroke-linecap="round"/></svg>';
