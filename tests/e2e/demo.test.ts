import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET, measureWidget } from '../../scripts/widget-size.mjs';
import { startServer, type RunningServer } from '../../server/start';
import { launchChromium } from '../support/chromium';
import { axeViolations, focused, logText, waitForReplies, watchPage } from './helpers';

// The whole path: the real server, the built /widget.js, the demo page (strict CSP) in real Chromium.
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

  it('by keyboard alone: opens the widget, asks, shows the answer and closes back to the launcher, with no axe violation and within the weight budget', async () => {
    const page = await browser.newPage();
    const { problems, requests } = watchPage(page);
    // Every JavaScript file the page loads, with its body, up to the first answer.
    const scripts = new Map<string, Promise<Buffer>>();
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
      if (response.request().resourceType() === 'script') scripts.set(response.url(), response.buffer());
    });
    await page.goto(`${server.url}/?tenant=varmland`, { waitUntil: 'load' });
    await page.waitForSelector('nara-guide >>> button[aria-controls]');
    const launcherScripts = [...scripts.keys()];
    expect(await axeViolations(page)).toEqual([]);
    // The panel is its own element, defined only when the visitor reaches for the launcher.
    const panelDefined = () => page.evaluate(() => customElements.get('nara-guide-panel') !== undefined);
    expect(await panelDefined()).toBe(false);

    // Tab through the page to the launcher: it is the last stop, after the page's own links and controls.
    let stops = 0;
    while (!(await focused(page)).endsWith('[part=launcher]')) {
      await page.keyboard.press('Tab');
      expect(++stops, 'the launcher was never reached by Tab').toBeLessThan(25);
    }
    expect(await page.$eval('nara-guide >>> [part="launcher"]', (b) => [b.tagName, b.getAttribute('aria-expanded')])).toEqual(['BUTTON', 'false']);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('nara-guide')?.shadowRoot?.querySelector('nara-guide-panel')?.shadowRoot?.activeElement?.id === 'input');
    expect(await focused(page)).toBe('nara-guide > [part=input]');
    expect(await panelDefined()).toBe(true);
    expect(await page.$eval('nara-guide >>> [part="launcher"]', (b) => b.getAttribute('aria-expanded'))).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.type('Vad är nära vård?');
    await page.keyboard.press('Enter');
    await waitForReplies(page, 1);
    const text = await logText(page);
    expect(text).toContain('Vad är nära vård?');
    expect(text).toMatch(/personcentrerat|hälsofrämjande|förebyggande/i);
    expect(await page.$$eval('nara-guide >>> [part~="sources"] a[href^="https://"]', (as) => as.length)).toBeGreaterThan(0);
    expect(await focused(page)).toBe('nara-guide > [part=input]');
    // The weight: every script loaded so far, each gzipped as its own response, Lit included.
    const bodies = await Promise.all([...scripts.values()]);
    const gzip = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
    expect(scripts.size).toBeGreaterThan(launcherScripts.length); // the panel came lazily, when the guide opened
    expect(gzip).toBeLessThanOrEqual(BUDGET);
    expect(gzip).toBe(measureWidget('dist/widget').firstAnswer.gzip);
    expect(await axeViolations(page)).toEqual([]);

    // Shift+Tab goes back through the panel; Escape closes from anywhere in it and returns to the launcher.
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect(await focused(page)).not.toBe('nara-guide > [part=input]');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('nara-guide')?.hasAttribute('open'));
    expect(await focused(page)).toBe('nara-guide > [part=launcher]');
    expect(await page.$eval('nara-guide >>> [part="launcher"]', (b) => b.getAttribute('aria-expanded'))).toBe('false');
    expect(await page.$eval('nara-guide >>> #panel', (p) => (p as HTMLElement).hidden)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // One origin only: the demo page is the guide's own; no fonts, nothing from a third party.
    expect(requests.filter((r) => new URL(r.url).origin !== server.url)).toEqual([]);
    expect(requests.filter((r) => r.type === 'font')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('has no axe violation in dark mode, with replies showing sources, suggestions and contact cards', async () => {
    const page = await browser.newPage();
    const { problems } = watchPage(page);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await page.goto(`${server.url}/?tenant=strangnas`, { waitUntil: 'load' });
    await (await page.waitForSelector('nara-guide >>> [part~="launcher"]'))!.click();
    await page.waitForSelector('nara-guide >>> #input', { visible: true });
    await page.keyboard.type('Vad är nära vård?');
    await page.keyboard.press('Enter');
    await waitForReplies(page, 1);
    expect(await page.$$eval('nara-guide >>> [part~="sources"] a', (as) => as.length)).toBeGreaterThan(0);
    expect(await page.$$eval('nara-guide >>> [part~="suggestions"] button', (bs) => bs.length)).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.type('Jag vill prata med en människa');
    await page.keyboard.press('Enter');
    await waitForReplies(page, 2);
    expect(await page.$$eval('nara-guide >>> [part~="contact"] a[href^="tel:"]', (as) => as.length)).toBeGreaterThan(0);
    expect(await page.$eval('nara-guide >>> [part~="panel"]', (p) => getComputedStyle(p).backgroundColor)).toBe('rgb(27, 30, 35)');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('at 320 CSS px nothing scrolls sideways, closed or open, and the open guide covers the page as a modal', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 320, height: 640 });
    await page.goto(`${server.url}/?tenant=norrbotten`, { waitUntil: 'load' });
    const launcher = await page.waitForSelector('nara-guide >>> [part~="launcher"]');
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await sideways()).toBe(0);
    const box = (await launcher!.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await launcher!.click();
    await page.waitForSelector('nara-guide >>> #input', { visible: true });
    await page.keyboard.type('Vad är nära vård?');
    await page.keyboard.press('Enter');
    await waitForReplies(page, 1);
    expect(await sideways()).toBe(0);
    const panel = await page.$eval('nara-guide >>> [part~="panel"]', (p) => {
      const r = p.getBoundingClientRect();
      return { box: [r.x, r.y, r.width, r.height], modal: p.getAttribute('aria-modal'), sideways: p.scrollWidth - p.clientWidth };
    });
    expect(panel).toEqual({ box: [0, 0, 320, 640], modal: 'true', sideways: 0 });
    expect(await page.$eval('main', (m) => (m as HTMLElement).inert)).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('main')?.inert);
    expect(await focused(page)).toBe('nara-guide > [part=launcher]');
    await page.close();
  });
});
