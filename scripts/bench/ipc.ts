// Requests between the bench and its child processes (our server, the bare ws server, the load
// generator) over Node's IPC channel: the parent calls a command by name, the child answers it.
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';

type Request = { id: number; cmd: string; args: Record<string, unknown> };
type Response = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
type Ready = { type: 'ready'; [key: string]: unknown };

export type MemoryReport = { rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number };

/**
 * A process's resident memory in bytes, read by another process (so it works when that one is out of
 * file descriptors); with `peak`, the most it has held since it started. NaN without /proc.
 */
export const residentMemory = (pid: number, { peak = false } = {}): number => {
  try {
    const kb = new RegExp(`^${peak ? 'VmHWM' : 'VmRSS'}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : NaN;
  } catch {
    return NaN;
  }
};

export type ChildHandle = {
  pid: number;
  /** What the child said when it was ready, e.g. its URL. */
  ready: Record<string, unknown>;
  call<T>(cmd: string, args?: Record<string, unknown>, timeoutMs?: number): Promise<T>;
  /** Asks the child to stop (`stop` command), then kills it if it is still there after the grace period. */
  stop(graceMs?: number): Promise<void>;
};

const running = new Set<ChildProcess>();
// A bench stopped halfway (Ctrl-C, a throw) leaves no server behind.
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export type SpawnOptions = {
  env?: Record<string, string>;
  execArgv?: string[];
  readyTimeoutMs?: number;
};

/** Forks `script` and resolves once it has sent `{ type: 'ready' }`. Its stdout goes nowhere (server logs), its stderr to ours. */
export const spawnChild = (script: string, { env = {}, execArgv = [], readyTimeoutMs = 60_000 }: SpawnOptions = {}): Promise<ChildHandle> =>
  new Promise((resolve, reject) => {
    const child = fork(script, [], { env: { ...process.env, ...env }, execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    running.add(child);
    let nextId = 1;
    const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
    let exited = false;
    const exitedPromise = new Promise<void>((done) => child.once('exit', () => done()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script}: not ready after ${readyTimeoutMs} ms`));
    }, readyTimeoutMs);
    child.once('exit', (code, signal) => {
      exited = true;
      running.delete(child);
      clearTimeout(timer);
      const error = new Error(`${script} exited (${signal ?? code})`);
      for (const p of pending.values()) p.reject(error);
      pending.clear();
      reject(error);
    });
    child.on('message', (message: Ready | Response) => {
      if ('type' in message && message.type === 'ready') {
        clearTimeout(timer);
        const { type: _type, ...ready } = message;
        resolve({
          pid: child.pid!,
          ready,
          call: <T>(cmd: string, args: Record<string, unknown> = {}, timeoutMs = 600_000) =>
            new Promise<T>((done, fail) => {
              if (exited) return fail(new Error(`${script} has exited`));
              const id = nextId++;
              const t = setTimeout(() => {
                pending.delete(id);
                fail(new Error(`${script}: ${cmd} took over ${timeoutMs} ms`));
              }, timeoutMs);
              pending.set(id, {
                resolve: (value) => { clearTimeout(t); done(value as T); },
                reject: (error) => { clearTimeout(t); fail(error); },
              });
              child.send({ id, cmd, args } satisfies Request);
            }),
          stop: async (graceMs = 10_000) => {
            if (exited) return;
            const id = nextId++;
            child.send({ id, cmd: 'stop', args: {} } satisfies Request);
            const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
            await exitedPromise;
            clearTimeout(kill);
          },
        });
        return;
      }
      const response = message as Response;
      const p = pending.get(response.id);
      if (!p) return;
      pending.delete(response.id);
      if (response.ok) p.resolve(response.result);
      else p.reject(new Error(response.error));
    });
  });

export type Handlers = Record<string, (args: Record<string, unknown>) => unknown>;

/** In a child: answers the parent's commands, adds `memory` and `stop`, and says it is ready. Exits when the parent goes. */
export const serveParent = (handlers: Handlers, ready: Record<string, unknown>, stop: () => Promise<void> | void = () => {}): void => {
  const gc = (globalThis as { gc?: () => void }).gc;
  const all: Handlers = {
    memory: ({ collect }) => {
      if (collect && gc) { gc(); gc(); }
      try {
        const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
        return { rss, heapUsed, heapTotal, external, arrayBuffers } satisfies MemoryReport;
      } catch {
        // memoryUsage() opens /proc/self/stat: out of file descriptors (EMFILE), the heap is still known.
        const heap = getHeapStatistics();
        return { rss: NaN, heapUsed: heap.used_heap_size, heapTotal: heap.total_heap_size, external: heap.external_memory, arrayBuffers: NaN } satisfies MemoryReport;
      }
    },
    ...handlers,
  };
  process.on('message', async ({ id, cmd, args }: Request) => {
    if (cmd === 'stop') {
      try { await stop(); } finally { process.exit(0); }
      return;
    }
    try {
      const handler = all[cmd];
      if (!handler) throw new Error(`unknown command ${cmd}`);
      process.send!({ id, ok: true, result: await handler(args) } satisfies Response);
    } catch (error) {
      process.send!({ id, ok: false, error: (error as Error).stack ?? String(error) } satisfies Response);
    }
  });
  process.on('disconnect', () => process.exit(0));
  process.send!({ type: 'ready', ...ready } satisfies Ready);
};
