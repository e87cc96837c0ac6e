import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../server/start';

// `npm run backup` as a process, against a real server that is running and writing (its own DATA_DIR:
// tests/support/own-data-dir.ts). Built inside node_modules so Node resolves the packages the bundle leaves
// external, and apart from dist/, which other test files read meanwhile.
const CACHE = join(process.cwd(), 'node_modules', '.cache');
mkdirSync(CACHE, { recursive: true });
const OUT = mkdtempSync(join(CACHE, 'nara-backup-build-'));
const backups = mkdtempSync(join(tmpdir(), 'nara-backup-'));
let server: RunningServer;

beforeAll(async () => {
  await build({
    entryPoints: ['scripts/backup.ts'], outdir: OUT, outbase: '.', bundle: true, platform: 'node', format: 'esm',
    target: 'node20', packages: 'external', logLevel: 'warning',
  });
  // On SQLite whatever the environment says: that is what the script backs up.
  server = await startServer({ port: 0, watch: false, quiet: true, config: { DATABASE_URL: undefined, RATE_LIMIT_PER_MIN: 0, RATE_LIMIT_PER_ADDRESS_PER_MIN: 0 } });
});
afterAll(async () => {
  await server?.close();
  for (const dir of [OUT, backups]) rmSync(dir, { recursive: true, force: true });
});

const backup = async (destination: string, env: Record<string, string> = {}) => {
  try {
    const { DATABASE_URL: _, ...sqlite } = process.env;
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(OUT, 'scripts/backup.js'), destination], { env: { ...sqlite, ...env } });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { status: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

const post = async (path: string, body: unknown) => {
  const res = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() as Record<string, unknown> };
};

/** Feedback on a real reply: the server commits it before it answers 202. */
const feedbackOn = async () => {
  const { body: reply } = await post('/api/v1/ask', { tenant: 'strangnas', text: 'Vad är nära vård?' });
  return async (comment: string) => {
    const { status } = await post('/api/v1/feedback', { tenant: 'strangnas', conversationId: reply.conversationId, replyId: reply.replyId, helpful: false, comment });
    expect(status).toBe(202);
  };
};

const rows = (file: string, like: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM feedback WHERE comment LIKE ?').get(like) as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('npm run backup', () => {
  it('copies the database of a running server while it writes: every row committed before, one consistent file', async () => {
    const feedback = await feedbackOn();
    for (let i = 0; i < 200; i++) await feedback(`före ${i}`);
    // Visitors go on writing for as long as the backup runs.
    let backingUp = true;
    let during = 0;
    const writing = (async () => {
      while (backingUp) {
        await feedback(`under ${during}`);
        during++;
      }
    })();
    const destination = join(backups, 'nara-guide.sqlite');
    const result = await backup(destination);
    backingUp = false;
    await writing;

    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(during).toBeGreaterThan(0);
    expect(result.stdout).toContain(`to ${destination}`);
    expect(rows(destination, 'före %')).toBe(200);
    expect(rows(destination, 'under %')).toBeLessThanOrEqual(during);
    const copy = new Database(destination, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(copy.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    } finally {
      copy.close();
    }
    expect(statSync(destination).mode & 0o777).toBe(0o600);
    // One file, nothing half-written left beside it.
    expect(existsSync(`${destination}-wal`)).toBe(false);
    expect(readdirSync(backups)).toEqual(['nara-guide.sqlite']);
    // The server never noticed.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('replaces an older backup of the same name with a new one', async () => {
    const feedback = await feedbackOn();
    const destination = join(backups, 'latest.sqlite');
    expect((await backup(destination)).status).toBe(0);
    expect(rows(destination, 'senare')).toBe(0);
    await feedback('senare');
    expect((await backup(destination)).status).toBe(0);
    expect(rows(destination, 'senare')).toBe(1);
  });

  it('names the missing database or folder, points PostgreSQL to pg_dump, and exits 1', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'nara-backup-empty-'));
    try {
      const none = await backup(join(backups, 'x.sqlite'), { DATA_DIR: empty });
      expect(none.status).toBe(1);
      expect(none.stderr).toContain(`no database at ${join(empty, 'nara-guide.sqlite')}`);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    const folder = join(backups, 'not-there');
    const noFolder = await backup(join(folder, 'x.sqlite'));
    expect(noFolder.status).toBe(1);
    expect(noFolder.stderr).toContain(`the folder ${folder} does not exist`);
    const postgres = await backup(join(backups, 'x.sqlite'), { DATABASE_URL: 'postgres://postgres@127.0.0.1/test' });
    expect(postgres.status).toBe(1);
    expect(postgres.stderr).toContain('back it up with pg_dump');
    const usage = await backup('--help');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: npm run backup -- <destination file>');
  });
});
