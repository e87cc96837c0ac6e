import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../server/start';
import { openSocket } from './support/hardened-server';

// The guide behind Debian's nginx, configured by docs/operations/nginx.conf as shipped (only its ports, certificate and
// log folder replaced) with a self-signed certificate: what docs/operations.md tells an operator to run, end to end.
// `npm test` installs nginx when it is missing (scripts/ensure-nginx.mjs).
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** The server's heartbeat and nginx's proxy timeouts, the shipped 30 s and 90 s scaled down so a test can outlast them. */
const HEARTBEAT_MS = 500;
const PROXY_TIMEOUT_S = 3;
const WAIT_MS = 20_000;

const dir = mkdtempSync(join(tmpdir(), 'nara-nginx-'));
let server: RunningServer;
let nginx: ChildProcess | undefined;
let nginxExit: Promise<unknown> = Promise.resolve();
let httpsPort = 0;
let httpPort = 0;
let ca = '';
/** The demo's page behind nginx: the origin a browser sends from it. */
let ownOrigin = '';

const freePort = () => new Promise<number>((resolve, reject) => {
  const probe = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as net.AddressInfo;
    probe.close(() => resolve(port));
  });
});

/** Replaces text the shipped file must still have, so the file and this test cannot drift apart unnoticed. */
const replace = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`docs/operations/nginx.conf no longer has "${from}": update tests/nginx.test.ts to match it`);
  return text.replaceAll(from, to);
};

/** Starts nginx in the foreground; resolves once it listens (it writes its pid file after binding its ports). */
const startNginx = (config: string) => new Promise<void>((resolve, reject) => {
  const pidFile = join(dir, 'nginx.pid');
  const watcher = watch(dir, () => {
    if (existsSync(pidFile)) done();
  });
  let stderr = '';
  const child = spawn(NGINX, ['-p', dir, '-c', config, '-e', 'stderr'], { stdio: ['ignore', 'ignore', 'pipe'] });
  nginx = child;
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk; });
  nginxExit = new Promise((exited) => child.once('exit', exited));
  const done = (error?: Error) => {
    watcher.close();
    if (error) reject(error);
    else resolve();
  };
  child.once('error', (error) => done(error));
  child.once('exit', (code) => done(new Error(`nginx exited with ${code} before it listened:\n${stderr}`)));
  if (existsSync(pidFile)) done();
});

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} not found: run \`node scripts/ensure-nginx.mjs\` (npm test does) or set NGINX_PATH`);
  server = await startServer({
    port: 0, host: '127.0.0.1', watch: false, quiet: true,
    // As docs/operations.md sets it behind nginx on the same machine; one socket per visitor shows whose address it saw.
    config: { TRUSTED_PROXIES: ['127.0.0.1'], MAX_CONNECTIONS_PER_ADDRESS: 1, HEARTBEAT_INTERVAL_MS: HEARTBEAT_MS },
  });
  [httpsPort, httpPort] = [await freePort(), await freePort()];
  ownOrigin = `https://127.0.0.1:${httpsPort}`;

  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', join(dir, 'privkey.pem'), '-out', join(dir, 'fullchain.pem'),
  ], { stdio: 'pipe' });
  ca = readFileSync(join(dir, 'fullchain.pem'), 'utf8');

  let site = readFileSync('docs/operations/nginx.conf', 'utf8');
  site = replace(site, 'server 127.0.0.1:8787;', `server 127.0.0.1:${server.port};`);
  site = replace(site, 'listen 80;', `listen 127.0.0.1:${httpPort};`);
  site = replace(site, 'listen 443 ssl;', `listen 127.0.0.1:${httpsPort} ssl;`);
  site = replace(site, 'listen [::]:80;', '');
  site = replace(site, 'listen [::]:443 ssl;', '');
  site = replace(site, '/etc/letsencrypt/live/guide.example.se/', `${dir}/`);
  site = replace(site, '/var/log/nginx/', `${dir}/`);
  site = replace(site, 'proxy_read_timeout 90s;', `proxy_read_timeout ${PROXY_TIMEOUT_S}s;`);
  site = replace(site, 'proxy_send_timeout 90s;', `proxy_send_timeout ${PROXY_TIMEOUT_S}s;`);
  writeFileSync(join(dir, 'nara-guide.conf'), site);
  // What Debian's /etc/nginx/nginx.conf gives the site, in the test's folder: one process as whoever runs the test.
  writeFileSync(join(dir, 'nginx.conf'), `
daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 64; }
http {
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/nara-guide.conf;
}
`);
  await startNginx(join(dir, 'nginx.conf'));
});

