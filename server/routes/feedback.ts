import { Hono } from 'hono';
import type { AppEnv, AppServices } from '../http/app-env';
import { errorBody, feedbackBody } from '../protocol';
import { readJson } from '../http/read-json';

/** POST /api/v1/feedback: 👍/👎 on a reply. Accepted with 202; the comment never reaches a log. */
export const feedbackRoutes = ({ engine, origins, recorder }: AppServices) =>
  new Hono<AppEnv>().post('/api/v1/feedback', async (c) => {
    const body = await readJson(c, feedbackBody);
    if (!body.ok) return body.response;
    if (!engine.tenant(body.value.tenant)) return c.json(errorBody('unknown_tenant', `No tenant "${body.value.tenant}".`), 404);
    const refused = origins.refusal(c, body.value.tenant);
    if (refused) return refused;
    c.get('log').info('feedback', { tenant: body.value.tenant, helpful: body.value.helpful, hasComment: !!body.value.comment });
    await recorder?.feedback(body.value);
    return c.json({ ok: true }, 202);
  });
