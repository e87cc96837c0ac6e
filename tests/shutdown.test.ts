import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import http from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSocket, refusedUpgrade, sleep, startHardened } from './support/hardened-server';

const MAIN = 'dist/server/main.js';

/** Newest modification time under `dir` of files ending in .ts. */
const newestSource = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return Math.max(newest, newestSource(path));
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? Math.max(newest, statSync(path).mtimeMs) : newest;
  }, 0);

/**
 * `npm test` builds before vitest runs; when the built entry is missing or older than the server's
 * sources (vitest run alone), only the entry is rebuilt, as scripts/build.mjs builds it, so the widget
 * files other tests are reading are left alone.
 */
const ensureBuiltServer = async () => {
  if (existsSync(MAIN) && statSync(MAIN).mtimeMs >= newestSource('server')) return;
  await build({
    entryPoints: ['server/main.ts'], outdir: 'dist', outbase: '.', bundle: true, platform: 'node', format: 'esm',
    target: 'node20', packages: 'external', sourcemap: true, logLevel: 'warning',
  });
};

describe('draining, in process', () => {
  it('answers /readyz with 503 and refuses new sockets while draining, answers what was asked, then closes sockets with 1001', async () => {
    // The drain window is long enough for the checks below on a loaded machine: they must all fall inside it.
    const h = await startHardened({ DRAIN_DELAY_MS: 3000 });
    const socket = await openSocket(`${h.wsBase}/ws?tenant=varmland`);
    await socket.next();
    const closing = h.server.close();
    // A socket already open is answered while the server drains.
    socket.send({ type: 'ask', id: 'during', text: 'Vad är nära vård?' });
    expect(await socket.next()).toMatchObject({ type: 'reply', id: 'during' });
    const ready = await fetch(`${h.base}/readyz`);
    expect(ready.status).toBe(503);
    expect((await ready.json()).status).toBe('draining');
    expect(await refusedUpgrade(`${h.wsBase}/ws?tenant=varmland`)).toMatchObject({ status: 503, body: { error: { code: 'not_ready' } } });
    const plain = await fetch(`${h.base}/ws?tenant=varmland`); // not an upgrade: an ordinary JSON answer
    expect(plain.status).toBe(503);
    expect((await plain.json()).error.code).toBe('not_ready');
    expect((await h.ask(h.newAddress(), { tenant: 'varmland', text: 'Vad är nära vård?' })).status).toBe(200);
    expect(await socket.closed).toEqual({ code: 1001, reason: 'server shutting down' });
    await closing;
  });
});

describe('an error in one connection', () => {
  it('is answered on that connection and never takes the server down', async () => {
    const h = await startHardened();
    const ask = h.server.engine.ask.bind(h.server.engine);
    h.server.engine.ask = (question) => {
      if (question.text.includes('krascha')) throw new Error('engine bug on 19121212-1212');
      return ask(question);
    };
    const broken = await h.ask(h.newAddress(), { tenant: 'varmland', text: 'krascha' });
    expect(broken.status).toBe(500);
    expect(await broken.json()).toEqual({ error: { code: 'internal', message: expect.any(String) } });
    const socket = await openSocket(`${h.wsBase}/ws?tenant=varmland`);
    await socket.next();
    socket.send({ type: 'ask', id: 'boom', text: 'krascha' });
    expect(await socket.next()).toEqual({ type: 'error', id: 'boom', error: { code: 'internal', message: expect.any(String) } });
    socket.send({ type: 'ask', id: 'fine', text: 'Vad är nära vård?' });
    expect(await socket.next()).toMatchObject({ type: 'reply', id: 'fine', kind: 'answer' });
    expect((await fetch(`${h.base}/healthz`)).status).toBe(200);
    const logged = h.logs.join('\n');
    expect(logged).toContain('engine bug on [personnummer]');
    expect(logged).not.toContain('19121212');
    socket.ws.close();
    await h.server.close();
  });
});

