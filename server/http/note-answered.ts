import type { EngineReply } from '../engine/engine';
import type { Logger } from '../log/logger';
import type { AskSummary } from '../log/ask-summary';
import type { Recorder } from '../store/recorder';

/**
 * What the server notes of every question answered, over HTTP or a socket: its own `ask` line (debug),
 * its count in the minute's `asks` line, and the recorder's record (an unanswered question, masked; the
 * reply's entry for feedback).
 */
export const noteAnswered = (
  { log, summary, recorder }: { log: Logger; summary?: AskSummary; recorder?: Recorder },
  tenant: string,
  text: string,
  reply: EngineReply,
): void => {
  log.debug('ask', { tenant, kind: reply.kind, route: reply.trace.route, entry: reply.entryId });
  summary?.count(tenant, reply.kind);
  recorder?.reply(tenant, text, reply);
};
