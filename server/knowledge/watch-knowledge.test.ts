import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../log/logger';
import type { Knowledge } from './knowledge';
import { KnowledgeWatcher } from './watch-knowledge';

describe('KnowledgeWatcher rescan', () => {
  const dirs: string[] = [];
  const watchers: KnowledgeWatcher[] = [];
  afterEach(() => {
    for (const w of watchers.splice(0)) w.close();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  /** A watcher that hears no file system events, as on a mount that sends none: only its rescan sees changes. */
  const eventless = async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-rescan-'));
    dirs.push(dir);
    cpSync('tests/fixtures/kb-valid', dir, { recursive: true });
    const applied: Knowledge[] = [];
    const watcher = new KnowledgeWatcher({ root: dir, apply: (k) => applied.push(k), log: createLogger({ level: 'silent' }), events: false, rescanMs: 100 });
    watchers.push(watcher);
    await watcher.reload();
    watcher.start();
    return { dir, applied };
  };

  it('serves a change no watcher reported, saved by renaming a temporary file over the old one', async () => {
    const { dir, applied } = await eventless();
    const file = join(dir, 'tenants/norrbotten/malbild.md');
    writeFileSync(`${file}.tmp`, readFileSync(file, 'utf8').replace('fyra delområden', 'fyra omskrivna delområden'));
    renameSync(`${file}.tmp`, file);
    await expect.poll(() => applied.at(-1)!.entries.get('malbild')!.body, { timeout: 10_000, interval: 50 }).toContain('fyra omskrivna delområden');
  });

  it('does not reload while nothing changes', async () => {
    const { applied } = await eventless();
    const loads = applied.length;
    // Several rescans' worth of time, on a loaded machine too: the count is what is asserted, not the time.
    await new Promise((r) => setTimeout(r, 600));
    expect(applied.length).toBe(loads);
  });
});
