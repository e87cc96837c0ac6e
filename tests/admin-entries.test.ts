import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../server/editors/password';
import { startServer, type RunningServer } from '../server/start';
import { SqliteStore } from '../server/store/sqlite-store';
import { fieldsOf } from './support/form-fields';

// An editor changes an answer, adds an entry and undoes a mistake in the browser alone (its forms, posted as a
// browser posts them), and the guide answers each change within two seconds.
const PASSWORD = 'ett långt lösenord för redaktören';
const ENTRY = 'kompetens-strangnas';
const QUESTION = 'Vilken utbildning får medarbetarna i Strängnäs kommun?';
let knowledgeDir: string;
let dataDir: string;
let server: RunningServer;
let cookie = '';

beforeAll(async () => {
  knowledgeDir = mkdtempSync(join(tmpdir(), 'nara-edit-kb-'));
  dataDir = mkdtempSync(join(tmpdir(), 'nara-edit-data-'));
  cpSync('knowledge', knowledgeDir, { recursive: true });
  const store = new SqliteStore({ dataDir });
  store.addEditor({ user: 'anna.svensson', tenant: 'strangnas', passwordHash: await hashPassword(PASSWORD), createdAt: Date.now() });
  store.close();
  server = await startServer({ port: 0, quiet: true, knowledgeDir, config: { DATA_DIR: dataDir, RATE_LIMIT_PER_MIN: 0, RATE_LIMIT_PER_ADDRESS_PER_MIN: 0 } });
  const login = await fetch(`${server.url}/admin/login`, { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ user: 'anna.svensson', password: PASSWORD }) });
  cookie = login.headers.get('set-cookie')!.split(';')[0]!;
}, 60_000);
afterAll(async () => {
  await server?.close();
  rmSync(knowledgeDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

const page = async (path: string) => (await fetch(`${server.url}${path}`, { headers: { Cookie: cookie } })).text();
const post = (path: string, fields: Record<string, string>) => fetch(`${server.url}${path}`, {
  method: 'POST', redirect: 'manual', headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields),
});
const ask = async (text: string) => (await (await fetch(`${server.url}/api/v1/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ tenant: 'strangnas', text }) })).json()) as { kind: string; text: string };
/** Waits for the guide to answer with `words`, and says how long it took. */
const servedWithin = async (question: string, check: (reply: { kind: string; text: string }) => boolean) => {
  const started = Date.now();
  await expect.poll(async () => check(await ask(question)), { timeout: 10_000, interval: 50 }).toBe(true);
  return Date.now() - started;
};

describe('editing in the browser', () => {
  it('lists the organisation\'s own entries, and not another\'s', async () => {
    const list = await page('/admin/entries');
    expect(list).toContain(`href="/admin/entries/${ENTRY}"`);
    expect(list).not.toContain('href="/admin/entries/fragor-och-svar-varmland"');
    expect((await fetch(`${server.url}/admin/entries/fragor-och-svar-varmland`, { headers: { Cookie: cookie } })).status).toBe(404);
  });

  it('previews a draft as the widget shows it and tries questions against it, saving nothing', async () => {
    const fields = fieldsOf(await page(`/admin/entries/${ENTRY}`));
    const before = readFileSync(join(knowledgeDir, `tenants/strangnas/${ENTRY}.md`), 'utf8');
    const res = await post(`/admin/entries/${ENTRY}`, {
      ...fields, action: 'preview', body: fields.body!.replace('medarbetarskap.', 'medarbetarskap.\n\n- **Utkast:** en punkt i en lista'),
      trials: `${QUESTION}\nVar kan jag parkera?\nJag vill inte leva längre`,
    });
    expect(res.status).toBe(200);
    const preview = await res.text();
    expect(preview).toMatch(/Förhandsgranskning[\s\S]*<li><strong>Utkast:<\/strong> en punkt i en lista<\/li>/);
    // The source once, beneath, as the widget shows it; no "Källa:" line in the text.
    expect(preview).toMatch(/Källor<\/small><\/p><ul><li><a href="https:\/\/www\.strangnas\.se/);
    expect(preview).toContain(`<strong>${QUESTION}</strong>: Besvaras med den här posten.`);
    expect(preview).toContain('<strong>Var kan jag parkera?</strong>: Guiden hittar inget svar');
    expect(preview).toContain('<strong>Jag vill inte leva längre</strong>: Säkerhetssvar');
    expect(readFileSync(join(knowledgeDir, `tenants/strangnas/${ENTRY}.md`), 'utf8')).toBe(before);
    expect((await ask(QUESTION)).text).not.toContain('Utkast');
  });

  it('changes an answer: checked like kb:check, saved whole, live within two seconds', async () => {
    const fields = fieldsOf(await page(`/admin/entries/${ENTRY}`));
    expect(fields.questions!.split('\n')[0]).toBe(QUESTION);
    // A broken source is refused with kb:check's words, and nothing is written.
    const before = readFileSync(join(knowledgeDir, `tenants/strangnas/${ENTRY}.md`), 'utf8');
    const refused = await post(`/admin/entries/${ENTRY}`, { ...fields, sourceUrl: 'http://www.strangnas.se' });
    expect(refused.status).toBe(400);
    const refusedPage = await refused.text();
    expect(refusedPage).toMatch(/Posten är inte sparad[\s\S]*ska börja med https:\/\//);
    // Beside its field too, read with it.
    expect(refusedPage).toMatch(/<ul class="notes" id="sourceUrl-notes"><li class="error">Fel: fältet &quot;source\.url&quot; ska börja med https:\/\/[\s\S]*?<input type="text" id="sourceUrl" name="sourceUrl" value="http:\/\/www\.strangnas\.se" aria-describedby="sourceUrl-hint sourceUrl-notes" aria-invalid="true">/);
    // The answer is checked as kb:check checks it: no HTML.
    const html = await post(`/admin/entries/${ENTRY}`, { ...fields, body: `${fields.body} <img src=x onerror=alert(1)>` });
    expect(html.status).toBe(400);
    expect(await html.text()).toMatch(/id="body-notes"><li class="error">Fel: svaret innehåller HTML/);
    expect(readFileSync(join(knowledgeDir, `tenants/strangnas/${ENTRY}.md`), 'utf8')).toBe(before);
    // Without the session's CSRF token, nothing either.
    const { csrf: _csrf, ...withoutToken } = fields;
    expect((await post(`/admin/entries/${ENTRY}`, withoutToken)).status).toBe(403);

    const saved = await post(`/admin/entries/${ENTRY}`, { ...fields, body: fields.body!.replace('medarbetarskap.', 'medarbetarskap. Nytt i år: utbildning i samtal med anhöriga.') });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/admin/entries/${ENTRY}?saved=1`);
    expect(await servedWithin(QUESTION, (r) => r.text.includes('samtal med anhöriga'))).toBeLessThan(2000);
  });

  it('adds an entry from the form, answered within two seconds', async () => {
    const fields = fieldsOf(await page('/admin/entries/new'));
    const res = await post('/admin/entries/new', {
      ...fields, id: 'trygg-hemgang-strangnas',
      questions: 'Vad är trygg hemgång i Strängnäs?\nFinns det stöd när man kommer hem från sjukhuset?\nTrygg hemgång Strängnäs\nHur fungerar trygg hemgång?',
      body: 'Trygg hemgång är stöd under de första veckorna hemma efter en sjukhusvistelse.\n\nKälla: [Strängnäs kommun – Nära vård](https://www.strangnas.se)',
      sourceTitle: 'Strängnäs kommun – Nära vård', sourceUrl: 'https://www.strangnas.se', owner: 'Strängnäs kommun',
    });
    expect(res.status).toBe(303);
    expect(await servedWithin('Vad är trygg hemgång i Strängnäs?', (r) => r.kind === 'answer' && r.text.includes('första veckorna hemma'))).toBeLessThan(2000);
  });

  it('makes a new entry from a question visitors asked that the guide could not answer, then clears it', async () => {
    const unanswered = 'Finns det laddstolpar för elbil vid äldreboendet i Strängnäs?';
    expect((await ask(unanswered)).kind).not.toBe('answer');
    const overview = await page('/admin');
    const link = /href="(\/admin\/entries\/new\?question=[^"]+)">Ny post från frågan/.exec(overview)?.[1]?.replace(/&amp;/g, '&');
    expect(link).toBeDefined();
    const fields = fieldsOf(await page(link!));
    expect(fields.questions).toBe(unanswered);
    // "Lägg till som fråga i …" opens an entry's form with the question added, unsaved.
    const added = fieldsOf(await page(`/admin/entries/with-question?entry=${ENTRY}&question=${encodeURIComponent(unanswered)}`));
    expect(added.questions!.split('\n').at(-1)).toBe(unanswered);
    expect(readFileSync(join(knowledgeDir, `tenants/strangnas/${ENTRY}.md`), 'utf8')).not.toContain(unanswered);

    const res = await post('/admin/entries/new', {
      ...fields, id: 'laddstolpar-strangnas',
      questions: `${unanswered}\nKan besökare ladda elbilen vid äldreboendet?\nLaddstolpar äldreboende\nVar laddar jag bilen när jag hälsar på?`,
      body: 'Vid äldreboendet finns laddstolpar för besökare (ett testsvar i testets egen kopia av kunskapsbasen).\n\nKälla: [Strängnäs kommun – Nära vård](https://www.strangnas.se)',
      sourceTitle: 'Strängnäs kommun – Nära vård', sourceUrl: 'https://www.strangnas.se', owner: 'Strängnäs kommun',
    });
    expect(res.status).toBe(303);
    expect(await servedWithin(unanswered, (r) => r.kind === 'answer' && r.text.includes('laddstolpar för besökare'))).toBeLessThan(2000);

    // "Klar": the group leaves the report (a later question in the same words shows again).
    const done = fieldsOf(await page('/admin'));
    expect((await post('/admin/questions/done', { csrf: done.csrf!, text: unanswered })).status).toBe(303);
    expect(await page('/admin')).not.toContain(`<td>${unanswered}`);
  });

  it('shows every save with what changed, and restores an earlier version in one click', async () => {
    const history = await page(`/admin/entries/${ENTRY}/history`);
    expect(history).toMatch(/anna\.svensson/);
    expect(history).toMatch(/<ins>[^<]*Nytt i år: utbildning i samtal med anhöriga\.[^<]*<\/ins>/);
    // The oldest is the file as it was before the browser first saved it.
    const revisions = [...history.matchAll(/name="revision" value="(\d+)"/g)].map((m) => m[1]!);
    const original = revisions.at(-1)!;
    expect((await post(`/admin/entries/${ENTRY}/restore`, { csrf: fieldsOf(history).csrf!, revision: original })).status).toBe(303);
    expect(await servedWithin(QUESTION, (r) => !r.text.includes('samtal med anhöriga') && r.text.includes('medarbetarskap'))).toBeLessThan(2000);
  });

  it('shows an edit made in the file by hand in the history too, once', async () => {
    const file = join(knowledgeDir, `tenants/strangnas/${ENTRY}.md`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('medarbetarskap.', 'medarbetarskap. Ändrat för hand i filen.'));
    await servedWithin(QUESTION, (r) => r.text.includes('Ändrat för hand'));
    const history = await page(`/admin/entries/${ENTRY}/history`);
    expect(history).toMatch(/\(ändrad i filen\)[\s\S]*?<ins>[^<]*Ändrat för hand i filen\.[^<]*<\/ins>/);
    // The browser's own saves are there once each, not again as changes in the file.
    expect(history.match(/anna\.svensson/g)).toHaveLength(2); // the change and the restore
    expect(history.match(/\(ändrad i filen\)/g)).toHaveLength(1);
  });

  it('deletes an entry only when its id is typed, and can bring it back', async () => {
    const fields = fieldsOf(await page('/admin/entries/trygg-hemgang-strangnas'));
    expect((await post('/admin/entries/trygg-hemgang-strangnas/delete', { csrf: fields.csrf!, confirm: 'ja' })).status).toBe(400);
    expect((await post('/admin/entries/trygg-hemgang-strangnas/delete', { csrf: fields.csrf!, confirm: 'trygg-hemgang-strangnas' })).status).toBe(200);
    await servedWithin('Vad är trygg hemgång i Strängnäs?', (r) => !r.text.includes('första veckorna hemma'));
    const history = await page('/admin/entries/trygg-hemgang-strangnas/history');
    expect(history).toContain('borttagen');
    const last = [...history.matchAll(/name="revision" value="(\d+)"/g)].map((m) => m[1]!)[0]!;
    expect((await post('/admin/entries/trygg-hemgang-strangnas/restore', { csrf: fields.csrf!, revision: last })).status).toBe(303);
    await servedWithin('Vad är trygg hemgång i Strängnäs?', (r) => r.text.includes('första veckorna hemma'));
  });
});
