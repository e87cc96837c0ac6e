import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { configSchema } from '../config';
import { Engine } from '../engine/engine';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { createLogger } from '../log/logger';
import { SqliteStore } from '../store/sqlite-store';
import { Recorder } from '../store/recorder';
import type { EditorsReport } from '../report/build-report';

const TOKEN = 'strangnas-token-0123456789';
const OTHER = 'varmland-token-0123456789';
const dataDir = mkdtempSync(join(tmpdir(), 'nara-admin-'));
const store = new SqliteStore({ dataDir });
let app: ReturnType<typeof createApp>;
/** An app of its own (its own count of wrong tokens: app.request has no address, so all share one). */
let newApp: () => ReturnType<typeof createApp>;
/** The shipped knowledge with one of Strängnäs's entries reviewed long ago. */
let withOldEntry: () => ReturnType<typeof createApp>;

beforeAll(async () => {
  const { knowledge } = await loadKnowledge('knowledge');
  const engine = new Engine();
  engine.load(knowledge!);
  const log = createLogger({ level: 'silent' });
  const config = configSchema.parse({ ADMIN_TOKENS: `strangnas:${TOKEN},varmland:${OTHER}` });
  newApp = () => createApp({
    engine, config, log, store, recorder: new Recorder({ store, log }),
    knowledgeStatus: () => ({ loadedAt: '', entries: 0, tenants: 0, problems: [], heldBack: [], lastAttemptFailed: false }),
  });
  app = newApp();
  withOldEntry = () => {
    const old = [...knowledge!.entries.values()].find((e) => e.tenant === 'strangnas')!;
    const aged = new Engine();
    aged.load({ ...knowledge!, entries: new Map([...knowledge!.entries, [old.id, { ...old, reviewed: '2024-01-15' }]]) });
    return createApp({
      engine: aged, config, log, store, recorder: new Recorder({ store, log }),
      knowledgeStatus: () => ({ loadedAt: '', entries: 0, tenants: 0, problems: [], heldBack: [], lastAttemptFailed: false }),
    });
  };
});
afterAll(() => {
  store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const basic = (user: string, password: string) => ({ Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });
const post = (path: string, body: unknown) => app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('/admin', () => {
  it('lists the organisation\'s entries due for review first, and only its own', async () => {
    const admin = withOldEntry();
    const page = await (await admin.request('/admin', { headers: basic('strangnas', TOKEN) })).text();
    expect(page).toMatch(/Texter att granska \(1\)[\s\S]*2024-01-15[\s\S]*Obesvarade frågor/);
    const report = (await (await admin.request('/admin/report.json', { headers: basic('strangnas', TOKEN) })).json()) as EditorsReport;
    expect(report.reviews).toEqual([expect.objectContaining({ reviewed: '2024-01-15', daysOverdue: expect.any(Number) })]);
    expect(((await (await admin.request('/admin/report.json', { headers: basic('varmland', OTHER) })).json()) as EditorsReport).reviews).toEqual([]);
  });


  it.each([
    ['no token', {}],
    ['a wrong token', basic('strangnas', 'wrong-token-000000000')],
    ["another tenant's token", basic('strangnas', OTHER)],
    ['a tenant without a token', basic('norrbotten', TOKEN)],
    ['a bearer token without its tenant', { Authorization: `Bearer ${TOKEN}` }],
  ])('answers 401 with %s', async (_name, headers) => {
    const own = newApp();
    for (const path of ['/admin', '/admin/report.json', '/admin/test.json?q=hej']) {
      const res = await own.request(path, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Basic/);
      expect((await res.json()).error.code).toBe('unauthorized');
    }
  });

  it('shows the report after real questions: grouped, counted, masked, and the entries with 👎 and their reasons', async () => {
    for (const text of ['Var kan jag parkera min båt vid hamnen?', 'Var parkerar jag båten i hamnen', 'Var kan jag parkera min båt vid hamnen?', 'Ring mig på 070-123 45 67 om min kattallergi']) {
      expect((await post('/api/v1/ask', { tenant: 'strangnas', text })).status).toBe(200);
    }
    await post('/api/v1/ask', { tenant: 'varmland', text: 'Var kan jag parkera min båt vid hamnen?' });
    const answer = await (await post('/api/v1/ask', { tenant: 'strangnas', text: 'Vad är nära vård?' })).json();
    expect(answer.kind).toBe('answer');
    expect((await post('/api/v1/feedback', { tenant: 'strangnas', conversationId: answer.conversationId, replyId: answer.replyId, helpful: false, comment: 'För allmänt, ring 070-765 43 21' })).status).toBe(202);

    const res = await app.request('/admin/report.json', { headers: basic('strangnas', TOKEN) });
    expect(res.status).toBe(200);
    const report = (await res.json()) as EditorsReport;
    expect(report.unanswered.total).toBe(4);
    expect(report.unanswered.groups[0]).toMatchObject({ count: 3, example: 'Var kan jag parkera min båt vid hamnen?', variants: ['Var parkerar jag båten i hamnen'] });
    expect(JSON.stringify(report)).toContain('Ring mig på [telefon] om min kattallergi');
    // The numbers themselves, not any '070' (a timestamp's milliseconds can read 070).
    expect(JSON.stringify(report)).not.toMatch(/123 45 67|765 43 21/);
    expect(report.feedback.entries).toEqual([{ entryId: answer.entryId, notHelpful: 1, helpful: 0, reasons: ['För allmänt, ring [telefon]'] }]);
    // The figures a day: five questions asked today, one answered, the others not, one 👎.
    const today = new Date().toISOString().slice(0, 10);
    expect(report.daily).toHaveLength(31);
    expect(report.daily.at(-1)).toMatchObject({ day: today, questions: 5, answers: 1, notHelpful: 1 });
    expect(report.daily.at(-1)!.fallbacks).toBeGreaterThanOrEqual(1);
    const csv = await app.request('/admin/report.csv?days=7', { headers: basic('strangnas', TOKEN) });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="nara-guide-strangnas-7-dagar\.csv"/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    // A byte order mark first, so a spreadsheet reads UTF-8 (Response.text() would drop it).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('dag,frågor,besvarade,obesvarade,tummen ner');
    expect(lines.slice(1, 8).every((line) => /^\d{4}-\d\d-\d\d,0,0,0,0$/.test(line))).toBe(true);
    expect(lines[8]).toMatch(new RegExp(String.raw`^${today},5,1,\d,1$`));
    expect(text).toContain('3,Var kan jag parkera min båt vid hamnen?,Var parkerar jag båten i hamnen,');
    expect(text).not.toMatch(/123 45 67|765 43 21/);

    const page = await app.request('/admin', { headers: basic('strangnas', TOKEN) });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const body = await page.text();
    expect(body).toContain('Var kan jag parkera min båt vid hamnen?');
    expect(body).toContain('Testa en fråga');
    // Varmland's token sees only Varmland's questions.
    const other = (await (await app.request('/admin/report.json', { headers: basic('varmland', OTHER) })).json()) as EditorsReport;
    expect(other.unanswered.total).toBe(1);
  });

  it("names no entry for feedback on another tenant's reply", async () => {
    const answer = await (await post('/api/v1/ask', { tenant: 'strangnas', text: 'Vad innebär nära vård för mig?' })).json();
    expect(answer.kind).toBe('answer');
    expect((await post('/api/v1/feedback', { tenant: 'varmland', conversationId: answer.conversationId, replyId: answer.replyId, helpful: false, comment: 'fel' })).status).toBe(202);
    const report = (await (await app.request('/admin/report.json', { headers: basic('varmland', OTHER) })).json()) as EditorsReport;
    expect(report.feedback.entries).toEqual([]);
    expect(report.feedback.withoutEntry).toEqual({ notHelpful: 1, reasons: ['fel'] });
  });

  it('"testa en fråga" shows how the engine decided, escaped, and records nothing', async () => {
    const before = store.unanswered('strangnas', 0).length;
    const json = await (await app.request(`/admin/test.json?tenant=strangnas&q=${encodeURIComponent('vad betyder nära vård för oss som bor i kommunen')}`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json();
    expect(json.trace).toMatchObject({ route: expect.any(String), decision: expect.any(String) });
    expect(json.trace.terms.length).toBeGreaterThan(0);
    expect(json.trace.top.length).toBeGreaterThan(0);
    // The reply as API.md has it: no engine internals.
    expect(Object.keys(json.reply).sort()).toEqual(['contacts', 'conversationId', 'entryId', 'kind', 'lang', 'replyId', 'sources', 'suggestions', 'text']);
    const html = await (await app.request(`/admin?q=${encodeURIComponent('<script>alert(1)</script> båt i hamnen')}`, { headers: basic('strangnas', TOKEN) })).text();
    // In an editor's words first, the engine's own details folded away beneath.
    expect(html).toMatch(/Så svarar guiden[\s\S]*Guiden hittar inget svar och visar vägar till en människa\.[\s\S]*<details><summary>Teknisk förklaring<\/summary>[\s\S]*Så bestämde guiden/);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    expect(store.unanswered('strangnas', 0).length).toBe(before);
  });
});

describe('ADMIN_TOKENS', () => {
  it('is validated', () => {
    expect(configSchema.parse({ ADMIN_TOKENS: `a:${TOKEN}` }).ADMIN_TOKENS.get('a')).toBe(TOKEN);
    expect(() => configSchema.parse({ ADMIN_TOKENS: 'strangnas:short' })).toThrow(/16 characters/);
    expect(() => configSchema.parse({ ADMIN_TOKENS: TOKEN })).toThrow(/tenant:value/);
  });
});
