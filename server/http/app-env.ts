import type { Engine } from '../engine/engine';
import type { Config } from '../config';
import type { Logger } from '../log/logger';
import type { KnowledgeStatus } from '../knowledge/watch-knowledge';

/** What the routes need, handed to createApp: no globals, so tests build an app with their own. */
export type AppDeps = {
  engine: Engine;
  config: Config;
  log: Logger;
  knowledgeStatus: () => KnowledgeStatus;
  /** True while the server shuts down: /readyz answers 503 and new sockets are refused. */
  draining?: () => boolean;
};

export type AppEnv = { Variables: { requestId: string; log: Logger } };
