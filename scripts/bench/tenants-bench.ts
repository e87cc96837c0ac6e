// The national scale, end to end: our server on a generated base of `tenants` organisations sharing
// `national` national entries (each with `own` of its own), measured from outside as an operator sees it:
// how long until it serves, the memory it holds, how fast it answers questions no one asked before, how
// soon an edit of one national entry is served, and whether a bulk edit of 100 while visitors ask costs
// any of them an answer. Every figure comes from the server's process and a load generator's sockets.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { parse } from 'yaml';
import { generateTenants } from './generate-tenants';
import { residentMemory, spawnChild, type ChildHandle, type MemoryReport } from './ipc';
import type { ConnectResult, PhaseResult } from './load-client';
import { uniqueQuestions } from './questions';

export type TenantsPlan = {
  tenants: number;
  national: number;
  own: number;
  /** Sockets asking at a fixed rate, spread over the tenants. */
  sockets: number;
  /** Each socket asks once per period. */
  periodMs: number;
  /** Length of each asking phase (the quiet one, and the one during the bulk edit). */
  phaseMs: number;
  /** National entries changed at once in the bulk edit. */
  bulk: number;
};

export type TenantsFigures = {
  plan: TenantsPlan;
  /** Generating the folder (not the server's time). */
  generateMs: number;
  /** From starting the server's process to its first answer being possible (knowledge loaded, listening). */
  readyMs: number;
  /** Resident memory once ready, after a full GC; and the most the process held during the whole phase. */
  rss: number;
  peakRss: number;
  heapUsed: number;
  /** Unique questions at a fixed rate, nothing else happening. */
  asks: PhaseResult;
  /** From writing one national entry's file to a visitor's answer carrying the change. */
  nationalEditMs: number;
  /** From writing `bulk` national entries' files to the last of them being served, while visitors ask. */
  bulkEditMs: number;
  /** The asking phase around the bulk edit: its errors are refused or dropped questions. */
  duringBulk: PhaseResult;
  /** The server's longest event-loop stall over the bulk phase, in ms. */
  bulkLoopDelayMax: number;
};

/** What visitors' answers carry once an edit is served: a sentence no entry has. */
const marker = (n: number) => `Uppdaterad ${n}.`;

/** Puts `mark` at the start of a generated entry's text (generate-tenants.ts writes "Det här gäller …"). */
const edit = (file: string, mark: string) => {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/\n\n(?:Uppdaterad \d+\. )?Det här gäller/, `\n\n${mark} Det här gäller`));
};

/** The first listed question of a generated entry's file. */
const firstQuestion = (file: string): string => {
  const [, frontMatter = ''] = readFileSync(file, 'utf8').split(/^---$/m);
  return (parse(frontMatter) as { questions: string[] }).questions[0]!;
};

/**
 * One visitor's socket that asks `question` again as soon as it is answered, until an answer contains
 * `expected`; resolves with the time from `since` (performance.now()) to that answer.
 */
