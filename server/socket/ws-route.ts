import { Hono } from 'hono';
import { upgradeWebSocket } from '@hono/node-server';
import type { WebSocket } from 'ws';
import type { AppEnv, AppServices } from '../http/app-env';
import { addressKey } from '../http/client-address';
import { errorBody } from '../protocol';
import { refuseUpgrade } from './refuse-upgrade';
import { SocketSession } from './socket-session';

const CONVERSATION_ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * GET /ws?tenant=ID[&conversationId=…]. Everything is checked before the upgrade, so a refused
 * visitor never gets a socket: 503 while draining, 404 for an unknown tenant, 403 for a page the
 * tenant does not list (a missing Origin is allowed: only non-browser clients omit it), 429 when the
 * address already holds MAX_CONNECTIONS_PER_ADDRESS sockets.
 */
export const wsRoutes = ({ engine, log, draining, config, origins, addressLimiter, connections, inFlight, recorder, answers }: AppServices) =>
  new Hono<AppEnv>().get(
    '/ws',
    async (c, next) => {
      const tenant = c.req.query('tenant') ?? '';
      if (draining?.()) return refuseUpgrade(c, 503, 'not_ready', 'The server is shutting down; reconnect in a moment.', { 'Retry-After': '1' });
      if (!engine.tenant(tenant)) return refuseUpgrade(c, 404, 'unknown_tenant', `No tenant "${tenant}".`);
      const conversationId = c.req.query('conversationId');
      if (conversationId !== undefined && !CONVERSATION_ID.test(conversationId)) {
        return refuseUpgrade(c, 400, 'invalid_body', 'conversationId: must be an id from an earlier reply');
      }
      if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
        return c.json(errorBody('invalid_body', 'This endpoint speaks WebSocket: send an Upgrade request.'), 426);
      }
      const origin = c.req.header('origin');
      if (!origins.allows(origin, c.req.header('host'), tenant)) {
        c.get('log').warn('origin.refused', { origin, tenant, path: c.req.path });
        return refuseUpgrade(c, 403, 'origin_not_allowed', `Pages on ${origin} may not use tenant "${tenant}".`);
      }
      const address = c.get('clientAddress');
      const socket = c.env?.incoming?.socket;
      if (address && socket) {
        const release = connections.open(addressKey(address));
        if (!release) {
          c.get('log').warn('socket.too_many', { max: config.MAX_CONNECTIONS_PER_ADDRESS });
          return refuseUpgrade(c, 429, 'too_many_connections', `At most ${config.MAX_CONNECTIONS_PER_ADDRESS} connections from one address.`, { 'Retry-After': '30' });
        }
        // The TCP connection's end, however it comes, gives the slot back: no count can leak.
        socket.once('close', release);
      }
      await next();
    },
    upgradeWebSocket((c) => {
      const tenant = c.req.query('tenant')!;
      const connectionLog = c.get('log').child({ connection: crypto.randomUUID().slice(0, 8) });
      const address = c.get('clientAddress');
      let session: SocketSession | undefined;
      let openedAt = 0;
      return {
        onOpen(_event, ws) {
          openedAt = Date.now();
          const socket = ws.raw as unknown as WebSocket;
          session = new SocketSession({
            socket,
            answers, tenant, conversationId: c.req.query('conversationId'), log: connectionLog, inFlight, recorder,
            limits: {
              framesPerMinute: config.RATE_LIMIT_PER_MIN,
              addressLimiter,
              addressKey: address ? addressKey(address) : 'unknown',
              idleTimeoutMs: config.IDLE_TIMEOUT_MS,
              maxBufferedBytes: config.MAX_BUFFERED_BYTES,
            },
          });
          connectionLog.info('socket.open', { tenant, resumed: c.req.query('conversationId') !== undefined });
          session.open();
          // Frames straight from ws, not through the adapter's onMessage, which builds a web MessageEvent
          // and copies the buffer for every frame: a fifth of the server's time under load.
          const opened = session;
          socket.on('message', (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
            // receive() answers its own errors; this catch is for a bug in it, so one socket never takes others down.
            try {
              opened.receive(isBinary ? data : data.toString(), isBinary);
            } catch (error) {
              connectionLog.error('socket.message_failed', { error });
            }
          });
        },
        onClose(event) {
          session?.closed();
          connectionLog.info('socket.close', { code: event.code, seconds: Math.round((Date.now() - openedAt) / 1000), ...session?.stats });
        },
        onError(event) {
          connectionLog.warn('socket.error', { error: (event as ErrorEvent).error ?? String(event) });
        },
      };
    }, { onError: (error) => log.error('socket.handler_failed', { error }) }),
  );
