// Helpers for the page-level widget tests: host sites on their own loopback origin, axe in the page,
// the focus inside shadow roots, and everything a page reports that a test should fail on.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type Route = { body: string; type?: string; headers?: Record<string, string> };

/** A tiny web server on 127.0.0.1 standing in for a municipality's site (an origin other than the guide's). */
export const hostSite = async (routes: Record<string, Route | ((req: IncomingMessage) => Route)>) => {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/favicon.ico') return res.writeHead(204).end(); // the browser asks; a site has one
    const found = routes[path];
    if (!found) return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    const route = typeof found === 'function' ? found(req) : found;
    res.writeHead(200, { 'Content-Type': route.type ?? 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...route.headers }).end(route.body);
  });
  return listen(server);
};

/**
 * A proxy to the guide's server that passes HTTP through and refuses every WebSocket upgrade, like a
 * corporate proxy or a firewall that does not speak WebSocket: the widget must fall back to HTTP.
 */
export const proxyWithoutWebSockets = async (target: string) => {
  const { hostname, port } = new URL(target);
  let upgrades = 0;
  const server = createServer((req, res) => {
    const forward = request({ host: hostname, port, path: req.url, method: req.method, headers: req.headers }, (upstream) => {
      res.writeHead(upstream.statusCode ?? 502, upstream.headers);
      upstream.pipe(res);
    });
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  server.on('upgrade', (_req, socket) => {
    upgrades++;
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });
  return Object.assign(await listen(server), { upgrades: () => upgrades });
};

const listen = (server: Server) =>
  new Promise<{ url: string; origin: string; close(): Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({
        url,
        origin: url,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        }),
      });
    });
  });

/** An ordinary page of a site, with the widget's one script tag. */
export const sitePage = ({ title = 'Kommunens webbplats', guide, tenant = 'strangnas', head = '', body = '', attributes = '' }: {
  title?: string; guide: string; tenant?: string; head?: string; body?: string; attributes?: string;
}) => `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head>
<body>
<header><a href="/">Startsida</a> <a href="/other.html">Annan sida</a></header>
<main><h1>${title}</h1><p id="probe">Sidans egen text.</p><button id="own-button" type="button">Sidans knapp</button>${body}</main>
<script type="module" src="${guide}/widget.js" data-tenant="${tenant}"${attributes}></script>
</body>
</html>`;

/** Collects what a page reports that should never happen: uncaught errors, console errors, CSP violations, failed requests. */
export const watchPage = (page: Page) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (req) => {
    // A socket closed by the test's own server restart is not a page problem.
    if (!req.url().startsWith('ws')) problems.push(`requestfailed: ${req.url()} ${req.failure()?.errorText}`);
  });
  const requests: { url: string; type: string; method: string }[] = [];
  page.on('request', (req) => requests.push({ url: req.url(), type: req.resourceType(), method: req.method() }));
  return { problems, requests };
};

type AxeViolation = { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] };

/** axe-core's WCAG 2.1 A/AA rules on the whole page (open shadow roots included); the readable violations. */
export const axeViolations = async (page: Page, rules?: string[]): Promise<string[]> => {
  // DevTools evaluation is not subject to the page's CSP, so axe runs on strict pages too.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(
    (only) => (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: unknown[] }> } }).axe
      .run(document, { runOnly: only ? { type: 'rule', values: only } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then((r) => r.violations),
    rules ?? null,
  )) as AxeViolation[];
  return violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => [n.target, n.failureSummary]))}`);
};

/** The focused element, through shadow roots: `nara-guide > [part=launcher]`, `#own-button`, … */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const describe = (el: Element) => el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : el.id ? `#${el.id}` : el.tagName.toLowerCase();
    let el = document.activeElement;
    const path: string[] = [];
    while (el) {
      if (el.localName !== 'nara-guide-panel') path.push(describe(el)); // the panel is inside the guide: one place to a visitor
      el = el.shadowRoot?.activeElement ?? null;
    }
    return path.join(' > ');
  });

/** The text of the widget's conversation log. */
export const logText = (page: Page) =>
  page.$eval('nara-guide >>> [role="log"]', (el) => (el as HTMLElement).innerText).catch(() => '');

/** Waits until the widget shows `count` replies (guide messages with a kind). */
export const waitForReplies = (page: Page, count: number, timeout = 15_000) =>
  page.waitForFunction(
    (n) => (document.querySelector('nara-guide')?.shadowRoot?.querySelector('nara-guide-panel')?.shadowRoot?.querySelectorAll('[part~="message-guide"][data-kind]').length ?? 0) >= n,
    { timeout },
    count,
  );
