import { serve, type ServerType } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApp } from './app';
import { readConfig, type Config } from './config';
import { Engine } from './engine/engine';
import { KnowledgeWatcher, type KnowledgeStatus } from './knowledge/watch-knowledge';
import { recordFileRevision } from './editors/record-file-revision';
import { holdDataFolder } from './store/data-folder-lock';
import { countingErrors, Metrics } from './metrics/metrics';
import { createLogger, type Logger } from './log/logger';
import { InFlight } from './lifecycle/in-flight';
import { startHeartbeat } from './socket/heartbeat';
import { closeCodes } from './protocol';
import { isShared, openStore } from './store/open-store';
import { RevisionSync } from './knowledge/revision-sync';
import { SharedConversations } from './answers/shared-conversations';
import type { Store } from './store/store';
import { Recorder } from './store/recorder';
import { AskSummary } from './log/ask-summary';
import { runDueNow } from './socket/at-end-of-turn';
import { startRetention } from './store/retention';
import { Outbox } from './handoff/outbox';
import { deliver } from './handoff/deliver';
import { guardConnections } from './http/guard-connections';
import { normalizeAddress } from './http/client-address';

export type StartOptions = {
  /** 0 picks a free port. Defaults to the environment's PORT, else 8787. */
  port?: number;
  host?: string;
  knowledgeDir?: string;
  widgetDir?: string;
  /** No logs (tests). */
  quiet?: boolean;
  /**
   * Settings over the environment's, e.g. generous limits for a benchmark.
   * @example startServer({ config: { RATE_LIMIT_PER_MIN: 0, MAX_CONNECTIONS_PER_ADDRESS: 0 } })
   */
  config?: Partial<Config>;
  log?: Logger;
  /** Watch the knowledge folder and reload on change. @default true */
  watch?: boolean;
};

export type RunningServer = {
  url: string;
  port: number;
  engine: Engine;
  watcher: KnowledgeWatcher;
  /** The database in DATA_DIR (report, outbox). */
  store: Store;
  /** Sends stored handoffs. */
  outbox: Outbox;
  /** Open sockets (for tests and benchmarks). */
  readonly sockets: number;
  /**
   * Drains and stops: /readyz answers 503 and new sockets are refused (for DRAIN_DELAY_MS while still
   * accepting connections), then it stops accepting, waits up to DRAIN_TIMEOUT_MS for questions in
   * flight, closes sockets with 1001 (going away) so widgets reconnect elsewhere, and resolves when closed.
   */
  close(): Promise<void>;
};

/** Sockets that do not answer the close handshake within this are cut. */
const CLOSE_GRACE_MS = 2000;

