import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../server/store/sqlite-store';
import { questionTerms } from '../server/report/question-terms';
import { PAGE_SIZE, type EditorsReport } from '../server/report/build-report';
import { startHardened } from './support/hardened-server';

// Issue 14.1: unanswered questions planted by a flood froze the server while the report grouped them.
const TOKEN = 'strangnas-token-0123456789';
const OTHER = 'varmland-token-0123456789';
const FLOOD = 100_000;
const dataDir = mkdtempSync(join(tmpdir(), 'nara-report-flood-'));
let running: Awaited<ReturnType<typeof startHardened>>;

beforeAll(async () => {
  const now = Date.now();
  const store = new SqliteStore({ dataDir });
  store.recordQuestions(Array.from({ length: FLOOD }, (_, i) => {
    const text = i % 10 === 0 ? 'Var kan jag parkera min båt?' : `Planterad fråga ${i} om sak${i % 997} och ting${i}`;
    // Half as an older server wrote them, without their terms.
    return { tenant: 'strangnas', at: now - (FLOOD - i), kind: 'fallback' as const, text, terms: i % 2 ? questionTerms(text) : null };
  }));
  // Another tenant's 120 kinds of question, for the pages.
  store.recordQuestions(Array.from({ length: 120 }, (_, i) => ({ tenant: 'varmland', at: now - i, kind: 'fallback' as const, text: `Fråga om ämne${i}` })));
  store.close();
  running = await startHardened({ DATA_DIR: dataDir, ADMIN_TOKENS: new Map([['strangnas', TOKEN], ['varmland', OTHER]]) });
}, 60_000);
afterAll(async () => {
  await running?.server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const basic = (user: string, password: string) => ({ Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${running.base}${path}`, { headers });

describe('the editors report over a flood of unanswered questions', () => {
  it('leaves the server answering while it is built, and groups every question', async () => {
    let reportDone = false;
    const report = get('/admin/report.json', basic('strangnas', TOKEN)).then(async (res) => {
      const body = (await res.json()) as EditorsReport;
      reportDone = true;
      return { status: res.status, body };
    });
    // Asked while the report is being built, over a real socket: answered before the report is done.
    const health = await get('/healthz');
    expect(health.status).toBe(200);
    const answer = await running.ask(running.newAddress(), { tenant: 'strangnas', text: 'Vad är nära vård?' });
    expect(answer.status).toBe(200);
    expect(reportDone).toBe(false);
    const { status, body } = await report;
    expect(status).toBe(200);
    expect(body.unanswered.total).toBe(FLOOD);
    expect(body.unanswered.groups).toHaveLength(PAGE_SIZE);
    expect(body.unanswered.groups[0]).toMatchObject({ count: FLOOD / 10, example: 'Var kan jag parkera min båt?' });
    expect(body.unanswered.pages).toBe(Math.ceil(body.unanswered.groupCount / PAGE_SIZE));
  }, 60_000);

  it('pages through the groups, and a page past the end shows the last', async () => {
    const headers = basic('varmland', OTHER);
    const page = async (n: number) => (await (await get(`/admin/report.json?page=${n}`, headers)).json()) as EditorsReport;
    const [first, second, third, beyond] = [await page(1), await page(2), await page(3), await page(99_999_999)];
    expect(first.unanswered).toMatchObject({ total: 120, groupCount: 120, page: 1, pages: 3 });
    expect(first.unanswered.groups[0]!.example).toBe('Fråga om ämne0'); // the most recent first among equals
    expect([first, second, third].map((p) => p.unanswered.groups.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 20]);
    expect(new Set([first, second, third].flatMap((p) => p.unanswered.groups.map((g) => g.example))).size).toBe(120);
    expect(beyond.unanswered.page).toBe(3);
    const html = await (await get('/admin?page=2', headers)).text();
    expect(html).toContain('Sida 2 av 3');
    expect(html).toContain('href="/admin?days=30&amp;page=1"');
    expect(html).toContain('href="/admin?days=30&amp;page=3"');
  }, 30_000);
});
