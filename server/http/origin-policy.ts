import type { Context } from 'hono';
import type { AppEnv } from './app-env';
import { errorBody } from '../protocol';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
const LOOPBACK_ORIGIN = /^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/;

export const isLoopbackHost = (host: string): boolean => LOOPBACK_HOSTS.has(host.toLowerCase());

export type OriginPolicyOptions = {
  /** The address the server listens on: on a loopback address, any loopback page may embed the widget (development). */
  listenHost: string;
  /** A tenant's allowed embedding origins (tenant.yaml `origins`); undefined for an unknown tenant. */
  tenantOrigins: (tenant: string) => readonly string[] | undefined;
  /** Every tenant's origins together, for requests that name no tenant (CORS preflights, the tenant list). */
  allOrigins: () => Iterable<string>;
};

export type OriginPolicy = {
  /**
   * Whether a page at `origin` may use `tenant` (or, without a tenant, any tenant). A request with no
   * Origin header is allowed: browsers always send one with a cross-origin request or a WebSocket
   * upgrade, so only non-browser clients (curl, servers, scripts) omit it, and CORS does not concern them.
   */
  allows(origin: string | undefined, requestHost: string | undefined, tenant?: string): boolean;
  /** 403 with a JSON error when the request's Origin may not use `tenant`; undefined when it may. */
  refusal(c: Context<AppEnv>, tenant?: string): Response | undefined;
};

/** `https://www.Example.se/` and `https://www.example.se` are one origin; garbage is no origin. */
const canonical = (origin: string): string | undefined => {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Which web pages may embed the guide: a tenant's own `origins`, and the server's own origin (the
 * demo). When the server listens on a loopback address, any http://localhost:*, http://127.0.0.1:*
 * or http://[::1]:* page too (development and the browser tests); on a public address never.
 */
export const originPolicy = ({ listenHost, tenantOrigins, allOrigins }: OriginPolicyOptions): OriginPolicy => {
  const development = isLoopbackHost(listenHost);
  const listed = (origins: Iterable<string>, wanted: string) => {
    for (const o of origins) if (canonical(o) === wanted) return true;
    return false;
  };
  const allows = (origin: string | undefined, requestHost: string | undefined, tenant?: string): boolean => {
    if (origin === undefined) return true;
    const wanted = canonical(origin);
    if (!wanted) return false; // "null" (sandboxed frames, file:) and garbage
    if (requestHost && new URL(wanted).host === requestHost.toLowerCase()) return true; // the server's own pages
    if (development && LOOPBACK_ORIGIN.test(wanted)) return true;
    return listed(tenant === undefined ? allOrigins() : tenantOrigins(tenant) ?? [], wanted);
  };
  return {
    allows,
    refusal(c, tenant) {
      const origin = c.req.header('origin');
      if (allows(origin, c.req.header('host'), tenant)) return undefined;
      c.get('log').warn('origin.refused', { origin, tenant, path: c.req.path });
      return c.json(errorBody('origin_not_allowed', `Pages on ${origin} may not use ${tenant ? `tenant "${tenant}"` : 'this guide'}.`), 403);
    },
  };
};
