import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startServer, type RunningServer } from '../../server/start';
import { launchChromium } from '../support/chromium';
import { hostSite, proxyWithoutWebSockets, sitePage, waitForReplies, watchPage } from './helpers';

// The widget when the network or the server misbehaves: real servers stopped and started again on the
// same port, and a proxy that refuses WebSockets. A host page on its own loopback origin embeds the widget.

/** Counts the questions a server's engine answers, whatever the route (socket or HTTP). */
const countAsks = (server: RunningServer) => {
  const asked: string[] = [];
  const ask = server.engine.ask.bind(server.engine);
  server.engine.ask = ((input: Parameters<typeof ask>[0]) => {
    asked.push(input.text);
    return ask(input);
  }) as typeof server.engine.ask;
  return asked;
};

/** Records the conversation id of every reply the widget shows (its `nara-reply` event). */
const recordReplies = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __replies: string[] };
    w.__replies = [];
    document.addEventListener('nara-reply', (e) => w.__replies.push((e as CustomEvent).detail.reply.conversationId));
  });
const replies = (page: Page) => page.evaluate(() => (window as unknown as { __replies: string[] }).__replies);

const status = (page: Page) => page.$eval('nara-guide >>> [role="status"]', (s) => s.textContent ?? '');
const visitorMessages = (page: Page) =>
  page.$$eval('nara-guide >>> [part~="message-visitor"]', (ms) => ms.map((m) => (m.textContent ?? '').replace(/^\s*Du skrev:\s*/, '').trim()));

const openAndAsk = async (page: Page, question: string, replyCount: number) => {
  const launcher = await page.waitForSelector('nara-guide >>> [part~="launcher"]');
  if ((await launcher!.evaluate((b) => b.getAttribute('aria-expanded'))) !== 'true') {
    await launcher!.click();
    await page.waitForFunction(() => document.querySelector('nara-guide')?.shadowRoot?.querySelector('nara-guide-panel')?.shadowRoot?.activeElement?.id === 'input');
  }
  await page.keyboard.type(question);
  await page.keyboard.press('Enter');
  if (replyCount) await waitForReplies(page, replyCount);
};

/** Console lines Chromium writes itself when a WebSocket cannot connect: expected here, not a page problem. */
const notSocketNoise = (problem: string) => !/WebSocket connection to .* failed|ERR_CONNECTION_REFUSED|Failed to load resource/.test(problem);

describe('resilience', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  const cleanups: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  afterAll(async () => {
    await browser?.cleanup();
  });

  it('reconnects after a server restart, resumes the conversation, and sends a question asked while down exactly once', { timeout: 60_000 }, async () => {
    let guide = await startServer({ port: 0, host: '127.0.0.1', quiet: true, watch: false });
    const port = guide.port;
    cleanups.push(() => guide.close());
    const site = await hostSite({ '/page.html': { body: sitePage({ guide: guide.url }) } });
    cleanups.push(() => site.close());
    const page = await browser.newPage();
    const { problems } = watchPage(page);
    await page.goto(`${site.url}/page.html`, { waitUntil: 'load' });
    await recordReplies(page);
    await openAndAsk(page, 'Vad är nära vård?', 1);
    const conversationId = await page.evaluate(() => sessionStorage.getItem('nara-guide:strangnas:conversation'));
    expect(conversationId).toBeTruthy();

    await guide.close(); // closes the socket with 1001 and stops listening
    await page.waitForFunction(
      () => /Anslutningen bröts/.test(document.querySelector('nara-guide')?.shadowRoot?.querySelector('nara-guide-panel')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? ''),
      { timeout: 5000 },
    );
    await openAndAsk(page, 'Vad är en fast vårdkontakt?', 0);
    expect(await visitorMessages(page)).toEqual(['Vad är nära vård?', 'Vad är en fast vårdkontakt?']);
    expect(await status(page)).toBe('Ingen anslutning. Din fråga skickas när anslutningen är tillbaka.');
    await new Promise((r) => setTimeout(r, 2000)); // down for a while: several reconnect attempts fail

    guide = await startServer({ port, host: '127.0.0.1', quiet: true, watch: false });
    const asked = countAsks(guide);
    await waitForReplies(page, 2, 40_000);
    await new Promise((r) => setTimeout(r, 500)); // a doubled send would arrive by now
    expect(asked).toEqual(['Vad är en fast vårdkontakt?']);
    expect(await visitorMessages(page)).toEqual(['Vad är nära vård?', 'Vad är en fast vårdkontakt?']);
    expect(await page.$$eval('nara-guide >>> [part~="message-guide"][data-kind]', (ms) => ms.length)).toBe(2);
    expect(await page.$$eval('nara-guide >>> [part~="message-error"]', (ms) => ms.length)).toBe(0);
    // The new server resumed the conversation under the id the widget kept.
    expect(await replies(page)).toEqual([conversationId, conversationId]);
    expect(await status(page)).toBe('');
    expect(problems.filter(notSocketNoise)).toEqual([]);
    await page.close();
  });

  it('falls back to the HTTP API when WebSockets cannot be opened, keeping the conversation and the feedback', { timeout: 30_000 }, async () => {
    const guide = await startServer({ port: 0, host: '127.0.0.1', quiet: true, watch: false });
    cleanups.push(() => guide.close());
    const asked = countAsks(guide);
    const proxy = await proxyWithoutWebSockets(guide.url);
    cleanups.push(() => proxy.close());
    const site = await hostSite({ '/page.html': { body: sitePage({ guide: proxy.url }) } });
    cleanups.push(() => site.close());
    const page = await browser.newPage();
    const { problems, requests } = watchPage(page);
    await page.goto(`${site.url}/page.html`, { waitUntil: 'load' });
    await recordReplies(page);
    await openAndAsk(page, 'Vad är nära vård?', 1);
    await openAndAsk(page, 'Vad är en fast vårdkontakt?', 2);
    expect(await page.$eval('nara-guide', (el) => (el as unknown as { panel: { connection: { state: string } } }).panel.connection.state)).toBe('http');
    expect(proxy.upgrades()).toBe(2); // two refused sockets, then HTTP for good
    const posts = requests.filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname);
    expect(posts).toEqual(['/api/v1/ask', '/api/v1/ask']);
    expect(asked).toEqual(['Vad är nära vård?', 'Vad är en fast vårdkontakt?']);
    const [first, second] = await replies(page);
    expect(first).toBeTruthy();
    expect(second).toBe(first);

    await page.$eval('nara-guide >>> [part~="message-guide"][data-kind]:last-of-type [id^="vote-up-"]', (b) => (b as HTMLElement).click());
    await page.waitForFunction(() => /Tack för din återkoppling!/.test(document.querySelector('nara-guide')?.shadowRoot?.querySelector('nara-guide-panel')?.shadowRoot?.querySelector('[role="log"]')?.textContent ?? ''));
    expect(requests.filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname).at(-1)).toBe('/api/v1/feedback');
    expect(problems.filter(notSocketNoise)).toEqual([]);
    await page.close();
  });
});
