import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Hono's secure headers on every response, with a Content-Security-Policy that allows nothing: a
 * JSON answer or an error page needs no scripts, styles or frames. A route that serves something else
 * sets its own headers and they are kept (`overwrite: false`): the demo its CSP for the page, the
 * widget files `Cross-Origin-Resource-Policy: cross-origin` so other sites may load them.
 */
export const securityHeaders = (): MiddlewareHandler =>
  secureHeaders({
    overwrite: false,
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    xFrameOptions: 'DENY',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
  });
