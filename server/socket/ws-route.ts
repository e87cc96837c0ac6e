import { Hono } from 'hono';
import { upgradeWebSocket } from '@hono/node-server';
import type { AppDeps, AppEnv } from '../http/app-env';
import { errorBody } from '../protocol';
import { SocketSession } from './socket-session';

const CONVERSATION_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** GET /ws?tenant=ID[&conversationId=…]: the tenant is checked before the upgrade, so an unknown one gets 404 and no socket. */
export const wsRoutes = ({ engine, log, draining }: AppDeps) =>
  new Hono<AppEnv>().get(
    '/ws',
    async (c, next) => {
      const tenant = c.req.query('tenant') ?? '';
      if (draining?.()) return c.json(errorBody('not_ready', 'The server is shutting down; reconnect in a moment.'), 503);
      if (!engine.tenant(tenant)) return c.json(errorBody('unknown_tenant', `No tenant "${tenant}".`), 404);
      const conversationId = c.req.query('conversationId');
      if (conversationId !== undefined && !CONVERSATION_ID.test(conversationId)) {
        return c.json(errorBody('invalid_body', 'conversationId: must be an id from an earlier reply'), 400);
      }
      if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
        return c.json(errorBody('invalid_body', 'This endpoint speaks WebSocket: send an Upgrade request.'), 426);
      }
      await next();
    },
    upgradeWebSocket((c) => {
      const tenant = c.req.query('tenant')!;
      const connectionLog = log.child({ connection: crypto.randomUUID().slice(0, 8) });
      let session: SocketSession | undefined;
      return {
        onOpen(_event, ws) {
          session = new SocketSession({
            socket: { send: (d) => ws.send(d), close: (code, reason) => ws.close(code, reason), get readyState() { return ws.readyState; } },
            engine, tenant, conversationId: c.req.query('conversationId'), log: connectionLog,
          });
          session.open();
          connectionLog.debug('socket.open', { tenant });
        },
        onMessage(event) {
          try {
            session?.receive(event.data, typeof event.data !== 'string');
          } catch (error) {
            connectionLog.error('socket.message_failed', { error });
          }
        },
        onClose(event) {
          connectionLog.debug('socket.close', { code: event.code });
        },
      };
    }, { onError: (error) => log.error('socket.error', { error }) }),
  );
