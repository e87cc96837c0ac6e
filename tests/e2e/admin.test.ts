import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/editors/password';
import { startServer, type RunningServer } from '../../server/start';
import { SqliteStore } from '../../server/store/sqlite-store';
import { launchChromium } from '../support/chromium';
import type { Page } from 'puppeteer-core';
import { axeViolations, logText, waitForReplies } from './helpers';

// The editors' pages in real Chromium: logged in by typing, as an editor does, and checked by axe (WCAG 2.1 AA).
describe('the editors\' pages', () => {
  const PASSWORD = 'ett långt lösenord för redaktören';
  let knowledgeDir: string;
  let dataDir: string;
  let server: RunningServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    knowledgeDir = mkdtempSync(join(tmpdir(), 'nara-e2e-admin-kb-'));
    dataDir = mkdtempSync(join(tmpdir(), 'nara-e2e-admin-data-'));
    cpSync('knowledge', knowledgeDir, { recursive: true });
    const store = new SqliteStore({ dataDir });
    store.addEditor({ user: 'anna.svensson', tenant: 'strangnas', passwordHash: await hashPassword(PASSWORD), createdAt: Date.now() });
    store.close();
    server = await startServer({ port: 0, quiet: true, knowledgeDir, config: { DATA_DIR: dataDir } });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.cleanup();
    await server?.close();
    rmSync(knowledgeDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('log in by keyboard, then every page has no axe violation', async () => {
    // A question the guide cannot answer, so the overview shows what an editor can do with it.
    await fetch(`${server.url}/api/v1/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ tenant: 'strangnas', text: 'Finns det laddstolpar vid äldreboendet?' }) });
    const page = await browser.newPage();
    await page.goto(`${server.url}/admin`, { waitUntil: 'load' });
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    expect(await axeViolations(page)).toEqual([]);
    await page.focus('#user');
    await page.keyboard.type('anna.svensson');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe('/admin');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Guiden för Strängnäs kommun');
    expect(await page.$$eval('a', (links) => links.map((a) => a.textContent))).toContain('Ny post från frågan');
    for (const path of ['/admin', '/admin/entries', '/admin/entries/with-question?entry=kompetens-strangnas&question=Finns%20det%20laddstolpar%3F', '/admin/entries/kompetens-strangnas', '/admin/entries/new', '/admin/entries/kompetens-strangnas/history']) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      expect(await axeViolations(page), path).toEqual([]);
    }
    // A form sent back with a problem shows it where a screen reader announces it, and stays accessible.
    await page.goto(`${server.url}/admin/entries/kompetens-strangnas`, { waitUntil: 'load' });
    await page.$eval('#sourceUrl', (input) => ((input as HTMLInputElement).value = 'http://www.strangnas.se'));
    await Promise.all([page.waitForNavigation(), page.$eval('form[action="/admin/entries/kompetens-strangnas"]', (form) => (form as HTMLFormElement).submit())]);
    expect(await page.$eval('[role="alert"]', (a) => a.textContent)).toMatch(/ska börja med https:\/\//);
    expect(await axeViolations(page)).toEqual([]);
  });

  /** Asks the guide on the demo page, in a new tab and so a new conversation; the reply's text. */
  const askTheWidget = async (question: string) => {
    const visitor = await browser.newPage();
    try {
      await visitor.goto(`${server.url}/?tenant=strangnas`, { waitUntil: 'load' });
      const launcher = await visitor.waitForSelector('nara-guide >>> [part~="launcher"]');
      await launcher!.click();
      await visitor.waitForFunction(() => document.querySelector('nara-guide')?.shadowRoot?.querySelector('nara-guide-panel')?.shadowRoot?.activeElement?.id === 'input');
      await visitor.keyboard.type(question);
      await visitor.keyboard.press('Enter');
      await waitForReplies(visitor, 1);
      return await logText(visitor);
    } finally {
      await visitor.close();
    }
  };
  const QUESTION = 'Vilken utbildning får medarbetarna i Strängnäs kommun?';
  /** Submits a form on the page by its button's text, and waits for the next page. */
  const press = (page: Page, text: string) => Promise.all([
    page.waitForNavigation(),
    page.$$eval('button', (buttons, label) => (buttons as HTMLButtonElement[]).find((b) => b.textContent === label)!.click(), text),
  ]);

  it('an answer changed in the browser is previewed and tried, then saved reaches the widget, and so does its undoing', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/admin/entries/kompetens-strangnas`, { waitUntil: 'load' });
    expect(new URL(page.url()).pathname).toBe('/admin/entries/kompetens-strangnas'); // still logged in (same browser)
    await page.focus('#body');
    await page.keyboard.down('Control');
    await page.keyboard.press('End');
    await page.keyboard.up('Control');
    await page.keyboard.type('\n\nNytt från redaktören: kurser i samtal med anhöriga.');
    // Preview and try a question first: nothing is saved, the draft stays in the form.
    await page.focus('#trials');
    await page.keyboard.type(QUESTION);
    await press(page, 'Förhandsgranska och testa');
    expect(await page.$eval('section[aria-labelledby="preview-title"]', (s) => s.textContent)).toMatch(/kurser i samtal med anhöriga[\s\S]*Besvaras med den här posten/);
    expect(await axeViolations(page)).toEqual([]);
    expect(await askTheWidget(QUESTION)).not.toContain('kurser i samtal med anhöriga');
    await press(page, 'Spara och publicera');
    expect(await page.$eval('[role="status"]', (s) => s.textContent)).toContain('Sparat');
    // How soon it is served is measured over HTTP (tests/admin-entries.test.ts); here, that the widget shows it.
    await expect.poll(() => askTheWidget(QUESTION), { timeout: 10_000, interval: 100 }).toContain('kurser i samtal med anhöriga');

    await page.goto(`${server.url}/admin/entries/kompetens-strangnas/history`, { waitUntil: 'load' });
    expect(await axeViolations(page)).toEqual([]);
    const buttons = await page.$$('button');
    await Promise.all([page.waitForNavigation(), buttons.at(-1)!.click()]); // the oldest version
    await expect.poll(() => askTheWidget(QUESTION), { timeout: 10_000, interval: 100 }).not.toContain('kurser i samtal med anhöriga');
  });

  it('a question visitors asked that the guide could not answer becomes an entry the widget answers', async () => {
    const question = 'Finns det laddstolpar vid äldreboendet?';
    expect(await askTheWidget(question)).not.toContain('laddstolpar för besökare');
    const page = await browser.newPage();
    await page.goto(`${server.url}/admin`, { waitUntil: 'load' });
    const href = `/admin/entries/new?question=${encodeURIComponent(question)}`;
    await Promise.all([page.waitForNavigation(), page.$eval(`a[href="${href}"]`, (a) => (a as HTMLAnchorElement).click())]);
    expect(await page.$eval('#questions', (t) => (t as HTMLTextAreaElement).value)).toBe(question);
    const type = async (selector: string, text: string) => {
      await page.focus(selector);
      await page.keyboard.type(text);
    };
    await type('#id', 'laddstolpar-strangnas');
    await type('#questions', '\nKan besökare ladda elbilen vid äldreboendet?\nLaddstolpar äldreboende\nVar laddar jag bilen när jag hälsar på?');
    await type('#body', 'Vid äldreboendet finns laddstolpar för besökare (ett testsvar).\n\nKälla: [Strängnäs kommun – Nära vård](https://www.strangnas.se)');
    await type('#sourceTitle', 'Strängnäs kommun – Nära vård');
    await page.$eval('#sourceUrl', (input) => ((input as HTMLInputElement).value = ''));
    await type('#sourceUrl', 'https://www.strangnas.se');
    await press(page, 'Spara och publicera');
    expect(await page.$eval('[role="status"], [role="alert"]', (s) => s.textContent)).toContain('Sparat');
    await expect.poll(() => askTheWidget(question), { timeout: 10_000, interval: 100 }).toContain('laddstolpar för besökare');
  });
});
