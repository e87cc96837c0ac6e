import type { HttpBindings } from '@hono/node-server';
import type { Metrics } from '../metrics/metrics';
import type { Engine } from '../engine/engine';
import type { Config } from '../config';
import type { Logger } from '../log/logger';
import type { KnowledgeStatus } from '../knowledge/watch-knowledge';
import type { InFlight } from '../lifecycle/in-flight';
import type { OriginPolicy } from './origin-policy';
import type { RateLimiter } from './rate-limiter';
import type { ConnectionLimit } from '../socket/connection-limit';
import type { Recorder } from '../store/recorder';
import type { AskSummary } from '../log/ask-summary';
import type { Store } from '../store/store';
import type { SharedConversations } from '../answers/shared-conversations';
import type { Answers } from '../answers/answers';

/** What the routes need, handed to createApp: no globals, so tests build an app with their own. */
export type AppDeps = {
  engine: Engine;
  config: Config;
  log: Logger;
  knowledgeStatus: () => KnowledgeStatus;
  /** Loads the knowledge folder now (after an editor's save in the browser), resolving once it is served. */
  reloadKnowledge?: () => Promise<void>;
  /** True while the server shuts down: /readyz answers 503 and new sockets are refused. */
  draining?: () => boolean;
  /** Questions being answered; the shutdown waits for them. createApp makes one when absent. */
  inFlight?: InFlight;
  /** Keeps unanswered questions and feedback (masked); absent: nothing is kept. */
  recorder?: Recorder;
  /** Counts questions for the `asks` log line a minute (each question's own line is at debug). */
  summary?: AskSummary;
  /** The database behind the recorder, the editors' report and the handoff outbox; absent: /admin's report and handoff are off. */
  store?: Store;
  /** Wakes the handoff outbox after a handoff is stored, so it goes out now rather than at the next poll. */
  handoffStored?: () => void;
  /** What /metrics shows (with METRICS_TOKEN); absent: no counts kept. */
  metrics?: Metrics;
  /** With several instances: the conversations they share; absent: each instance's engine remembers its own. */
  sharedConversations?: SharedConversations;
};

/** The deps plus the guards createApp builds from the config, shared by HTTP and sockets. */
export type AppServices = AppDeps & {
  inFlight: InFlight;
  origins: OriginPolicy;
  /** Questions a minute per address over sockets and HTTP together (RATE_LIMIT_PER_ADDRESS_PER_MIN). */
  addressLimiter: RateLimiter;
  connections: ConnectionLimit;
  /** A question answered, noted and made a wire reply: the one path for HTTP and sockets. */
  answers: Answers;
};

export type AppEnv = {
  /** Absent under app.request() in tests. */
  Bindings: Partial<HttpBindings>;
  Variables: {
    requestId: string;
    log: Logger;
    /** The visitor's address (client-address.ts); undefined without a socket. */
    clientAddress: string | undefined;
  };
};
