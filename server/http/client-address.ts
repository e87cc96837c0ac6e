import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

/** `::ffff:10.0.0.1` is 10.0.0.1: the same visitor whether the server listens on IPv4 or dual-stack. */
export const normalizeAddress = (address: string): string => {
  const trimmed = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
};

/**
 * The visitor's address for limits. It is the socket's peer, unless that peer is one of
 * `trustedProxies`: then X-Forwarded-For is read from the right, skipping our own proxies, and the
 * first address no proxy of ours added is the visitor's (the left part is the visitor's to forge).
 * Undefined when there is no socket (app.request in tests).
 *
 * @example clientAddress(request, ['10.0.0.5']) // '203.0.113.7' for a request from 10.0.0.5 with "X-Forwarded-For: 203.0.113.7"
 */
export const clientAddress = (incoming: IncomingMessage | undefined, trustedProxies: readonly string[] = []): string | undefined => {
  const peer = incoming?.socket?.remoteAddress;
  if (!peer) return undefined;
  let address = normalizeAddress(peer);
  if (!trustedProxies.length || !trustedProxies.includes(address)) return address;
  const header = incoming.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : header ?? '').split(',').map(normalizeAddress).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (isIP(hop) === 0) break; // garbage: keep the last address we could trust
    address = hop;
    if (!trustedProxies.includes(hop)) break;
  }
  return address;
};

/**
 * The key one address is limited under. An IPv6 visitor usually holds a whole /64, so limiting
 * single IPv6 addresses would let one visitor through as millions: they are grouped by /64.
 */
export const addressKey = (address: string): string => {
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  if (groups.length !== 8 || groups.some((g) => g.includes('.'))) return address; // embedded IPv4: rare; keep whole
  return `${groups.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
};
