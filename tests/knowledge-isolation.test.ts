import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../server/log/logger';
import { startServer, type RunningServer } from '../server/start';

// A broken file holds back only itself: the others, and the other organisations, go live; it keeps its last good
// version (a new file is left out) and its error is shown to the editor.
const TOKENS = new Map([['norrbotten', 'norrbotten-token-0123456789'], ['ny-kommun', 'nykommun-token-0123456789']]);
const auth = (tenant: string) => ({ Authorization: `Basic ${Buffer.from(`${tenant}:${TOKENS.get(tenant)}`).toString('base64')}` });

const withSecondTenant = (dir: string) => {
  const folder = join(dir, 'tenants/ny-kommun');
  mkdirSync(folder);
  writeFileSync(join(folder, 'tenant.yaml'), readFileSync(join(dir, 'tenants/norrbotten/tenant.yaml'), 'utf8').replace(/^id: norrbotten$/m, 'id: ny-kommun').replace(/^name: .*$/m, 'name: Nya kommunen'));
  writeFileSync(join(folder, 'ny-malbild.md'), readFileSync(join(dir, 'tenants/norrbotten/malbild.md'), 'utf8')
    .replace(/^id: malbild$/m, 'id: ny-malbild').replace(/^tenant: norrbotten$/m, 'tenant: ny-kommun').replace(/^owner: .*$/m, 'owner: Nya kommunen'));
};

const start = async (dir: string) => startServer({
  port: 0, knowledgeDir: dir, log: createLogger({ level: 'error', write: () => {} }),
  config: { RATE_LIMIT_PER_MIN: 0, RATE_LIMIT_PER_ADDRESS_PER_MIN: 0, ADMIN_TOKENS: TOKENS },
});

describe('a broken file holds back nothing else', () => {
  let dir: string;
  let server: RunningServer;
  const ask = async (text: string, tenant = 'norrbotten') =>
    (await fetch(`${server.url}/api/v1/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ tenant, text }) })).json() as Promise<{ kind: string; text: string }>;
  const status = async (tenant = 'norrbotten') => (await (await fetch(`${server.url}/admin/status.json`, { headers: auth(tenant) })).json()).knowledge;
  const poll = { timeout: 10_000, interval: 50 };
  const edit = (rel: string, change: (text: string) => string) => writeFileSync(join(dir, rel), change(readFileSync(join(dir, rel), 'utf8')));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kb-isolation-'));
    cpSync('tests/fixtures/kb-valid', dir, { recursive: true });
    withSecondTenant(dir);
    server = await start(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the other edits of the same moment, and the broken entry at its last good version', async () => {
    const before = await ask('Vad är målbilden?');
    expect(before.text).toContain('fyra delområden');
    // One organisation's editor breaks a file while a national editor and another organisation's save good edits.
    edit('tenants/norrbotten/malbild.md', (t) => t.replace(/^owner:.*\n/m, '').replace('fyra delområden', 'TRASIG'));
    edit('national/vad-ar-nara-vard.md', (t) => t.replace('Nära vård är en omställning', 'Nära vård är, nationellt uppdaterat, en omställning'));
    edit('tenants/ny-kommun/ny-malbild.md', (t) => t.replace('fyra delområden', 'fyra delområden i nya kommunen'));

    await expect.poll(async () => (await ask('Vad är nära vård?')).text, poll).toContain('nationellt uppdaterat');
    await expect.poll(async () => (await ask('Vad är målbilden?', 'ny-kommun')).text, poll).toContain('i nya kommunen');
    expect((await ask('Vad är målbilden?')).text).toBe(before.text);
    const knowledge = await status();
    expect(knowledge.heldBack).toEqual([expect.stringMatching(/tenants\/norrbotten\/malbild\.md$/)]);
    expect(knowledge.errors.join('\n')).toMatch(/malbild\.md:\d+: fältet "owner" saknas/);
    const page = await (await fetch(`${server.url}/admin`, { headers: auth('norrbotten') })).text();
    expect(page).toContain('Allt annat är publicerat');

    // Fixed: it goes live, and nothing is held back any more.
    edit('tenants/norrbotten/malbild.md', (t) => t.replace(/^reviewed:/m, 'owner: Region Norrbotten\nreviewed:').replace('TRASIG', 'fyra rättade delområden'));
    await expect.poll(async () => (await ask('Vad är målbilden?')).text, poll).toContain('fyra rättade delområden');
    expect(await status()).toMatchObject({ heldBack: [], errors: [] });
  });

  it('leaves out a new broken file, and serves everything else', async () => {
    writeFileSync(join(dir, 'tenants/norrbotten/strategi.md'), readFileSync(join(dir, 'tenants/norrbotten/malbild.md'), 'utf8')
      .replace(/^id: malbild$/m, 'id: strategi').replace(/  - Vad är målbilden\?\n  - Vilka är delområdena\?\n  - Vad vill Norrbotten uppnå\?\n  - Målbild Norrbotten\n/, '  - Vad är strategin?\n  - Finns en strategi?\n  - Strategi Norrbotten\n  - Vilken strategi har länet?\n')
      .replace(/^related: .*$/m, 'related: [finns-inte]'));
    edit('national/vad-ar-nara-vard.md', (t) => t.replace('nationellt uppdaterat', 'nationellt uppdaterat igen'));
    await expect.poll(async () => (await ask('Vad är nära vård?')).text, poll).toContain('uppdaterat igen');
    expect((await ask('Vad är strategin?')).kind).not.toBe('answer');
    const knowledge = await status();
    expect(knowledge.heldBack).toEqual([expect.stringMatching(/tenants\/norrbotten\/strategi\.md$/)]);
    expect(knowledge.errors.join('\n')).toMatch(/strategi\.md:\d+: fältet "related" pekar på "finns-inte"/);
  });

  it('keeps an organisation\'s last good settings when its tenant.yaml breaks, and the others unaffected', async () => {
    edit('tenants/ny-kommun/tenant.yaml', (t) => t.replace(/^name: .*\n/m, ''));
    edit('national/vad-ar-nara-vard.md', (t) => t.replace('uppdaterat igen', 'uppdaterat en tredje gång'));
    await expect.poll(async () => (await ask('Vad är nära vård?')).text, poll).toContain('en tredje gång');
    expect((await ask('Vad är målbilden?', 'ny-kommun')).text).toContain('i nya kommunen');
    expect((await status('ny-kommun')).heldBack).toContainEqual(expect.stringMatching(/tenants\/ny-kommun\/tenant\.yaml$/));
  });
});

describe('a server started with a broken file', () => {
  it('serves everything else, and shows the error to the editor', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-isolation-start-'));
    cpSync('tests/fixtures/kb-valid', dir, { recursive: true });
    const file = join(dir, 'tenants/norrbotten/malbild.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^owner:.*\n/m, ''));
    const server = await start(dir);
    try {
      const ask = async (text: string) => (await fetch(`${server.url}/api/v1/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ tenant: 'norrbotten', text }) })).json();
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      expect((await ask('Vad är nära vård?')).kind).toBe('answer');
      expect((await ask('Vad är målbilden?')).kind).not.toBe('answer');
      const knowledge = (await (await fetch(`${server.url}/admin/status.json`, { headers: auth('norrbotten') })).json()).knowledge;
      expect(knowledge.errors.join('\n')).toMatch(/malbild\.md:\d+: fältet "owner" saknas/);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