const askUntilServed = (url: string, tenant: string, question: string, expected: string, since: number, timeoutMs = 60_000): Promise<number> =>
  new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/ws?tenant=${encodeURIComponent(tenant)}`, { origin: url, perMessageDeflate: false });
    let id = 0;
    const ask = () => ws.send(JSON.stringify({ type: 'ask', id: String(++id), text: question }));
    const timer = setTimeout(() => { ws.terminate(); reject(new Error(`"${expected}" not served within ${timeoutMs} ms`)); }, timeoutMs);
    ws.on('error', (error) => { clearTimeout(timer); reject(error); });
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { type: string; text?: string };
      if (frame.type === 'hello') return ask();
      if (frame.type === 'reply' && frame.text?.includes(expected)) {
        clearTimeout(timer);
        resolve(performance.now() - since);
        ws.close();
        return;
      }
      ask();
    });
  });

export const benchTenants = async (root: string, plan: TenantsPlan, progress: (line: string) => void): Promise<TenantsFigures> => {
  const dir = mkdtempSync(join(tmpdir(), 'nara-bench-tenants-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'nara-bench-tenants-data-'));
  let server: ChildHandle | undefined;
  let client: ChildHandle | undefined;
  try {
    let t = performance.now();
    const generated = await generateTenants(dir, { tenants: plan.tenants, national: plan.national, own: plan.own, source: join(root, 'knowledge') });
    const generateMs = performance.now() - t;
    progress(`  generated ${plan.tenants} organisations × ${plan.own} own entries and ${plan.national} national entries in ${(generateMs / 1000).toFixed(1)} s`);
    // Enough unique questions that no socket asks one twice over both phases.
    const perTenant = Math.ceil((plan.sockets / plan.tenants) * ((2 * plan.phaseMs + 10_000) / plan.periodMs) * 1.5) + 2;
    const questions = uniqueQuestions(generated.questions, perTenant);

    t = performance.now();
    [server, client] = await Promise.all([
      spawnChild(join(root, 'dist/scripts/bench/server-child.js'), {
        execArgv: ['--expose-gc'],
        env: {
          KNOWLEDGE_DIR: dir,
          WIDGET_DIR: join(root, 'dist/widget'),
          DATA_DIR: dataDir,
          LOG_LEVEL: 'info',
          RATE_LIMIT_PER_MIN: '1000000',
          RATE_LIMIT_PER_ADDRESS_PER_MIN: '1000000000',
          MAX_CONNECTIONS_PER_ADDRESS: '1000000',
          MAX_HTTP_CONNECTIONS_PER_ADDRESS: '0',
        },
        readyTimeoutMs: 300_000,
      }).then((child) => { t = performance.now() - t; return child; }),
      spawnChild(join(root, 'dist/scripts/bench/load-client.js')),
    ]);
    const readyMs = t;
    const url = String(server.ready.url);
    const memory = await server.call<MemoryReport>('memory', { collect: true });
    const rss = residentMemory(server.pid);
    progress(`  ready in ${(readyMs / 1000).toFixed(1)} s; ${(rss / 1e6).toFixed(0)} MB resident, ${(memory.heapUsed / 1e6).toFixed(0)} MB heap`);

    const connect = await client.call<ConnectResult>('connect', { url, origin: url, questions, total: plan.sockets, split: true });
    if (connect.failed) throw new Error(`${connect.failed} of ${plan.sockets} sockets failed to open: ${JSON.stringify(connect.errors)}`);
    const phase = { mode: 'fixed', warmupMs: 2000, durationMs: plan.phaseMs, periodMs: plan.periodMs };
    const asks = await client.call<PhaseResult>('phase', phase);
    progress(`  unique questions, ${plan.sockets} sockets × 1 / ${plan.periodMs / 1000} s: p50 ${asks.latency.p50.toFixed(2)} ms, p99 ${asks.latency.p99.toFixed(2)} ms, max ${asks.latency.max.toFixed(0)} ms, ${asks.errorCount} errors, ${asks.repeated} repeated`);

    // One national entry edited: how soon does a visitor of some organisation get the new text?
    const [first, ...rest] = generated.nationalFiles;
    const tenant = generated.tenants[Math.floor(generated.tenants.length / 2)]!;
    t = performance.now();
    edit(join(dir, first!), marker(1));
    const nationalEditMs = await askUntilServed(url, tenant, firstQuestion(join(dir, first!)), marker(1), t);
    progress(`  one national entry edited: served after ${nationalEditMs.toFixed(0)} ms`);

    // A bulk edit while visitors ask: none of their questions may be refused or go unanswered.
    await server.call('loopDelay');
    const during = client.call<PhaseResult>('phase', phase);
    await sleep(phase.warmupMs + plan.phaseMs / 4);
    const bulk = rest.slice(-plan.bulk);
    t = performance.now();
    for (const file of bulk) edit(join(dir, file), marker(2));
    const bulkEditMs = await askUntilServed(url, tenant, firstQuestion(join(dir, bulk.at(-1)!)), marker(2), t);
    progress(`  ${bulk.length} national entries edited while asking: served after ${bulkEditMs.toFixed(0)} ms`);
    const duringBulk = await during;
    const stall = await server.call<{ p99: number; max: number }>('loopDelay');
    progress(`  asking meanwhile: p50 ${duringBulk.latency.p50.toFixed(2)} ms, p99 ${duringBulk.latency.p99.toFixed(2)} ms, max ${duringBulk.latency.max.toFixed(0)} ms, ${duringBulk.errorCount} errors, longest event-loop stall ${stall.max.toFixed(0)} ms`);
    return {
      plan, generateMs, readyMs, rss, peakRss: residentMemory(server.pid, { peak: true }), heapUsed: memory.heapUsed,
      asks, nationalEditMs, bulkEditMs, duringBulk, bulkLoopDelayMax: stall.max,
    };
  } finally {
    await Promise.all([client?.stop(), server?.stop()].map((p) => p?.catch(() => {})));
    rmSync(dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
};
