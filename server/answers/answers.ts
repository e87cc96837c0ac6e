import type { Engine, Question } from '../engine/engine';
import type { Reply } from '../protocol';
import type { Logger } from '../log/logger';
import type { AskSummary } from '../log/ask-summary';
import type { Metrics } from '../metrics/metrics';
import type { Recorder } from '../store/recorder';
import { withHandoffOffer } from '../handoff/offer';
import { toWireReply } from './to-wire-reply';
import type { SharedConversations } from './shared-conversations';
import type { Awaitable } from '../store/store';
import { newId } from '../engine/new-id';

export type AnswersDeps = {
  engine: Engine;
  /** Counts questions for the `asks` log line a minute. */
  summary?: AskSummary;
  /** Keeps unanswered questions (masked) and which entry answered, for feedback. */
  recorder?: Recorder;
  /** Questions and their latency for /metrics. */
  metrics?: Metrics;
  /** The tenants that take handoffs: their fallback and escalate replies offer one. */
  handoffTargets: { has(tenant: string): boolean };
  /** With several instances: the conversations they share (each question then waits for the store). */
  shared?: SharedConversations;
};

/**
 * A visitor's question answered, however it came (POST /api/v1/ask or a socket's ask frame): the
 * engine's reply → noted (the `ask` line at debug, the minute's count, the recorder's masked record) →
 * the reply as API.md has it, with the handoff offer when the tenant takes handoffs. The HTTP route and
 * the socket session are adapters around it; the engine knows nothing of either.
 */
export class Answers {
  readonly #deps: AnswersDeps;

  constructor(deps: AnswersDeps) {
    this.#deps = deps;
  }

  /**
   * The reply at once, or with several instances (`shared`) once the conversation has been read (when `arriving`:
   * the visitor may come from another instance) and the new state written.
   * @throws UnknownTenantError for a tenant the knowledge does not have
   */
  ask(question: Question, log: Logger, { arriving = true }: { arriving?: boolean } = {}): Awaitable<Reply> {
    const { shared } = this.#deps;
    if (!shared) return this.#reply(question, log);
    // A new conversation gets its id here, so it is saved under it for a follow-up on any instance.
    const id = question.conversationId ?? newId();
    return (async () => {
      if (arriving && question.conversationId) await shared.arrive(id, question.tenant);
      const reply = this.#reply({ ...question, conversationId: id }, log);
      await shared.save(id);
      // A reply that offers a handoff is written before the visitor has it: the handoff may be sent to another instance.
      if (reply.handoff) await this.#deps.recorder?.flush();
      return reply;
    })();
  }

  #reply(question: Question, log: Logger): Reply {
    const { engine, summary, recorder, handoffTargets, metrics } = this.#deps;
    const started = metrics ? performance.now() : 0;
    const reply = engine.ask(question);
    if (metrics) {
      metrics.questions.inc({ tenant: question.tenant, kind: reply.kind });
      metrics.answerSeconds.observe((performance.now() - started) / 1000);
    }
    log.debug('ask', { tenant: question.tenant, kind: reply.kind, route: reply.trace.route, entry: reply.entryId });
    summary?.count(question.tenant, reply.kind);
    recorder?.reply(question.tenant, question.text, reply);
    return withHandoffOffer(toWireReply(reply), handoffTargets.has(question.tenant));
  }
}
