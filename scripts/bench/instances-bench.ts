// Two instances on one PostgreSQL beside one on SQLite: what a shared store costs an answer. Each visitor asks a
// question no one asked before and then a follow-up in the same conversation; on PostgreSQL the follow-up goes to the
// other instance (as a load balancer without sticky sessions would send it), so it is read from the database.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Knowledge } from '../../server/knowledge/knowledge';
import { spawnChild, type ChildHandle } from './ipc';
import { questionSource, uniqueQuestions } from './questions';
import { summarize, type Latency } from './stats';

export type InstancesPlan = { visitors: number; concurrency: number; durationMs: number };
export type StoreFigures = {
  /** One visitor at a time: the latency of an answer with nothing else going on. */
  alone: Latency;
  /** `concurrency` visitors at once for `durationMs`. */
  loaded: Latency & { answersPerSec: number; errors: number };
};
export type InstancesFigures = { plan: InstancesPlan; sqlite: StoreFigures; postgres: StoreFigures; roundTripMs: number };

const DATABASE = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The median time of `SELECT 1` from here: one round trip to the database. */
const roundTrip = async (url: string): Promise<number> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const samples: number[] = [];
  for (let i = 0; i < 500; i++) {
    const started = performance.now();
    await client.query('SELECT 1');
    samples.push(performance.now() - started);
  }
  await client.end();
  return summarize(samples).p50;
};

type Visitor = { tenant: string; text: string };

/** Asks one visitor's two questions: the first on `first`, the follow-up on `second`; returns the two latencies. */
const visit = async ({ tenant, text }: Visitor, first: string, second: string): Promise<number[]> => {
  const ask = async (url: string, body: Record<string, unknown>) => {
    const started = performance.now();
    const res = await fetch(`${url}/api/v1/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    const reply = (await res.json()) as { conversationId: string };
    return { ms: performance.now() - started, reply };
  };
  const one = await ask(first, { tenant, text });
  const two = await ask(second, { tenant, text: 'berätta mer', conversationId: one.reply.conversationId });
  return [one.ms, two.ms];
};

const measure = async (urls: string[], visitors: Visitor[], plan: InstancesPlan): Promise<StoreFigures> => {
  let next = 0;
  const take = () => visitors[next++ % visitors.length]!;
  const pair = (i: number) => [urls[i % urls.length]!, urls[(i + 1) % urls.length]!] as const;
  // Alone: one visitor after another.
  const alone: number[] = [];
  for (let i = 0; i < Math.min(plan.visitors, 200); i++) alone.push(...(await visit(take(), ...pair(i))));
  // Loaded: `concurrency` visitors at once, each starting the next when done.
  const samples: number[] = [];
  let errors = 0;
  const until = performance.now() + plan.durationMs;
  const started = performance.now();
  await Promise.all(Array.from({ length: plan.concurrency }, async (_, worker) => {
    for (let i = worker; performance.now() < until; i += plan.concurrency) {
      try {
        samples.push(...(await visit(take(), ...pair(i))));
      } catch {
        errors++;
      }
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  return { alone: summarize(alone), loaded: { ...summarize(samples), answersPerSec: samples.length / seconds, errors } };
};

export const benchInstances = async (root: string, dist: string, knowledge: Knowledge, plan: InstancesPlan, progress: (line: string) => void): Promise<InstancesFigures> => {
  const schema = `nara_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: DATABASE });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(DATABASE);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const folders: string[] = [];
  const children: ChildHandle[] = [];
  const server = (env: Record<string, string>) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nara-bench-instance-'));
    folders.push(dataDir);
    return spawnChild(join(dist, 'scripts/bench/server-child.js'), {
      env: {
        KNOWLEDGE_DIR: join(root, 'knowledge'), WIDGET_DIR: join(dist, 'widget'), DATA_DIR: dataDir, LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MIN: '0', RATE_LIMIT_PER_ADDRESS_PER_MIN: '0', MAX_HTTP_CONNECTIONS_PER_ADDRESS: '0', ...env,
      },
    }).then((child) => (children.push(child), child));
  };
  try {
    const visitors = Object.entries(uniqueQuestions(questionSource(knowledge), Math.ceil(plan.visitors / knowledge.tenants.size)))
      .flatMap(([tenant, texts]) => texts.map((text) => ({ tenant, text })));
    progress(`instances: one on SQLite, ${plan.concurrency} visitors at once for ${plan.durationMs / 1000} s`);
    const sqlite = await server({});
    const sqliteFigures = await measure([String(sqlite.ready.url)], visitors, plan);
    await sqlite.stop();
    progress(`instances: two on one PostgreSQL (${schema}), each follow-up on the other instance`);
    const [a, b] = await Promise.all([server({ DATABASE_URL: url.toString() }), server({ DATABASE_URL: url.toString() })]);
    const postgres = await measure([String(a.ready.url), String(b.ready.url)], visitors, plan);
    return { plan, sqlite: sqliteFigures, postgres, roundTripMs: await roundTrip(url.toString()) };
  } finally {
    await Promise.all(children.map((c) => c.stop().catch(() => {})));
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
    await admin.end();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
};
