import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';

/**
 * The server (and the report) as `npm start` runs them, in processes of their own, to kill with SIGKILL mid-flight.
 * Built inside the repository's node_modules so that Node resolves the packages the bundle leaves external.
 */
export class ServerProcesses {
  readonly out: string;
  readonly #children: ChildProcess[] = [];

  constructor() {
    const cache = join(process.cwd(), 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    this.out = mkdtempSync(join(cache, 'nara-process-build-'));
  }

  /** Builds server/main.ts and scripts/report.ts (beforeAll). */
  async build(): Promise<void> {
    await build({
      entryPoints: ['server/main.ts', 'scripts/report.ts'], outdir: this.out, outbase: '.', bundle: true, platform: 'node', format: 'esm',
      target: 'node20', packages: 'external', logLevel: 'warning',
    });
  }

  /** Starts main.js on a free port; resolves with its URL once it listens; `events` collects its log lines. */
  start(env: Record<string, string>): Promise<Started> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(this.out, 'server/main.js')], {
        env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'inherit'],
        cwd: process.cwd(),
      });
      this.#children.push(child);
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
      const events: Started['events'] = [];
      createInterface({ input: child.stdout! }).on('line', (line) => {
        const event = JSON.parse(line);
        events.push(event);
        if (event.event === 'server.listening') resolve({ url: event.url, child, events });
      });
    });
  }

  /** Kills every process still running (afterEach). */
  killAll(): void {
    for (const child of this.#children.splice(0)) child.kill('SIGKILL');
  }

  /** Removes the build (afterAll). */
  remove(): void {
    rmSync(this.out, { recursive: true, force: true });
  }
}

export type Started = { url: string; child: ChildProcess; events: { event: string; [field: string]: unknown }[] };

export const kill9 = (child: ChildProcess) => new Promise<void>((resolve) => {
  if (child.exitCode !== null || child.signalCode !== null) return resolve();
  child.once('exit', () => resolve());
  child.kill('SIGKILL');
});

export const post = (url: string, body: unknown) => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** A contact centre's webhook, counting what it receives; `delayMs` holds each answer that long. */
export const receiver = async (port = 0, { delayMs = 0 } = {}) => {
  const received: { key: string | undefined; body: Record<string, unknown> }[] = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      received.push({ key: req.headers['idempotency-key'] as string | undefined, body: JSON.parse(data) });
      setTimeout(() => res.writeHead(200).end('{}'), delayMs);
    });
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { received, port: (server.address() as net.AddressInfo).port, close: () => new Promise((r) => server.close(r)) };
};
