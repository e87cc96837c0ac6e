import { readFileSync } from 'node:fs';
import type { Server, Socket } from 'node:net';
import type { Logger } from '../log/logger';
import { ConnectionLimit } from '../socket/connection-limit';

export type ConnectionGuardOptions = {
  /** Open TCP connections from one address (requests, half-open requests and sockets alike); 0 turns it off. */
  perAddress: number;
  /** Open TCP connections in all; 0 leaves only the descriptor limit's. */
  total: number;
  /** A trusted proxy carries many visitors on its connections: it is not held to one address's cap. */
  isTrustedProxy: (address: string) => boolean;
  log: Logger;
};

/** Descriptors kept for what the process opens itself (the database, the knowledge files, outgoing handoffs, logs). */
const RESERVED_DESCRIPTORS = 128;
/** A refusal is logged at most once a minute per address: a flood must not flood the log too. */
const LOG_EVERY_MS = 60_000;

/** The process's soft limit on open files (Linux: /proc/self/limits), or undefined where it cannot be read. */
export const openFileLimit = (): number | undefined => {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8').split('\n').find((l) => l.startsWith('Max open files'));
    const soft = Number(line?.split(/\s{2,}/)[1]);
    return Number.isFinite(soft) && soft > 0 ? soft : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Caps the TCP connections one address may hold open and the total, so slow or never-finished requests can
 * never use up the process's descriptors: the total stays below the open-file limit (with room for what the
 * server opens itself), and a connection over a cap is closed at once. Returns the total in force.
 */
export const guardConnections = (server: Server, { perAddress, total, isTrustedProxy, log }: ConnectionGuardOptions): number => {
  const limit = openFileLimit();
  const ceiling = limit ? Math.max(1, limit - RESERVED_DESCRIPTORS) : Infinity;
  const inForce = Math.min(total > 0 ? total : Infinity, ceiling);
  if (Number.isFinite(inForce)) server.maxConnections = inForce;
  const lastLogged = new Map<string, number>();
  const logOnce = (event: string, address: string, fields: Record<string, unknown>) => {
    const now = Date.now();
    if ((lastLogged.get(address) ?? 0) > now - LOG_EVERY_MS) return;
    if (lastLogged.size > 10_000) lastLogged.clear();
    lastLogged.set(address, now);
    log.warn(event, fields);
  };
  server.on('drop', (data?: { remoteAddress?: string }) => logOnce('connection.dropped', data?.remoteAddress ?? '', { reason: 'total', max: inForce }));
  const open = new ConnectionLimit(perAddress);
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    if (isTrustedProxy(address)) return;
    const release = open.open(address);
    if (!release) {
      socket.destroy();
      logOnce('connection.refused', address, { reason: 'per_address', max: perAddress });
      return;
    }
    socket.once('close', release);
  });
  return inForce;
};