/** Loads the knowledge, then serves HTTP and WebSockets. Used by main.ts, the tests, the eval and the benchmarks. */
export const startServer = async (options: StartOptions = {}): Promise<RunningServer> => {
  const config = readConfig({
    ...process.env,
    ...options.config,
    ...(options.port !== undefined ? { PORT: options.port } : {}),
    ...(options.host ? { HOST: options.host } : {}),
    ...(options.knowledgeDir ? { KNOWLEDGE_DIR: options.knowledgeDir } : {}),
    ...(options.widgetDir ? { WIDGET_DIR: options.widgetDir } : {}),
  });
  // Counts for /metrics (errors logged among them); the sockets and the knowledge are read when scraped.
  let openSockets = () => 0;
  let knowledgeStatus = (): KnowledgeStatus => ({ loadedAt: null, entries: 0, tenants: 0, problems: [], heldBack: [], lastAttemptFailed: false });
  const metrics = new Metrics({ openSockets: () => openSockets(), knowledge: () => knowledgeStatus() });
  const log = countingErrors(options.log ?? createLogger({ level: options.quiet ? 'silent' : config.LOG_LEVEL }), metrics);
  // One server per data folder: a second one fails here, at once, before it loads anything or touches the store.
  // With PostgreSQL the instances share the database, and the data folder is not used.
  const releaseDataFolder = config.DATABASE_URL ? () => {} : holdDataFolder(config.DATA_DIR);
  let store: Store;
  try {
    store = await openStore(config);
  } catch (error) {
    releaseDataFolder();
    throw error;
  }
  // With several instances: the newest revision of every entry file is written into the folder before it is loaded.
  const revisions = isShared(store) ? new RevisionSync({ store, root: config.KNOWLEDGE_DIR, reload: () => watcher.reload(), log }) : undefined;
  await revisions?.catchUp();
  const engine = new Engine({ maxQuestionChars: config.MAX_QUESTION_CHARS });
  /** An entry file changed on disk, set once the store is open: a revision, unless the browser's save just made it. */
  let fileChanged: ((file: string, text: string | null) => void) | undefined;
  const watcher = new KnowledgeWatcher({
    root: config.KNOWLEDGE_DIR, apply: (k) => engine.load(k), log, rescanMs: config.KNOWLEDGE_RESCAN_MS,
    onEntryFileChange: (file, text) => fileChanged?.(file, text),
  });
  knowledgeStatus = () => watcher.status;
  await watcher.reload();
  if (options.watch !== false) watcher.start();
  await revisions?.start();

  const recorder = new Recorder({ store, log });
  fileChanged = (file, text) => {
    recordFileRevision(store, config.KNOWLEDGE_DIR, file, text).catch((error: unknown) => log.error('store.revision_failed', { error }));
  };
  const sharedConversations = isShared(store) ? new SharedConversations({ store, local: engine.conversations, log }) : undefined;
  const summary = new AskSummary();
  summary.start(log);
  const outbox = new Outbox({
    store, targets: config.HANDOFF_TARGETS, log, baseBackoffMs: config.HANDOFF_RETRY_MS, leaseMs: config.HANDOFF_LEASE_MS,
    deliver: (target, handoff) => deliver(target, handoff, { smtpHost: config.SMTP_HOST, smtpPort: config.SMTP_PORT, from: config.HANDOFF_FROM }),
  });

  let draining = false;
  const inFlight = new InFlight();
  const app = createApp({
    engine, config, log, knowledgeStatus: () => watcher.status, reloadKnowledge: () => watcher.reload(), draining: () => draining, inFlight,
    recorder, summary, store, metrics, handoffStored: () => void outbox.wake(), sharedConversations,
  });
  // Frames over MAX_FRAME_BYTES close the socket with 1009; no compression (CPU, and compression side channels).
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.MAX_FRAME_BYTES, perMessageDeflate: false });
  openSockets = () => wss.clients.size;
  let server: ServerType;
  try {
    server = await new Promise<ServerType>((resolve, reject) => {
      const s = serve({
        fetch: app.fetch, port: config.PORT, hostname: config.HOST, websocket: { server: wss },
        // A visitor that sends its headers or body a byte at a time (slowloris) is cut on time: Node checks
        // the timeouts every connectionsCheckingInterval (30 s unless told), so a 15 s limit held for up to 45.
        serverOptions: { headersTimeout: config.HEADERS_TIMEOUT_MS, requestTimeout: config.REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1000 },
      }, () => resolve(s));
      guardConnections(s as import('node:net').Server, {
        perAddress: config.MAX_HTTP_CONNECTIONS_PER_ADDRESS, total: config.MAX_HTTP_CONNECTIONS, log,
        isTrustedProxy: (address) => config.TRUSTED_PROXIES.includes(normalizeAddress(address)),
      });
      s.once('error', reject);
    });
  } catch (error) {
    // Another process on the port (or no right to it): nothing of this one may go on running.
    watcher.close();
    summary.stop(log);
    sharedConversations?.stop();
    await revisions?.stop();
    await store.close();
    releaseDataFolder();
    throw new Error(`nara-guide cannot listen on ${config.HOST}:${config.PORT}: ${(error as Error).message}`, { cause: error });
  }
  // Only a server that listens sends handoffs and deletes old rows.
  const stopRetention = startRetention({ store, days: config.RETENTION_DAYS, log });
  outbox.start();
  const stopHeartbeat = startHeartbeat(wss, { intervalMs: config.HEARTBEAT_INTERVAL_MS, log });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
  log.info('server.listening', { url, demo: `${url}/`, ready: engine.ready, tenants: [...(engine.knowledge?.tenants.keys() ?? [])] });

  let closing: Promise<void> | undefined;
  const close = async () => {
    draining = true;
    log.info('server.draining', { inFlight: inFlight.size, sockets: wss.clients.size, delayMs: config.DRAIN_DELAY_MS });
    if (config.DRAIN_DELAY_MS > 0) await sleep(config.DRAIN_DELAY_MS);
    watcher.close();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const finished = await inFlight.idle(config.DRAIN_TIMEOUT_MS);
    if (!finished) log.warn('server.drain_timeout', { inFlight: inFlight.size });
    stopHeartbeat();
    runDueNow(); // the last replies go out before the close frames
    for (const client of wss.clients) client.close(closeCodes.goingAway, 'server shutting down');
    if ('closeIdleConnections' in server) server.closeIdleConnections();
    const cut = setTimeout(() => {
      for (const client of wss.clients) client.terminate();
      if ('closeAllConnections' in server) server.closeAllConnections();
    }, CLOSE_GRACE_MS);
    cut.unref();
    await closed;
    clearTimeout(cut);
    stopRetention();
    await outbox.stop();
    await recorder.flush();
    summary.stop(log);
    sharedConversations?.stop();
    await revisions?.stop();
    await store.close();
    releaseDataFolder();
    log.info('server.closed', {});
  };

  return {
    url, port, engine, watcher, store, outbox,
    get sockets() { return wss.clients.size; },
    close: () => (closing ??= close()),
  };
};
