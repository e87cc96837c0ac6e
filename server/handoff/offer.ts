import type { Reply } from '../protocol';

/** Kinds after which a visitor may send the question on to a person. */
const OFFERED_AFTER: ReadonlySet<Reply['kind']> = new Set(['fallback', 'escalate']);

/** The reply with `handoff: true` when the tenant has a handoff target and the guide could not help. */
export const withHandoffOffer = (reply: Reply, tenantHasTarget: boolean): Reply =>
  tenantHasTarget && OFFERED_AFTER.has(reply.kind) ? { ...reply, handoff: true } : reply;
