import { Hono } from 'hono';
import type { AppEnv, AppServices } from '../http/app-env';
import { askBody, errorBody } from '../protocol';
import { readJson } from '../http/read-json';
import { UnknownTenantError } from '../engine/errors';

/** POST /api/v1/ask: one question, one reply (API.md). Rate limits and in-flight tracking are app.ts's. */
export const askRoutes = ({ engine, origins, answers }: AppServices) => {
  return new Hono<AppEnv>().post('/api/v1/ask', async (c) => {
    const body = await readJson(c, askBody);
    if (!body.ok) return body.response;
    if (!engine.ready) return c.json(errorBody('not_ready', 'The knowledge base is still loading; try again in a moment.'), 503);
    if (!engine.tenant(body.value.tenant)) return c.json(errorBody('unknown_tenant', `No tenant "${body.value.tenant}".`), 404);
    const refused = origins.refusal(c, body.value.tenant);
    if (refused) return refused;
    try {
      return c.json(await answers.ask(body.value, c.get('log')));
    } catch (error) {
      if (error instanceof UnknownTenantError) return c.json(errorBody('unknown_tenant', `No tenant "${error.tenant}".`), 404);
      throw error;
    }
  });
};
