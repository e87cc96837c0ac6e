import { createHash } from 'node:crypto';
import { html, raw } from 'hono/html';
import type { LoggedIn } from '../editors/editor-sessions';
import type { AppEnv } from '../http/app-env';

/** The editors' routes' context: the organisation being edited, and the editor when logged in with a session. */
export type AdminEnv = { Bindings: AppEnv['Bindings']; Variables: AppEnv['Variables'] & { adminTenant: string; editor?: LoggedIn } };

// The editors' pages' shell: one stylesheet, named by its hash in the CSP; no scripts at all.
const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}small{color:#555}pre{background:#f4f4f4;padding:1rem;overflow:auto}
form{margin:1rem 0}input[type=text],input[type=password]{width:70%;padding:.4rem;font:inherit}button{padding:.4rem 1rem;font:inherit}
label{display:block;margin-top:.75rem}.error{color:#a0001c;font-weight:600}header.who{display:flex;gap:1rem;align-items:center;justify-content:flex-end}header.who form{margin:0}
textarea{width:100%;padding:.4rem;font:inherit}pre.diff{white-space:pre-wrap}ins{background:#d7f5dd;text-decoration:none}del{background:#fbdada}
.notice{border-left:4px solid #1a6b35;padding:.25rem .75rem}ul.notes{margin:.25rem 0;padding-left:1.25rem}.hint{color:#4d4d4d;font-size:.9rem;margin:.1rem 0}nav.admin a{margin-right:1rem}`;
// Nothing inline but this one stylesheet, named by its hash; no scripts at all.
export const CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;


/** An editors' page: Swedish, one stylesheet, nothing else. */
export const page = (title: string, body: unknown) => html`<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title><style>${raw(STYLE)}</style></head><body>${body}</body></html>`;
