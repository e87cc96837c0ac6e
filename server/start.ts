import { serve, type ServerType } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { configSchema, type Config } from './config';
import { Engine } from './engine/engine';
import { KnowledgeWatcher } from './knowledge/watch-knowledge';
import { createLogger, type Logger } from './log/logger';

export type StartOptions = {
  /** 0 picks a free port. Defaults to the environment's PORT, else 8787. */
  port?: number;
  host?: string;
  knowledgeDir?: string;
  widgetDir?: string;
  /** No logs (tests). */
  quiet?: boolean;
  /** Settings over the environment's. */
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
  /** Stops accepting, closes sockets with 1001 (going away) so widgets reconnect elsewhere, and resolves when closed. */
  close(): Promise<void>;
};

/** Loads the knowledge, then serves HTTP and WebSockets. Used by main.ts, the tests, the eval and the benchmarks. */
export const startServer = async (options: StartOptions = {}): Promise<RunningServer> => {
  const config = configSchema.parse({
    ...process.env,
    ...options.config,
    ...(options.port !== undefined ? { PORT: options.port } : {}),
    ...(options.host ? { HOST: options.host } : {}),
    ...(options.knowledgeDir ? { KNOWLEDGE_DIR: options.knowledgeDir } : {}),
    ...(options.widgetDir ? { WIDGET_DIR: options.widgetDir } : {}),
  });
  const log = options.log ?? createLogger({ level: options.quiet ? 'silent' : config.LOG_LEVEL });
  const engine = new Engine();
  const watcher = new KnowledgeWatcher({ root: config.KNOWLEDGE_DIR, apply: (k) => engine.load(k), log });
  await watcher.reload();
  if (options.watch !== false) watcher.start();

  let draining = false;
  const app = createApp({ engine, config, log, knowledgeStatus: () => watcher.status, draining: () => draining });
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.MAX_FRAME_BYTES, perMessageDeflate: false });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST, websocket: { server: wss } }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
  log.info('server.listening', { url, ready: engine.ready });

  return {
    url, port, engine, watcher,
    close: () => new Promise<void>((resolve) => {
      draining = true;
      watcher.close();
      for (const client of wss.clients) client.close(1001, 'server shutting down');
      server.close(() => resolve());
      // Sockets that do not answer the close handshake are cut after a grace period.
      setTimeout(() => {
        for (const client of wss.clients) client.terminate();
        if ('closeAllConnections' in server) server.closeAllConnections();
      }, 2000).unref();
      if ('closeIdleConnections' in server) server.closeIdleConnections();
    }),
  };
};
