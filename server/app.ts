import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { AppDeps, AppEnv, AppServices } from './http/app-env';
import { errorBody } from './protocol';
import { requestContext } from './http/request-context';
import { securityHeaders } from './http/security-headers';
import { originPolicy } from './http/origin-policy';
import { rateLimit } from './http/rate-limit';
import { RateLimiter } from './http/rate-limiter';
import { ConnectionLimit } from './socket/connection-limit';
import { InFlight } from './lifecycle/in-flight';
import { healthRoutes } from './routes/health';
import { askRoutes } from './routes/ask';
import { feedbackRoutes } from './routes/feedback';
import { handoffRoutes } from './routes/handoff';
import { adminRoutes } from './routes/admin';
import { tenantRoutes } from './routes/tenants';
import { widgetAssetRoutes } from './routes/widget-assets';
import { demoRoutes } from './routes/demo';
import { wsRoutes } from './socket/ws-route';
import { Answers } from './answers/answers';
import { metricsRoutes } from './routes/metrics';

/** The guards shared by HTTP and sockets, built once per app from the config. */
const createServices = (deps: AppDeps): AppServices => {
  const { engine, config } = deps;
  return {
    ...deps,
    inFlight: deps.inFlight ?? new InFlight(),
    origins: originPolicy({
      listenHost: config.HOST,
      tenantOrigins: (tenant) => engine.tenant(tenant)?.origins,
      allOrigins: () => [...(engine.knowledge?.tenants.values() ?? [])].flatMap((t) => t.origins),
    }),
    addressLimiter: new RateLimiter({ perMinute: config.RATE_LIMIT_PER_ADDRESS_PER_MIN }),
    connections: new ConnectionLimit(config.MAX_CONNECTIONS_PER_ADDRESS),
    answers: new Answers({ engine, summary: deps.summary, recorder: deps.recorder, metrics: deps.metrics, handoffTargets: config.HANDOFF_TARGETS, shared: deps.sharedConversations }),
  };
};

/** The whole HTTP surface of API.md, built from its dependencies: tests call `app.request()` on it. */
export const createApp = (deps: AppDeps): Hono<AppEnv> => {
  const services = createServices(deps);
  const { config, origins, inFlight } = services;
  const app = new Hono<AppEnv>();

  app.use(requestContext({ log: deps.log, trustedProxies: config.TRUSTED_PROXIES }));
  app.use(securityHeaders());
  // CORS lets a page read our answers when it may embed some tenant; each route then checks its own tenant (403).
  app.use('/api/*', cors({
    origin: (origin, c) => (origins.allows(origin, c.req.header('host')) ? origin : null),
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type'],
    exposeHeaders: ['Retry-After'],
    maxAge: 600,
  }));
  app.use('/api/*', bodyLimit({
    maxSize: config.MAX_BODY_BYTES,
    onError: (c) => c.json(errorBody('too_large', `The body is larger than ${config.MAX_BODY_BYTES} bytes.`), 413),
  }));
  // An HTTP client has no connection to limit: its address stands in for one (RATE_LIMIT_PER_MIN),
  // and counts towards the address's total with its sockets (RATE_LIMIT_PER_ADDRESS_PER_MIN).
  const perClient = new RateLimiter({ perMinute: config.RATE_LIMIT_PER_MIN });
  for (const path of ['/api/v1/ask', '/api/v1/feedback', '/api/v1/handoff']) {
    app.post(path, rateLimit({ limiters: [perClient, services.addressLimiter] }), async (_c, next) => {
      const done = inFlight.begin();
      try {
        await next();
      } finally {
        done();
      }
    });
  }

  app.route('/', healthRoutes(services));
  app.route('/', askRoutes(services));
  app.route('/', feedbackRoutes(services));
  app.route('/', handoffRoutes(services));
  app.route('/', adminRoutes(services));
  app.route('/', metricsRoutes(services));
  app.route('/', tenantRoutes(services));
  app.route('/', widgetAssetRoutes(services));
  app.route('/', demoRoutes(services));
  app.route('/', wsRoutes(services));

  app.notFound((c) => c.json(errorBody('not_found', `No route ${c.req.method} ${c.req.path}.`), 404));
  app.onError((error, c) => {
    c.get('log')?.error('request.failed', { error, path: c.req.path });
    return c.json(errorBody('internal', 'Something went wrong on our side.'), 500);
  });
  return app;
};
