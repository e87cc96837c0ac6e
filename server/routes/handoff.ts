import { Hono } from 'hono';
import type { AppEnv, AppServices } from '../http/app-env';
import { errorBody, handoffBodyFor, type HandoffReceipt } from '../protocol';
import { readJson } from '../http/read-json';
import { newReference } from '../handoff/reference';
import { RateLimiter } from '../http/rate-limiter';
import { clientKey, tooManyRequests } from '../http/rate-limit';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** How long after a fallback its offer to send the question on stands (a visitor may fill in the form later). */
const OFFER_STANDS_MS = DAY;

/**
 * POST /api/v1/handoff (extension): the visitor confirmed "Skicka frågan till oss". The receipt (202)
 * comes only once the handoff is in the database's outbox, which delivers it; the same reply sent again
 * gets the same receipt and is delivered once. 404 when the tenant has no handoff target; 409 for a reply
 * that offered none (an answer, or an id never given); 429 over the address's hourly or the tenant's daily
 * limit. A contact centre gets what visitors asked for, not what anyone can post.
 */
export const handoffRoutes = ({ engine, config, origins, store, recorder, handoffStored }: AppServices) => {
  const schema = handoffBodyFor(config.MAX_QUESTION_CHARS);
  const perAddress = new RateLimiter({ perMinute: config.HANDOFF_PER_ADDRESS_PER_HOUR, windowMs: HOUR });
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
    const now = Date.now();
    await recorder?.flush(); // the reply that offered it may have been given a moment ago
    if (!(await store.offeredHandoff(tenant, replyId, now - OFFER_STANDS_MS))) {
      c.get('log').warn('handoff.not_offered', { tenant });
      return c.json(errorBody('handoff_not_offered', 'This reply offered no handoff: only a reply the guide could not answer may be sent on.'), 409);
    }
    const wait = perAddress.take(clientKey(c));
    const overDailyCap = config.HANDOFF_PER_TENANT_PER_DAY > 0 && (await store.handoffsSince(tenant, now - DAY)) >= config.HANDOFF_PER_TENANT_PER_DAY;
    if (wait > 0 || overDailyCap) {
      c.get('log').warn('handoff.limited', { tenant, by: overDailyCap ? 'tenant_per_day' : 'address_per_hour' });
      return tooManyRequests(c, overDailyCap ? HOUR : wait, () => 'Too many questions sent on; try again later or use the contact details.');
    }
    const kept = Object.fromEntries(Object.entries(contact).filter(([, v]) => v)) as Omit<typeof contact, never>;
    const { id, created } = await store.enqueueHandoff({ id: newReference(), tenant, replyId, createdAt: now, payload: { question, kind: 'handoff', ...kept } });
    c.get('log').info('handoff.stored', { tenant, id, created });
    handoffStored?.();
    return c.json({ handoffId: id, status: 'stored' } satisfies HandoffReceipt, 202);
  });
};
