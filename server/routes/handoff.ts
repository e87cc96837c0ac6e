import { Hono } from 'hono';
import type { AppEnv, AppServices } from '../http/app-env';
import { errorBody, handoffBodyFor, type HandoffReceipt } from '../protocol';
import { readJson } from '../http/read-json';
import { newId } from '../engine/new-id';

/**
 * POST /api/v1/handoff (extension): the visitor confirmed "Skicka frågan till oss". The receipt (202)
 * comes only once the handoff is in the database's outbox, which delivers it; the same reply sent again
 * gets the same receipt and is delivered once. 404 when the tenant has no handoff target.
 */
export const handoffRoutes = ({ engine, config, origins, store, handoffStored }: AppServices) => {
  const schema = handoffBodyFor(config.MAX_QUESTION_CHARS);
  return new Hono<AppEnv>().post('/api/v1/handoff', async (c) => {
    const body = await readJson(c, schema);
    if (!body.ok) return body.response;
    const { tenant, replyId, conversationId: _conversation, question, ...contact } = body.value;
    if (!engine.tenant(tenant)) return c.json(errorBody('unknown_tenant', `No tenant "${tenant}".`), 404);
    const refused = origins.refusal(c, tenant);
    if (refused) return refused;
    if (!store || !config.HANDOFF_TARGETS.has(tenant)) {
      return c.json(errorBody('handoff_unavailable', `Tenant "${tenant}" takes no handoffs.`), 404);
    }
    const kept = Object.fromEntries(Object.entries(contact).filter(([, v]) => v)) as Omit<typeof contact, never>;
    const { id, created } = store.enqueueHandoff({ id: newId(), tenant, replyId, createdAt: Date.now(), payload: { question, kind: 'handoff', ...kept } });
    c.get('log').info('handoff.stored', { tenant, id, created });
    handoffStored?.();
    return c.json({ handoffId: id, status: 'stored' } satisfies HandoffReceipt, 202);
  });
};
