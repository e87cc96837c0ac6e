import type { EngineReply } from '../engine/engine';
import { withHandoffOffer } from '../handoff/offer';
import { toWireReply } from '../http/to-wire-reply';

/** The JSON after the ids of replies that share a `fixed` object, made once. */
const tails = new WeakMap<object, string>();

/**
 * A reply frame as JSON text (`{ type: 'reply', id, …the reply }`). An answer's fields other than its
 * ids are the same for everyone the entry answers (`EngineReply.fixed`): those are serialised once, and
 * only the ids each time. (An answer never carries a handoff offer: only fallbacks and escalations do.)
 */
export const replyFrameJson = (id: string, reply: EngineReply, tenantTakesHandoffs: boolean): string => {
  let tail = reply.fixed && tails.get(reply.fixed);
  if (tail === undefined) {
    const wire = withHandoffOffer(toWireReply(reply), tenantTakesHandoffs);
    if (!reply.fixed || wire.handoff) return JSON.stringify({ type: 'reply', id, ...wire });
    const { conversationId: _conversation, replyId: _reply, ...rest } = wire;
    tail = JSON.stringify(rest).slice(1); // '"kind":…}' (an answer always has fields besides its ids)
    tails.set(reply.fixed, tail);
  }
  return `{"type":"reply","id":${JSON.stringify(id)},"conversationId":${JSON.stringify(reply.conversationId)},"replyId":${JSON.stringify(reply.replyId)},${tail}`;
};
