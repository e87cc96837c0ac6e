import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { AppDeps, AppEnv } from './http/app-env';
import { errorBody } from './protocol';
import { healthRoutes } from './routes/health';
import { askRoutes } from './routes/ask';
import { feedbackRoutes } from './routes/feedback';
import { tenantRoutes } from './routes/tenants';
import { widgetAssetRoutes } from './routes/widget-assets';
import { demoRoutes } from './routes/demo';
import { wsRoutes } from './socket/ws-route';

/** The whole HTTP surface of API.md, built from its dependencies: tests call `app.request()` on it. */
export const createApp = (deps: AppDeps): Hono<AppEnv> => {
  const app = new Hono<AppEnv>();

  app.use(async (c, next) => {
    const requestId = crypto.randomUUID().slice(0, 12);
    c.set('requestId', requestId);
    c.set('log', deps.log.child({ request: requestId }));
    await next();
  });
  app.use('/api/*', cors({ origin: '*', allowMethods: ['GET', 'POST', 'OPTIONS'], allowHeaders: ['Content-Type'], maxAge: 600 }));
  app.use('/api/*', bodyLimit({
    maxSize: deps.config.MAX_BODY_BYTES,
    onError: (c) => c.json(errorBody('too_large', `The body is larger than ${deps.config.MAX_BODY_BYTES} bytes.`), 413),
  }));

  app.route('/', healthRoutes(deps));
  app.route('/', askRoutes(deps));
  app.route('/', feedbackRoutes(deps));
  app.route('/', tenantRoutes(deps));
  app.route('/', widgetAssetRoutes(deps));
  app.route('/', demoRoutes(deps));
  app.route('/', wsRoutes(deps));

  app.notFound((c) => c.json(errorBody('not_found', `No route ${c.req.method} ${c.req.path}.`), 404));
  app.onError((error, c) => {
    c.get('log')?.error('request.failed', { error, path: c.req.path });
    return c.json(errorBody('internal', 'Something went wrong on our side.'), 500);
  });
  return app;
};
