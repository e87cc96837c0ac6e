import type { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../log/logger';

export type HeartbeatOptions = {
  /** Milliseconds between pings; a socket that has not answered the previous one by the next is cut. */
  intervalMs: number;
  log: Logger;
};

const alive = new WeakMap<WebSocket, boolean>();

/**
 * Pings every socket of `wss` each interval and terminates those that did not answer the last ping:
 * a visitor whose laptop slept or whose network vanished stops holding a slot within two intervals.
 * Returns a function that stops it.
 */
export const startHeartbeat = (wss: WebSocketServer, { intervalMs, log }: HeartbeatOptions): (() => void) => {
  if (intervalMs <= 0) return () => {};
  const onConnection = (ws: WebSocket) => {
    alive.set(ws, true);
    ws.on('pong', () => alive.set(ws, true));
  };
  wss.on('connection', onConnection);
  const timer = setInterval(() => {
    for (const ws of wss.clients) {
      try {
        if (alive.get(ws) === false) {
          log.debug('socket.dead_peer', { after: intervalMs }); // the session then logs its close (1006) with its connection id
          ws.terminate();
          continue;
        }
        alive.set(ws, false);
        ws.ping();
      } catch (error) {
        log.error('socket.heartbeat_failed', { error });
      }
    }
  }, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    wss.off('connection', onConnection);
  };
};
