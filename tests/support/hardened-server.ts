import WebSocket, { type ClientOptions } from 'ws';
import type { Config } from '../../server/config';
import { createLogger } from '../../server/log/logger';
import { startServer, type RunningServer } from '../../server/start';

/**
 * A real server for the limit, fuzz and flood tests, with its log lines kept for inspection. It trusts
 * 127.0.0.1 as a proxy, so each test can speak as its own visitor address through X-Forwarded-For.
 */
export const startHardened = async (config: Partial<Config> = {}, host = '127.0.0.1') => {
  const logs: string[] = [];
  const server: RunningServer = await startServer({
    port: 0, host, watch: false,
    log: createLogger({ level: 'debug', write: (line) => logs.push(line) }),
    config: { TRUSTED_PROXIES: ['127.0.0.1'], ...config },
  });
  const base = `http://127.0.0.1:${server.port}`;
  const wsBase = base.replace(/^http/, 'ws');
  let visitor = 0;
  return {
    server, logs, base, wsBase,
    /** A fresh visitor address (TEST-NET-3), so tests do not share limits. */
    newAddress: () => `203.0.113.${++visitor % 250}`,
    events: () => logs.map((line) => JSON.parse(line) as { event: string; level: string; [key: string]: unknown }),
    ask: (address: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${base}/api/v1/ask`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
  };
};

export type Frame = { type: string; id?: string; error?: { code: string; message: string }; [key: string]: unknown };

/** A `ws` client as one visitor address, collecting frames; `next()` waits for the next one. */
export const openSocket = async (url: string, address?: string, options: ClientOptions & { headers?: Record<string, string> } = {}) => {
  const ws = new WebSocket(url, { ...options, headers: { ...(address ? { 'X-Forwarded-For': address } : {}), ...options.headers } });
  const frames: Frame[] = [];
  const waiters: ((frame: Frame) => void)[] = [];
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as Frame;
    const waiter = waiters.shift();
    if (waiter) waiter(frame);
    else frames.push(frame);
  });
  ws.on('error', () => {}); // a refused or cut socket is what these tests expect; `closed` reports it
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => { body += chunk; });
      res.on('end', () => reject(Object.assign(new Error(`HTTP ${res.statusCode}`), { status: res.statusCode, headers: res.headers, body })));
    });
    ws.once('error', reject);
  });
  const next = (timeoutMs = 5000): Promise<Frame> =>
    frames.length
      ? Promise.resolve(frames.shift()!)
      : new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('no frame within timeout')), timeoutMs);
          waiters.push((f) => { clearTimeout(timer); resolve(f); });
        });
  return { ws, next, frames, closed, send: (frame: unknown) => ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame)) };
};

/** The refusal of an upgrade: status, headers and the parsed JSON body. */
export const refusedUpgrade = async (url: string, address?: string, headers: Record<string, string> = {}) => {
  try {
    const socket = await openSocket(url, address, { headers });
    socket.ws.close();
    return { status: 101, headers: {}, body: undefined as unknown };
  } catch (error) {
    const e = error as { status?: number; headers?: Record<string, string>; body?: string };
    if (e.status === undefined) throw error;
    return { status: e.status, headers: e.headers ?? {}, body: e.body ? JSON.parse(e.body) : undefined };
  }
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
