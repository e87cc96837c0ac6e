import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/start';
import { launchChromium } from '../support/chromium';

// The whole path: the real server, the built /widget.js, the demo page in real Chromium.
describe('demo page end to end', () => {
  let server: RunningServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    server = await startServer({ port: 0, quiet: true, watch: false });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.cleanup();
    await server?.close();
  });

  it('opens the widget, asks a question and shows the answer from the knowledge base', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
    await page.goto(`${server.url}/?tenant=varmland`, { waitUntil: 'load' });

    const launcher = await page.waitForSelector('nara-guide >>> button[aria-controls]');
    expect(await launcher!.evaluate((b) => b.getAttribute('aria-expanded'))).toBe('false');
    await launcher!.click();
    const field = await page.waitForSelector('nara-guide >>> textarea', { visible: true });
    expect(await field!.evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);

    await page.keyboard.type('Vad är nära vård?');
    await page.keyboard.press('Enter');
    const log = await page.waitForSelector('nara-guide >>> [role="log"]');
    await page.waitForFunction(
      (el) => /personcentrerat|hälsofrämjande|förebyggande/i.test((el as HTMLElement).innerText),
      { timeout: 10_000 }, log,
    );
    const text = await log!.evaluate((el) => (el as HTMLElement).innerText);
    expect(text).toContain('Vad är nära vård?');
    const sourceLinks = await page.$$eval('nara-guide >>> [role="log"] a[href^="https://"]', (as) => as.length);
    expect(sourceLinks).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
