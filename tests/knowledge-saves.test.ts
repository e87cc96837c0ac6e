import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../server/log/logger';
import { startServer, type RunningServer } from '../server/start';

// Every way an editor's tool saves a file is heard, however often the same file is saved: in place, through a
// temporary file renamed over it (most editors' safe save, `sed -i`), deleted and written again (`git checkout`),
// renamed, moved away and back. Each case saves the same file several times, as an editor does in a morning.
const ADMIN_TOKEN = 'norrbotten-token-0123456789';
const adminAuth = { Authorization: `Basic ${Buffer.from(`norrbotten:${ADMIN_TOKEN}`).toString('base64')}` };

describe('knowledge saved in every way an editor saves', () => {
  let dir: string;
  let server: RunningServer;
  const ask = async (text: string, tenant = 'norrbotten') => {
    const res = await fetch(`${server.url}/api/v1/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ tenant, text }) });
    return res.json() as Promise<{ kind: string; text: string }>;
  };
  /** Waits (up to 10 s: a loaded CI machine) until the answer to the question contains `words`. */
  const served = async (words: string, question = 'Vad är målbilden?') => {
    const end = Date.now() + 10_000;
    for (;;) {
      const reply = await ask(question);
      if (reply.text?.includes(words)) return reply;
      if (Date.now() > end) throw new Error(`"${words}" was never served; the last answer: ${reply.text}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  let file: string;
  let original: string;
  let n = 0;
  /** The entry's text with a new sentence of its own, so each save is told apart. */
  const edited = () => {
    n += 1;
    return { words: `sparad version ${n}`, text: original.replace('Målbilden har fyra delområden.', `Målbilden har fyra delområden, sparad version ${n}.`) };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kb-saves-'));
    cpSync('tests/fixtures/kb-valid', dir, { recursive: true });
    file = join(dir, 'tenants/norrbotten/malbild.md');
    original = readFileSync(file, 'utf8');
    server = await startServer({
      port: 0, knowledgeDir: dir, log: createLogger({ level: 'error', write: () => {} }),
      config: { RATE_LIMIT_PER_MIN: 0, RATE_LIMIT_PER_ADDRESS_PER_MIN: 0, ADMIN_TOKENS: new Map([['norrbotten', ADMIN_TOKEN]]) },
    });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('written in place', async () => {
    for (let i = 0; i < 3; i++) {
      const { words, text } = edited();
      writeFileSync(file, text);
      await served(words);
    }
  });

  it('written to a temporary file and renamed over it (a safe save), again and again', async () => {
    for (let i = 0; i < 3; i++) {
      const { words, text } = edited();
      const temporary = join(dir, 'tenants/norrbotten/.malbild.md.swp');
      writeFileSync(temporary, text);
      renameSync(temporary, file);
      await served(words);
    }
  });

  it('edited with sed -i, then in place again', async () => {
    const { words } = edited();
    execFileSync('sed', ['-i', `s/Målbilden har fyra delområden[^.]*\\./Målbilden har fyra delområden, ${words}./`, file]);
    await served(words);
    const next = edited();
    writeFileSync(file, next.text);
    await served(next.words);
  });

  it('deleted and written again (git checkout), then edited in place', async () => {
    const { words, text } = edited();
    unlinkSync(file);
    writeFileSync(file, text);
    await served(words);
    const next = edited();
    writeFileSync(file, next.text);
    await served(next.words);
  });

  it('renamed, moved out of the knowledge and back, and edited under each name', async () => {
    const renamed = join(dir, 'tenants/norrbotten/malbild-norrbotten.md');
    renameSync(file, renamed);
    const first = edited();
    writeFileSync(renamed, first.text);
    await served(first.words);
    const outside = join(dir, 'malbild.md.bak');
    renameSync(renamed, outside);
    await expect.poll(async () => (await ask('Vad är målbilden?')).kind, { timeout: 10_000, interval: 50 }).not.toBe('answer');
    renameSync(outside, file);
    const back = edited();
    writeFileSync(file, back.text);
    await served(back.words);
  });

  it('shows no stale problem at /admin once the file is good again', async () => {
    writeFileSync(file, original.replace(/^owner:.*\n/m, ''));
    await expect.poll(async () => (await (await fetch(`${server.url}/admin/status.json`, { headers: adminAuth })).json()).knowledge.errors.length, { timeout: 10_000, interval: 50 }).toBeGreaterThan(0);
    const temporary = join(dir, 'tenants/norrbotten/malbild.md.tmp');
    writeFileSync(temporary, original);
    renameSync(temporary, file);
    await expect.poll(async () => (await (await fetch(`${server.url}/admin/status.json`, { headers: adminAuth })).json()).knowledge.errors, { timeout: 10_000, interval: 50 }).toEqual([]);
  });
});