describe('SIGTERM on the built server (node dist/server/main.js)', () => {
  let child: ChildProcess;
  const lines: string[] = [];
  let url = '';
  let exited: Promise<number | null>;

  beforeAll(async () => {
    await ensureBuiltServer();
    child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', DRAIN_DELAY_MS: '400', DRAIN_TIMEOUT_MS: '5000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    const listening = new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        lines.push(line);
        const entry = JSON.parse(line);
        if (entry.event === 'server.listening') resolve(entry.url);
      });
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    child.stderr!.on('data', (chunk) => lines.push(`stderr: ${chunk}`));
    url = await listening;
  }, 30_000);
  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('stops accepting, answers /readyz with 503, lets questions in flight finish, closes sockets with 1001 and exits 0', async () => {
    const wsUrl = `${url.replace(/^http/, 'ws')}/ws?tenant=strangnas`;
    const sockets = await Promise.all([1, 2, 3, 4, 5].map(() => openSocket(wsUrl)));
    for (const s of sockets) await s.next();

    // HTTP questions in flight: headers and half the body now, the rest after the signal.
    const slow = [0, 1, 2].map((i) => {
      const body = JSON.stringify({ tenant: 'strangnas', text: `Vad är nära vård? Mitt nummer är 070-123 45 6${i}` });
      const req = http.request(`${url}/api/v1/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } });
      const response = new Promise<{ status: number; body: { kind?: string } }>((resolve, reject) => {
        req.on('response', (res) => {
          let text = '';
          res.on('data', (chunk) => { text += chunk; });
          res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
        });
        req.on('error', reject);
      });
      req.write(body.slice(0, 20));
      return { finish: () => req.end(body.slice(20)), response };
    });
    await sleep(100);

    // Questions on every socket, then SIGTERM.
    sockets.forEach((s, i) => s.send({ type: 'ask', id: `q${i}`, text: `Vad är nära vård? Jag heter anna@example.se, pnr 19121212-121${i}` }));
    const replies = Promise.all(sockets.map((s) => s.next()));
    child.kill('SIGTERM');

    await sleep(100);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect((await ready.json()).status).toBe('draining');
    expect((await replies).map((r) => r.type)).toEqual(['reply', 'reply', 'reply', 'reply', 'reply']);

    await sleep(500); // past DRAIN_DELAY_MS: no longer accepting
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    for (const s of slow) s.finish();
    for (const s of slow) expect(await s.response).toMatchObject({ status: 200, body: { kind: expect.any(String), replyId: expect.any(String) } });

    const closes = await Promise.all(sockets.map((s) => s.closed));
    expect(closes.every((c) => c.code === 1001)).toBe(true);
    expect(await exited).toBe(0);

    // Every line is JSON with an event; a question's personal data appears nowhere.
    const events = lines.map((line) => JSON.parse(line) as { event: string });
    expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(['server.signal', 'server.draining', 'server.closed']));
    const logged = lines.join('\n');
    for (const personal of ['070-123 45 6', 'anna@example.se', '19121212']) expect(logged).not.toContain(personal);
  }, 30_000);
});

describe('a second server on a port already taken (node dist/server/main.js)', () => {
  it('exits at once, non-zero, saying why, and leaves the first one serving (issue 14.4)', async () => {
    await ensureBuiltServer();
    const first = await startHardened();
    const dataDir = mkdtempSync(join(tmpdir(), 'nara-second-'));
    const second = spawn(process.execPath, [MAIN], {
      env: { ...process.env, PORT: String(first.server.port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    second.stdout!.on('data', (chunk) => { output += chunk; });
    second.stderr!.on('data', (chunk) => { output += chunk; });
    const code = await new Promise<number | null>((resolve) => second.once('exit', (c) => resolve(c)));
    expect(code).toBe(1);
    expect(output).toContain('server.start_failed');
    expect(output).toMatch(/cannot listen on 127\.0\.0\.1:\d+: .*EADDRINUSE/);
    expect((await fetch(`${first.base}/healthz`)).status).toBe(200);
    await first.server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);
});

describe('a second server on the same data folder (node dist/server/main.js)', () => {
  it('exits at once, non-zero, naming the folder; once the first is killed with -9, a new one starts there', async () => {
    await ensureBuiltServer();
    const dataDir = mkdtempSync(join(tmpdir(), 'nara-one-per-folder-'));
    const run = () => {
      const child = spawn(process.execPath, [MAIN], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout!.on('data', (chunk) => { output += chunk; });
      child.stderr!.on('data', (chunk) => { output += chunk; });
      const listening = new Promise<boolean>((resolve) => {
        child.stdout!.on('data', () => { if (output.includes('server.listening')) resolve(true); });
        child.once('exit', () => resolve(false));
      });
      return { child, listening, output: () => output, exit: new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c))) };
    };
    const first = run();
    expect(await first.listening).toBe(true);
    const second = run();
    expect(await second.exit).toBe(1);
    expect(second.output()).toContain('server.start_failed');
    expect(second.output()).toContain(`another nara-guide server is running on the data folder ${dataDir}`);
    first.child.kill('SIGKILL');
    await first.exit;
    const third = run();
    expect(await third.listening).toBe(true);
    third.child.kill('SIGKILL');
    await third.exit;
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);
});
