import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startServer, type RunningServer } from '../../server/start';
import { launchChromium } from '../support/chromium';
import { focused, hostSite, logText, sitePage, waitForReplies, watchPage } from './helpers';

// The widget on municipalities' pages: its own origin, served by the real server, embedded cross-origin
// by one script tag in pages from another loopback origin, some of them hostile, some strict.

/** Runs on the host page before the widget (a deferred classic script before the module): what the page was. */
const HOST_JS = `
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
const probe = document.getElementById('probe');
const style = (el) => { const s = getComputedStyle(el); return [s.fontSize, s.color, s.letterSpacing, s.fontStyle, s.display, s.margin].join(' '); };
window.__snapshot = () => ({
  sheets: document.styleSheets.length,
  adopted: document.adoptedStyleSheets.length,
  styleElements: document.querySelectorAll('style').length,
  bodyChildren: [...document.body.children].filter((el) => el.localName !== 'nara-guide').length,
  guides: document.querySelectorAll('nara-guide').length,
  htmlAttributes: document.documentElement.getAttributeNames().join(),
  bodyAttributes: document.body.getAttributeNames().join(),
  probe: style(probe),
  button: style(document.getElementById('own-button')),
});
window.__before = window.__snapshot();
`;
const AFTER_JS = 'window.__hostAlive = true;';

/** CSS a real site might have, at its worst: global resets and rules on every element, the guide's host included. */
const HOSTILE_CSS = `
html { font-size: 10px; }
* {
  letter-spacing: 3px !important; word-spacing: 12px !important; text-transform: uppercase !important;
  font-style: italic !important; font-weight: 100 !important; line-height: 0.7 !important; text-indent: 40px !important;
  white-space: nowrap !important; color: red !important; -webkit-text-fill-color: red !important;
  text-shadow: 0 0 3px lime !important; cursor: none !important; direction: rtl; box-sizing: content-box !important;
  font-family: "Comic Sans MS", cursive !important; text-align: right !important; visibility: visible;
}
body > * {
  position: relative !important; z-index: 1 !important; opacity: 0.4 !important; transform: translateZ(0) !important;
  filter: grayscale(1) !important; overflow: hidden !important; contain: paint !important; zoom: 0.8;
  width: 50px !important; height: 20px !important; display: block !important; margin: 0 !important;
}
body > main, body > header { width: auto !important; height: auto !important; }
button, div, p, span, ul, li, a, form, textarea, h2, header, input, svg { all: unset !important; display: none !important; }
.cookie-bar { position: fixed !important; right: 0; bottom: 0; width: 100vw !important; height: 6rem !important; z-index: 999999 !important; background: #333; display: block !important; }
`;

