import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/app-env';
import { askBody, errorBody } from '../protocol';
import { readJson } from '../http/read-json';
import { UnknownTenantError } from '../engine/errors';
import { toWireReply } from '../http/to-wire-reply';

/** POST /api/v1/ask: one question, one reply (API.md). */
export const askRoutes = ({ engine }: AppDeps) =>
  new Hono<AppEnv>().post('/api/v1/ask', async (c) => {
    const body = await readJson(c, askBody);
    if (!body.ok) return body.response;
    if (!engine.ready) return c.json(errorBody('not_ready', 'The knowledge base is still loading; try again in a moment.'), 503);
    try {
      const reply = engine.ask(body.value);
      c.get('log').info('ask', { tenant: body.value.tenant, kind: reply.kind, route: reply.trace.route, entry: reply.entryId });
      return c.json(toWireReply(reply));
    } catch (error) {
      if (error instanceof UnknownTenantError) return c.json(errorBody('unknown_tenant', `No tenant "${error.tenant}".`), 404);
      throw error;
    }
  });
