import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Logger } from '../log/logger';

/**
 * What an operator's Prometheus scrapes at /metrics (behind METRICS_TOKEN): questions by tenant and kind, how long
 * an answer took, open sockets, the last knowledge reload, errors logged, and the process's own (memory, CPU, event
 * loop lag). One registry per server, so servers in one process (tests) do not share counts.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly questions = new Counter({ name: 'nara_questions_total', help: 'Questions answered, by tenant and reply kind.', labelNames: ['tenant', 'kind'] as const, registers: [this.registry] });
  readonly answerSeconds = new Histogram({
    name: 'nara_answer_seconds', help: 'Time from a question to its reply inside the server.',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1], registers: [this.registry],
  });
  readonly errors = new Counter({ name: 'nara_errors_total', help: 'Errors logged, by event.', labelNames: ['event'] as const, registers: [this.registry] });

  constructor({ openSockets, knowledge }: { openSockets: () => number; knowledge: () => { loadedAt: string | null; entries: number; lastAttemptFailed: boolean } }) {
    collectDefaultMetrics({ register: this.registry, prefix: 'nara_' });
    new Gauge({ name: 'nara_open_sockets', help: 'WebSockets open now.', registers: [this.registry], collect() { this.set(openSockets()); } });
    new Gauge({
      name: 'nara_knowledge_loaded_timestamp_seconds', help: 'When the knowledge now served was loaded.', registers: [this.registry],
      collect() { const at = knowledge().loadedAt; this.set(at ? Date.parse(at) / 1000 : 0); },
    });
    new Gauge({ name: 'nara_knowledge_entries', help: 'Entries in the knowledge served.', registers: [this.registry], collect() { this.set(knowledge().entries); } });
    new Gauge({
      name: 'nara_knowledge_reload_failed', help: '1 while files are held back or the last load failed.', registers: [this.registry],
      collect() { this.set(knowledge().lastAttemptFailed ? 1 : 0); },
    });
  }
}

/** The logger, with every error it writes counted by event for /metrics (its children too). */
export const countingErrors = (log: Logger, metrics: Metrics): Logger => ({
  ...log,
  error: (event, fields) => {
    metrics.errors.inc({ event });
    log.error(event, fields);
  },
  child: (fields) => countingErrors(log.child(fields), metrics),
});
