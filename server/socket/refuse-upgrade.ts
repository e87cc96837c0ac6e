import { STATUS_CODES } from 'node:http';
import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import type { AppEnv } from '../http/app-env';
import { errorBody, type ErrorCode } from '../protocol';

/**
 * Refuses a WebSocket upgrade with `status` and a JSON error body. @hono/node-server answers a
 * refused upgrade with its status and an empty body, so the response is written to the raw socket
 * here. The adapter's own empty answer afterwards fails as a write after end, which its error
 * listener on the socket swallows; ours has gone out by then (the tests read it). Without a raw
 * upgrade socket (app.request in tests, a plain GET) it is an ordinary JSON response.
 */
export const refuseUpgrade = (c: Context<AppEnv>, status: 400 | 403 | 404 | 429 | 503, code: ErrorCode, message: string, headers: Record<string, string> = {}): Response => {
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  const response = c.json(errorBody(code, message), status);
  const env = c.env as Partial<HttpBindings> | undefined;
  // An upgrade arrives through the server's 'upgrade' event, with no response object: only then is the socket ours to write.
  const socket = env?.incoming && !env.outgoing ? env.incoming.socket : undefined;
  if (socket && !socket.destroyed && socket.writable) {
    const body = JSON.stringify(errorBody(code, message));
    const head = [
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
      'Connection: close',
      'Content-Type: application/json; charset=UTF-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ];
    socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
  }
  return response;
};
