import type { Engine, Question } from '../engine/engine';
import type { Reply } from '../protocol';
import type { Logger } from '../log/logger';
import type { AskSummary } from '../log/ask-summary';
import type { Metrics } from '../metrics/metrics';
import type { Recorder } from '../store/recorder';
import { withHandoffOffer } from '../handoff/offer';
import { toWireReply } from './to-wire-reply';

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

  /** @throws UnknownTenantError for a tenant the knowledge does not have */
  ask(question: Question, log: Logger): Reply {
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
