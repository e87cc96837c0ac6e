import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../server/log/logger';
import { startServer, type RunningServer } from '../server/start';
import { connect } from './support/ws-client';

// Editors change knowledge/ while the guide runs: good edits go live, broken ones never take it down.
const ADMIN_TOKEN = 'norrbotten-token-0123456789';
const adminAuth = { Authorization: `Basic ${Buffer.from(`norrbotten:${ADMIN_TOKEN}`).toString('base64')}` };
describe('live reload of the knowledge folder', () => {
  let dir: string;
  let server: RunningServer;
  const logLines: string[] = [];
  const ask = async (text: string, tenant = 'norrbotten') => {
    const res = await fetch(`${server.url}/api/v1/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ tenant, text }) });
    return res.json();
  };
  const until = async <T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 2000) => {
    const end = Date.now() + ms;
    let value = await probe();
    while (!ok(value) && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 50));
      value = await probe();
    }
    return value;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kb-live-'));
    cpSync('tests/fixtures/kb-valid', dir, { recursive: true });
    // Polling for a reload asks more often than a visitor may: the visitor limits are not what is tested here.
    server = await startServer({
      port: 0, knowledgeDir: dir, log: createLogger({ level: 'info', write: (line) => logLines.push(line) }),
      config: { RATE_LIMIT_PER_MIN: 0, RATE_LIMIT_PER_ADDRESS_PER_MIN: 0, ADMIN_TOKENS: new Map([['norrbotten', ADMIN_TOKEN]]) },
    });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves an edited entry within 2 seconds, without a restart, with sockets left open', async () => {
    const socket = await connect(`${server.url.replace('http', 'ws')}/ws?tenant=norrbotten`);
    await socket.next();
    expect((await ask('Vad är målbilden?')).text).toContain('fyra delområden');

    const file = join(dir, 'tenants/norrbotten/malbild.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Målbilden har fyra delområden.', 'Målbilden har fyra delområden, nu uppdaterade.'));
    const started = Date.now();
    const reply = await until(() => ask('Vad är målbilden?'), (r) => r.text.includes('nu uppdaterade'));
    expect(reply.text).toContain('nu uppdaterade');
    expect(Date.now() - started).toBeLessThan(2000);

    socket.send({ type: 'ask', id: 'still-open', text: 'Vad är målbilden?' });
    expect(await socket.next()).toMatchObject({ type: 'reply', id: 'still-open', kind: 'answer' });
    socket.ws.close();
  });

  it('serves an organisation added while it runs, and hears the edits of its files', async () => {
    const folder = join(dir, 'tenants/ny-kommun');
    mkdirSync(folder);
    writeFileSync(join(folder, 'tenant.yaml'), readFileSync(join(dir, 'tenants/norrbotten/tenant.yaml'), 'utf8').replace(/^id: norrbotten$/m, 'id: ny-kommun').replace(/^name: .*$/m, 'name: Nya kommunen'));
    const entry = readFileSync(join(dir, 'tenants/norrbotten/malbild.md'), 'utf8').replace(/^id: malbild$/m, 'id: ny-malbild').replace(/^tenant: norrbotten$/m, 'tenant: ny-kommun');
    writeFileSync(join(folder, 'ny-malbild.md'), entry);
    const added = await until(() => ask('Vad är målbilden?', 'ny-kommun'), (r) => r.kind === 'answer', 10_000);
    expect(added.text).toContain('fyra delområden');

    // The new folder is watched: an edit of its entry goes live like any other.
    writeFileSync(join(folder, 'ny-malbild.md'), entry.replace('Målbilden har fyra delområden', 'Målbilden har, här i nya kommunen, fyra delområden'));
    const edited = await until(() => ask('Vad är målbilden?', 'ny-kommun'), (r) => !!r.text?.includes('här i nya kommunen'), 10_000);
    expect(edited.text).toContain('här i nya kommunen');
  });

  it('keeps answering from the last good knowledge when an edit is broken, and tells the editor at /admin (not the public /readyz)', async () => {
    const before = await ask('Vad är nära vård?');
    expect(before.kind).toBe('answer');
    const file = join(dir, 'national/vad-ar-nara-vard.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^owner:.*\n/m, '').replace('Nära vård är en omställning', 'TRASIG TEXT'));

    const ready = await until(async () => (await fetch(`${server.url}/admin/status.json`, { headers: adminAuth })).json(), (b) => b.knowledge.errors.length > 0);
    expect(ready.status).toBe('ready');
    expect(ready.knowledge.lastReloadFailed).toBe(true);
    expect(ready.knowledge.errors.join('\n')).toMatch(/vad-ar-nara-vard\.md:\d+: fältet "owner" saknas/);
    const page = await (await fetch(`${server.url}/admin`, { headers: adminAuth })).text();
    expect(page).toContain('Fel i kunskapsbasen');
    expect(page).toMatch(/vad-ar-nara-vard\.md:\d+: fältet &quot;owner&quot; saknas|vad-ar-nara-vard\.md:\d+: fältet "owner" saknas/);
    const readyz = await fetch(`${server.url}/readyz`);
    expect(readyz.status).toBe(200);
    expect(await readyz.json()).toEqual({ status: 'ready' });
    // The server's log carries the same message kb:check prints, for whoever runs the server.
    const logged = logLines.map((line) => JSON.parse(line)).filter((entry) => entry.level === 'error' || entry.level === 'warn');
    expect(logged.map((entry) => entry.problem ?? '').join('\n')).toMatch(/vad-ar-nara-vard\.md:\d+: fältet \"owner\" saknas/);

    const after = await ask('Vad är nära vård?');
    expect(after.kind).toBe('answer');
    expect(after.text).toBe(before.text);
  });
});