describe('the widget on host pages', () => {
  let guide: RunningServer;
  let site: Awaited<ReturnType<typeof hostSite>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    guide = await startServer({ port: 0, quiet: true, watch: false });
    const wsOrigin = guide.url.replace(/^http/, 'ws');
    const strictCsp = [
      "default-src 'none'", `script-src 'self' ${guide.url}`, "style-src 'self'", `connect-src 'self' ${guide.url} ${wsOrigin}`,
      "img-src 'self'", "font-src 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'",
      "require-trusted-types-for 'script'", 'trusted-types lit-html',
    ].join('; ');
    const head = '<script defer src="/host.js"></script>';
    const after = '<script defer src="/after.js"></script>';
    site = await hostSite({
      '/host.js': { body: HOST_JS, type: 'text/javascript' },
      '/after.js': { body: AFTER_JS, type: 'text/javascript' },
      '/hostile.css': { body: HOSTILE_CSS, type: 'text/css' },
      '/page.html': { body: sitePage({ guide: guide.url, head, body: after }) },
      '/other.html': { body: sitePage({ title: 'En annan sida', guide: guide.url, head, body: after }) },
      '/hostile.html': {
        body: sitePage({ guide: guide.url, head: `<link rel="stylesheet" href="/hostile.css">${head}`, body: `<div class="cookie-bar">Kakor</div>${after}` }),
      },
      '/strict.html': { body: sitePage({ guide: guide.url, head, body: after }), headers: { 'Content-Security-Policy': strictCsp } },
      // A site whose CSP lets the guide's HTTP through but not its socket (no ws:/wss: in connect-src).
      '/no-socket.html': { body: sitePage({ guide: guide.url, head, body: after }), headers: { 'Content-Security-Policy': strictCsp.replace(` ${wsOrigin}`, '') } },
      '/unknown-tenant.html': { body: sitePage({ guide: guide.url, tenant: 'finns-inte', head, body: after }) },
      '/no-tenant.html': { body: sitePage({ guide: guide.url, tenant: '', head, body: after }).replace(' data-tenant=""', '') },
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.cleanup();
    await site?.close();
    await guide?.close();
  });

  const open = async (page: Page) => {
    const launcher = await page.waitForSelector('nara-guide >>> [part~="launcher"]');
    await launcher!.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('nara-guide')?.shadowRoot?.querySelector('nara-guide-panel')?.shadowRoot?.activeElement?.id === 'input');
  };
  const ask = async (page: Page, question: string, replies: number) => {
    await page.keyboard.type(question);
    await page.keyboard.press('Enter');
    await waitForReplies(page, replies);
  };
  const snapshots = (page: Page) => page.evaluate(() => {
    const w = window as unknown as { __before: unknown; __snapshot(): unknown; __hostAlive?: boolean; __violations: string[] };
    return { before: w.__before, after: w.__snapshot(), alive: w.__hostAlive, violations: w.__violations };
  });
  const onlyOwnOrigins = (requests: { url: string }[]) =>
    requests.filter((r) => ![site.origin, guide.url].includes(new URL(r.url).origin)).map((r) => r.url);

  it('host CSS cannot break it, and it cannot break the host', async () => {
    const page = await browser.newPage();
    const { problems, requests } = watchPage(page);
    await page.goto(`${site.url}/hostile.html`, { waitUntil: 'load' });
    const launcher = await page.waitForSelector('nara-guide >>> [part~="launcher"]');
    const look = await launcher!.evaluate((b) => {
      const s = getComputedStyle(b);
      const r = b.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return {
        font: [s.fontSize, s.letterSpacing, s.wordSpacing, s.textTransform, s.fontStyle, s.textIndent, s.direction, s.cursor].join(' '),
        colours: [s.color, s.webkitTextFillColor, s.textShadow].join(' '),
        opacity: getComputedStyle(b.getRootNode() instanceof ShadowRoot ? (b.getRootNode() as ShadowRoot).host : b).opacity,
        box: [Math.round(innerWidth - r.right), Math.round(innerHeight - r.bottom), r.height >= 44],
        onTop: hit?.localName,
      };
    });
    expect(look).toEqual({
      font: '16px normal 0px none normal 0px ltr pointer',
      colours: 'rgb(255, 255, 255) rgb(255, 255, 255) none',
      opacity: '1',
      box: [16, 16, true],
      onTop: 'nara-guide',
    });

    await open(page);
    await ask(page, 'Vad är nära vård?', 1);
    const panel = await page.$eval('nara-guide >>> [part~="panel"]', (p) => {
      const r = p.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      const chip = p.querySelector('[part~="chip"]');
      return {
        inside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
        width: r.width,
        onTop: hit?.localName,
        chipWraps: chip ? getComputedStyle(chip).whiteSpace : 'no chip',
        input: getComputedStyle(p.querySelector('#input')!).display,
      };
    });
    expect(panel).toEqual({ inside: true, width: 384, onTop: 'nara-guide', chipWraps: 'normal', input: 'block' });
    expect(await logText(page)).toMatch(/personcentrerat|hälsofrämjande|förebyggande/i);

    // The host: no stylesheet, style element or attribute added; its own elements look as they did.
    const { before, after, alive } = await snapshots(page);
    expect(after).toEqual({ ...(before as object), guides: 1 });
    expect(alive).toBe(true);
    expect(onlyOwnOrigins(requests)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works under a strict CSP (script-src and connect-src of the guide, style-src \'self\', Trusted Types) with no violation', async () => {
    const page = await browser.newPage();
    const { problems, requests } = watchPage(page);
    await page.goto(`${site.url}/strict.html`, { waitUntil: 'load' });
    await open(page);
    await ask(page, 'Vad är nära vård?', 1);
    expect(await logText(page)).toMatch(/personcentrerat|hälsofrämjande|förebyggande/i);
    const inside = await page.$eval('nara-guide', (el) => {
      const panel = el.shadowRoot!.querySelector('nara-guide-panel')!;
      const roots = [el.shadowRoot!, panel.shadowRoot!];
      return {
        state: (panel as unknown as { connection: { state: string } }).connection.state,
        styleAttributes: roots.map((root) => root.querySelectorAll('[style]').length),
        styleElements: roots.map((root) => root.querySelectorAll('style').length),
        adopted: roots.map((root) => root.adoptedStyleSheets.length),
      };
    });
    // Constructable stylesheets only: the guide's and its theme, and the panel's own.
    expect(inside).toEqual({ state: 'open', styleAttributes: [0, 0], styleElements: [0, 0], adopted: [2, 1] });
    const { violations, alive } = await snapshots(page);
    expect(violations).toEqual([]);
    expect(alive).toBe(true);
    expect(onlyOwnOrigins(requests)).toEqual([]);
    expect(requests.filter((r) => r.type === 'font')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('answers over HTTP when the host\'s CSP blocks the socket (Chromium fires no close then) (issue 15.1)', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/no-socket.html`, { waitUntil: 'load' });
    await open(page);
    await ask(page, 'Vad är nära vård?', 1);
    expect(await logText(page)).toMatch(/personcentrerat|hälsofrämjande|förebyggande/i);
    const state = await page.$eval('nara-guide', (el) => (el as unknown as { panel: { connection: { state: string } } }).panel.connection.state);
    expect(state).toBe('http');
    const { violations } = await snapshots(page);
    expect(violations.every((v) => v.startsWith('connect-src ws'))).toBe(true);
    await page.close();
  });

  it('keeps the conversation across the site\'s pages in sessionStorage only, written once the visitor opens it', async () => {
    const page = await browser.newPage();
    const { problems, requests } = watchPage(page);
    await page.goto(`${site.url}/page.html`, { waitUntil: 'load' });
    await page.waitForSelector('nara-guide >>> [part~="launcher"]');
    await new Promise((r) => setTimeout(r, 300));
    const storage = () => page.evaluate(() => ({ session: { ...sessionStorage }, local: localStorage.length, cookie: document.cookie }));
    expect(await storage()).toEqual({ session: {}, local: 0, cookie: '' });

    await open(page);
    await ask(page, 'Vad är nära vård?', 1);
    const { session } = await storage();
    const conversationId = session['nara-guide:strangnas:conversation'];
    expect(conversationId).toMatch(/^[\w-]+$/);

    // The guide stays open beside the page; the visitor follows a link of the site.
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('a[href="/other.html"]')]);
    expect(await page.title()).toBe('En annan sida');
    await waitForReplies(page, 1);
    expect(await logText(page)).toContain('Vad är nära vård?');
    expect(await page.$eval('nara-guide', (el) => el.hasAttribute('open'))).toBe(true);
    expect(await focused(page)).toBe('body'); // reopened without taking the focus from the page
    await page.evaluate(() => {
      const w = window as unknown as { __replies: string[] };
      w.__replies = [];
      document.addEventListener('nara-reply', (e) => w.__replies.push((e as CustomEvent).detail.reply.conversationId));
    });
    await page.$eval('nara-guide >>> #input', (input) => (input as HTMLElement).focus());
    await ask(page, 'Vad är en fast vårdkontakt?', 2);
    expect(await page.evaluate(() => (window as unknown as { __replies: string[] }).__replies)).toEqual([conversationId]);
    const after = await storage();
    expect(after.session['nara-guide:strangnas:conversation']).toBe(conversationId);
    expect(Object.keys(after.session).sort()).toEqual(['nara-guide:strangnas:conversation', 'nara-guide:strangnas:transcript']);
    expect([after.local, after.cookie]).toEqual([0, '']);
    expect(await page.cookies(site.url, guide.url)).toEqual([]);
    expect(requests.filter((r) => r.type === 'font')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('never throws into the host page: an unknown tenant, a missing data-tenant, an unreachable guide', async () => {
    for (const path of ['/unknown-tenant.html', '/no-tenant.html']) {
      const page = await browser.newPage();
      const { problems } = watchPage(page);
      const warnings: string[] = [];
      page.on('console', (m) => m.type() === 'warn' && warnings.push(m.text()));
      await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      await page.waitForFunction(() => (window as unknown as { __hostAlive?: boolean }).__hostAlive === true);
      await new Promise((r) => setTimeout(r, 300));
      expect(await page.$$eval('nara-guide >>> [part~="launcher"]', (l) => l.length), path).toBe(0);
      expect(warnings.join('\n'), path).toMatch(/nara-guide: /);
      // The unknown tenant's 404 is the expected answer, not a page problem.
      expect(problems.filter((p) => !/404|Failed to load resource/.test(p)), path).toEqual([]);
      await page.close();
    }

    const page = await browser.newPage();
    const { problems } = watchPage(page);
    await page.setRequestInterception(true);
    page.on('request', (req) => (req.url().includes('/api/v1/') ? req.abort('connectionrefused') : req.continue()));
    await page.goto(`${site.url}/page.html`, { waitUntil: 'load' });
    await open(page);
    expect(await logText(page)).toContain('Guiden kan inte nås just nu.');
    expect(await page.$eval('nara-guide >>> [part~="panel"]', (p) => (p as HTMLElement).innerText)).toContain('Vid fara för liv: ring 112');
    expect(problems.filter((p) => !/requestfailed|ERR_CONNECTION_REFUSED|Failed to load resource/.test(p))).toEqual([]);
    await page.close();
  });
});