afterAll(async () => {
  nginx?.kill('SIGTERM');
  await nginxExit;
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Sockets a test opened, cut after it whatever happened, so one failure does not hold the next test's visitors. */
const sockets: { ws: { terminate(): void } }[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.ws.terminate();
});

/** A socket through nginx over wss://, from the loopback address `visitor` (127.0.0.0/8 is all this machine's). */
const socketThroughNginx = async (visitor: string, forwardedFor?: string) => {
  const socket = await openSocket(`wss://127.0.0.1:${httpsPort}/ws?tenant=strangnas`, forwardedFor, { ca, localAddress: visitor, headers: { Origin: ownOrigin } });
  sockets.push(socket);
  return socket;
};

/** An HTTP request through nginx from `visitor`; https unless told. */
const request = (method: string, path: string, { body, visitor = '127.0.0.1', secure = true }: { body?: unknown; visitor?: string; secure?: boolean } = {}) =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
    const options = {
      host: '127.0.0.1', port: secure ? httpsPort : httpPort, path, method, ca, localAddress: visitor, agent: false,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    };
    const req = (secure ? https : http).request(options, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });

describe('behind nginx with TLS (docs/operations/nginx.conf)', () => {
  it('answers a question over wss:// from the demo page, the certificate verified', async () => {
    const socket = await socketThroughNginx('127.0.0.2');
    expect(await socket.next(WAIT_MS)).toMatchObject({ type: 'hello', conversationId: expect.any(String) });
    socket.send({ type: 'ask', id: 'q1', text: 'Vad är nära vård?' });
    expect(await socket.next(WAIT_MS)).toMatchObject({ type: 'reply', id: 'q1', kind: 'answer', text: expect.stringMatching(/\S/) });
    socket.ws.close();
    await socket.closed;
  });

  it('answers POST /api/v1/ask over https, with the server\'s own headers', async () => {
    const res = await request('POST', '/api/v1/ask', { body: { tenant: 'strangnas', text: 'Vad är nära vård?' } });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ kind: 'answer', text: expect.stringMatching(/\S/) });
    expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
  });

  it('passes each visitor\'s own address in X-Forwarded-For, which a visitor cannot forge', async () => {
    // nginx reaches the server from 127.0.0.1 for everyone; at one socket per address, a second visitor still
    // gets in only because the server reads the address nginx adds.
    const first = await socketThroughNginx('127.0.0.3');
    const second = await socketThroughNginx('127.0.0.4');
    expect((await first.next(WAIT_MS)).type).toBe('hello');
    expect((await second.next(WAIT_MS)).type).toBe('hello');
    // The first visitor again, claiming another address: nginx adds the real one on the right, which the server reads.
    const again = await socketThroughNginx('127.0.0.3', '198.51.100.7').catch((error: { status?: number; body?: string }) => error);
    expect(again).toMatchObject({ status: 429 });
    expect(JSON.parse((again as { body: string }).body)).toMatchObject({ error: { code: 'too_many_connections' } });
  });

  it('keeps a quiet socket open past proxy_read_timeout: the server\'s pings pass through nginx, the pongs back', async () => {
    const socket = await socketThroughNginx('127.0.0.5');
    await socket.next(WAIT_MS);
    const opened = Date.now();
    const outlasted = new Promise<void>((resolve) => {
      const onPing = () => {
        if (Date.now() - opened < PROXY_TIMEOUT_S * 1500) return;
        socket.ws.off('ping', onPing);
        resolve();
      };
      socket.ws.on('ping', onPing);
    });
    expect(await Promise.race([outlasted.then(() => 'open'), socket.closed.then(({ code }) => `closed with ${code}`)])).toBe('open');
    socket.send({ type: 'ask', id: 'later', text: 'Vad är nära vård?' });
    expect(await socket.next(WAIT_MS)).toMatchObject({ type: 'reply', id: 'later' });
  });

  it('redirects http:// to https://', async () => {
    const res = await request('GET', '/?tenant=strangnas', { secure: false });
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('https://127.0.0.1/?tenant=strangnas');
  });

  it('logs neither the visitor\'s address nor the query string', async () => {
    await request('GET', '/healthz?tenant=strangnas', { visitor: '127.0.0.6' });
    const log = readFileSync(join(dir, 'nara-guide.access.log'), 'utf8');
    expect(log).toMatch(/ GET \/healthz 200 /);
    expect(log).toMatch(/ POST \/api\/v1\/ask 200 /);
    expect(log).not.toMatch(/127\.0\.0\.|tenant=|conversationId/);
  });
});
