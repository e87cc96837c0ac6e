import type { EngineReply } from '../engine/engine';
import { withHandoffOffer } from '../handoff/offer';
import { toWireReply } from '../http/to-wire-reply';

/** The JSON after the ids of replies that share a `fixed` object, made once: without and with the handoff offer. */
const tails = new WeakMap<object, string>();
const tailsWithOffer = new WeakMap<object, string>();

/** Ids the engine makes (newId: letters only) need no escaping; a client's frame or conversation id may. */
const PLAIN_ID = /^[A-Za-z0-9_-]*$/;
const quoted = (id: string) => (PLAIN_ID.test(id) ? `"${id}"` : JSON.stringify(id));

/**
 * A reply frame as JSON text (`{ type: 'reply', id, …the reply }`). A reply's fields other than its
 * ids are the same for everyone who gets the same `fixed` parts (an entry's answer, a fallback…): those
 * are serialised once, and only the ids each time.
 */
export const replyFrameJson = (id: string, reply: EngineReply, tenantTakesHandoffs: boolean): string => {
  const fixed = reply.fixed;
  if (!fixed) return JSON.stringify({ type: 'reply', id, ...withHandoffOffer(toWireReply(reply), tenantTakesHandoffs) });
  const cache = tenantTakesHandoffs ? tailsWithOffer : tails;
  let tail = cache.get(fixed);
  if (tail === undefined) {
    const { conversationId: _conversation, replyId: _reply, ...rest } = withHandoffOffer(toWireReply(reply), tenantTakesHandoffs);
    tail = JSON.stringify(rest).slice(1); // '"kind":…}' (a reply always has fields besides its ids)
    cache.set(fixed, tail);
  }
  return `{"type":"reply","id":${quoted(id)},"conversationId":${quoted(reply.conversationId)},"replyId":"${reply.replyId}",${tail}`;
};
