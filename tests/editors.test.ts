import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../server/start';

// Named editors: added with `npm run editors`, logged in at /admin/login with a session cookie, every change
// carrying the session's CSRF token; removing an account ends its sessions.
const dataDir = mkdtempSync(join(tmpdir(), 'nara-editors-'));
const PASSWORD = 'långt lösenord för anna 2026';
const editors = (args: string[], input = '') =>
  spawnSync(process.execPath, ['dist/scripts/editors.js', ...args], { input, encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir } });

let server: RunningServer;
beforeAll(async () => {
  if (!existsSync('dist/scripts/editors.js')) execFileSync('node', ['scripts/build.mjs']);
  expect(editors(['add', '--tenant', 'strangnas', '--user', 'anna.svensson'], `${PASSWORD}\n`).status).toBe(0);
  server = await startServer({ port: 0, quiet: true, config: { DATA_DIR: dataDir, RATE_LIMIT_PER_MIN: 0 } });
}, 60_000);
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const get = (path: string, cookie = '') => fetch(`${server.url}${path}`, { redirect: 'manual', headers: { Accept: 'text/html', ...(cookie ? { Cookie: cookie } : {}) } });
const postForm = (path: string, fields: Record<string, string>, cookie = '', address = '') => fetch(`${server.url}${path}`, {
  method: 'POST', redirect: 'manual',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(cookie ? { Cookie: cookie } : {}), ...(address ? { 'X-Forwarded-For': address } : {}) },
  body: new URLSearchParams(fields).toString(),
});
const login = async (user = 'anna.svensson', password = PASSWORD) => {
  const res = await postForm('/admin/login', { user, password });
  return { res, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]! };
};
const csrfOf = async (cookie: string) => /name="csrf" value="([^"]+)"/.exec(await (await get('/admin', cookie)).text())?.[1];

describe('npm run editors', () => {
  it('refuses a short password, a taken name and an unknown organisation, and lists the accounts', () => {
    expect(editors(['add', '--tenant', 'strangnas', '--user', 'bo'], 'kort\n')).toMatchObject({ status: 2, stderr: expect.stringMatching(/minst 12 tecken/) });
    expect(editors(['add', '--tenant', 'strangnas', '--user', 'anna.svensson'], `${PASSWORD}\n`)).toMatchObject({ status: 1, stderr: expect.stringMatching(/taken/) });
    expect(editors(['add', '--tenant', 'oslo', '--user', 'ola'], `${PASSWORD}\n`)).toMatchObject({ status: 2, stderr: expect.stringMatching(/no organisation "oslo"/) });
    expect(editors(['list']).stdout).toMatch(/^anna\.svensson\tstrangnas\t\d{4}-\d\d-\d\d$/m);
  });
});

describe('/admin for a named editor', () => {
  it('sends a browser without a session to the login form, which is labelled and in Swedish', async () => {
    const res = await get('/admin');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/login');
    const form = await (await get('/admin/login')).text();
    expect(form).toContain('<html lang="sv">');
    expect(form).toMatch(/<label for="user">Användarnamn<\/label><input[^>]+id="user"[^>]+autocomplete="username"/);
    expect(form).toMatch(/<label for="password">Lösenord<\/label><input type="password"/);
  });

  it('logs in with a session cookie that is HttpOnly, Secure, SameSite=Strict and for /admin only', async () => {
    const wrong = await login('anna.svensson', 'fel lösenord helt och hållet');
    expect(wrong.res.status).toBe(401);
    expect(await wrong.res.text()).toContain('Fel användarnamn eller lösenord.');
    expect(wrong.res.headers.get('set-cookie')).toBeNull();

    const { res, cookie } = await login();
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin');
    const set = res.headers.get('set-cookie')!;
    expect(set).toMatch(/^nara_admin=[A-Za-z0-9_-]{43};/);
    for (const attribute of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/admin']) expect(set).toContain(attribute);
    const page = await (await get('/admin', cookie)).text();
    expect(page).toContain('Inloggad som <strong>anna.svensson</strong>');
    expect(page).toContain('Guiden för Strängnäs kommun');
    // Neither the password nor the cookie's id is in the database: a hash of each.
    const db = readFileSync(join(dataDir, 'nara-guide.sqlite')).toString('latin1') + (existsSync(join(dataDir, 'nara-guide.sqlite-wal')) ? readFileSync(join(dataDir, 'nara-guide.sqlite-wal')).toString('latin1') : '');
    expect(db).not.toContain(cookie.split('=')[1]);
    expect(db).not.toContain('lösenord för anna');
  });

  it('refuses a change without the session\'s CSRF token, and logs out with it', async () => {
    const { cookie } = await login();
    const refused = await postForm('/admin/logout', {}, cookie);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe('csrf_token_missing');
    expect((await postForm('/admin/logout', { csrf: 'not-the-token' }, cookie)).status).toBe(403);
    expect((await get('/admin', cookie)).status).toBe(200);

    const out = await postForm('/admin/logout', { csrf: (await csrfOf(cookie))! }, cookie);
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/admin/login');
    expect(out.headers.get('set-cookie')).toMatch(/nara_admin=;/);
    expect((await get('/admin', cookie)).status).toBe(303);
  });

  it('ends the sessions of an account that is removed', async () => {
    expect(editors(['add', '--tenant', 'strangnas', '--user', 'bo.berg'], `${PASSWORD}\n`).status).toBe(0);
    const { cookie } = await login('bo.berg');
    expect((await get('/admin', cookie)).status).toBe(200);
    expect(editors(['remove', '--user', 'bo.berg']).status).toBe(0);
    expect((await get('/admin', cookie)).status).toBe(303);
  });

  it('limits failed logins per address (ten in 15 minutes, counting this file\'s earlier ones), the right password too then', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11 && !statuses.includes(429); i++) statuses.push((await postForm('/admin/login', { user: 'anna.svensson', password: `gissning nummer ${i} lång` })).status);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
    const limited = await postForm('/admin/login', { user: 'anna.svensson', password: PASSWORD });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
