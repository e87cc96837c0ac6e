// npm run bench [-- --quick] [-- --profile] [-- --no-peers] [-- --only=widget,peers,engine,triage,report,idle,load,tenants,instances] [-- --docs]
//
// Measures, on this machine, in one run: the widget's weight beside its peers' from npm, the answer
// path under WebSocket load beside a bare ws server, the engine alone on the shipped base and on a
// generated base of 10,000 entries, the memory of idle sockets, and the national scale (300 organisations
// sharing 5,000 national entries: start, memory, unique questions, edits while asking). Progress goes to stderr, the table
// to stdout, everything to dist/bench.json. Loopback only; every phase is bounded in count and time.
//
//   --quick     smaller and shorter (up to 1,000 sockets, 2,000 entries, 30 organisations): checks the harness, not for figures
//   --profile   runs our server under --cpu-prof and prints where its time went
//   --no-peers  skips downloading the peers' packages
//   --only=…    runs only the named parts (while working on one; the table then has gaps)
//   --docs      also writes the table into docs/performance.md, between its bench markers (--readme: the same)
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem, platform, release } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../server/knowledge/load-knowledge';
import { benchEngine, collectGarbage } from './bench/engine-bench';
import { benchTriage } from './bench/triage-bench';
import { generateKnowledge } from './bench/generate-knowledge';
import { measureIdle } from './bench/idle-memory';
import { spawnChild, type ChildHandle } from './bench/ipc';
import { measurePeers } from './bench/peers';
import { formatProfile, summarizeProfile } from './bench/profile-summary';
import { questionMix, questionSource, uniqueQuestions } from './bench/questions';
import { formatHeading, formatNotes, formatTable, judgeGoals, type BenchResult } from './bench/table';
import { widgetWeight } from './bench/widget-weight';
import { runLoad, runUniquePhase, type LoadPlan } from './bench/ws-load';
import { benchTenants, type TenantsPlan } from './bench/tenants-bench';
import { benchInstances, type InstancesPlan } from './bench/instances-bench';
import { benchReport } from './bench/report-bench';
import { openFileLimit } from '../server/http/guard-connections';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const profile = args.has('--profile');
const only = [...args].find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (part: 'widget' | 'peers' | 'engine' | 'triage' | 'report' | 'idle' | 'load' | 'tenants' | 'instances') => (!only || only.includes(part)) && !(part === 'peers' && args.has('--no-peers'));
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');
const started = performance.now();
const progress = (line: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);

const plan: LoadPlan = quick
  ? { closed: [100, 200, 1000], fixed: [1000], warmupMs: 500, closedMs: 2000, rounds: 2, fixedMs: 5000, periodMs: 5000 }
  : { closed: [100, 200, 1000, 5000], fixed: [100, 1000, 5000], warmupMs: 1000, closedMs: 6000, rounds: 3, fixedMs: 10_000, periodMs: 5000 };
const idleSockets = quick ? 1000 : 5000;
const generatedEntries = quick ? 2000 : 10_000;
const engineMs = quick ? 1000 : 3000;
const tenantsPlan: TenantsPlan = quick
  ? { tenants: 30, national: 1000, own: 20, sockets: 30, periodMs: 1000, phaseMs: 4000, bulk: 100 }
  : { tenants: 300, national: 5000, own: 20, sockets: 300, periodMs: 3000, phaseMs: 20_000, bulk: 100 };

const instancesPlan: InstancesPlan = quick ? { visitors: 500, concurrency: 16, durationMs: 3000 } : { visitors: 5000, concurrency: 32, durationMs: 15_000 };

const result: BenchResult = {
  date: new Date().toISOString().slice(0, 10),
  machine: {
    node: process.version,
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1e9),
    platform: `${platform()} ${release()}`,
  },
  quick,
  durationSec: 0,
  plan,
  idleSockets,
  engine: {},
  idle: {},
  load: { ours: [], bare: [] },
  goals: [],
  failures: {},
};

/** Runs one section; a failure is recorded and the bench goes on to the next. */
const section = async (name: string, run: () => Promise<void> | void) => {
  try {
    await run();
  } catch (error) {
    result.failures[name] = (error as Error).message.split('\n')[0] ?? String(error);
    progress(`${name} failed: ${(error as Error).stack ?? error}`);
  }
};

const README_START = '<!-- bench:start (npm run bench -- --readme writes what is between these lines) -->';
const README_END = '<!-- bench:end -->';
/** Where --docs (or --readme, its older name) writes the table, between the markers above. */
const DOCS_PAGE = join('docs', 'performance.md');

const finish = (code: number) => {
  result.durationSec = (performance.now() - started) / 1000;
  result.goals = judgeGoals(result);
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'bench.json'), JSON.stringify(result, null, 2));
  const text = `${formatHeading(result)}\n\n${formatTable(result)}\n\n${formatNotes(result)}\n`;
  process.stdout.write(text);
  if (args.has('--docs') || args.has('--readme')) {
    const page = readFileSync(join(root, DOCS_PAGE), 'utf8');
    const start = page.indexOf(README_START);
    const end = page.indexOf(README_END);
    if (start < 0 || end < start) progress(`${DOCS_PAGE} has no bench markers (${README_START} … ${README_END}); not written`);
    else {
      writeFileSync(join(root, DOCS_PAGE), `${page.slice(0, start + README_START.length)}\n${text}${page.slice(end)}`);
      progress(`table written into ${DOCS_PAGE}`);
    }
  }
  const missed = result.goals.filter((g) => g.met === false).map((g) => `${g.name} (${g.value}, goal ${g.target})`);
  if (missed.length) progress(`goals missed: ${missed.join('; ')}`);
  progress(`figures in ${join('dist', 'bench.json')}`);
  process.exit(code);
};

// Every phase has its own bound; this one is for the unforeseen.
setTimeout(() => {
  progress('over 10 minutes: stopping with what was measured');
  finish(1);
}, 10 * 60_000).unref();


// ---- widget ----
if (wanted('widget')) await section('widget', async () => {
  result.widget = await widgetWeight(root);
  progress(`widget: ${result.widget.launcher.gzip} B gzip before opening, ${result.widget.firstAnswer.gzip} B through the first answer`);
});

// ---- peers ----
if (wanted('peers')) {
  await section('peers', async () => {
    progress('peers: npm pack into a temporary folder');
    result.peers = await measurePeers();
    for (const p of result.peers) progress(`  ${p.pkg}${p.version ? `@${p.version}` : ''} ${p.file}: ${p.error ?? `${p.raw} B raw, ${p.gzip} B gzip`}`);
  });
}

// ---- engine alone ----
if (wanted('engine')) await section('engineShipped', async () => {
  progress('engine: shipped base');
  // A copy: the reload follows an edit of one entry.
  const dir = mkdtempSync(join(tmpdir(), 'nara-bench-shipped-'));
  try {
    cpSync(join(root, 'knowledge'), dir, { recursive: true });
    result.engine.shipped = await benchEngine(dir, { durationMs: engineMs });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const e = result.engine.shipped;
  progress(`  ${e.entries} entries: build ${e.build.totalMs.toFixed(0)} ms, reload ${e.reload.totalMs.toFixed(0)} ms, ${e.asks.perSec.toFixed(0)} questions/s, p99 ${e.asks.p99.toFixed(2)} ms`);
});
collectGarbage();
if (wanted('engine')) await section('engineGenerated', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nara-bench-knowledge-'));
  try {
    progress(`engine: generating a base of ${generatedEntries} entries in ${dir}`);
    await generateKnowledge(dir, { entries: generatedEntries, source: join(root, 'knowledge') });
    result.engine.generated = await benchEngine(dir, { durationMs: engineMs });
    const e = result.engine.generated;
    progress(`  ${e.entries} entries: build ${e.build.totalMs.toFixed(0)} ms, reload ${e.reload.totalMs.toFixed(0)} ms, ${e.asks.perSec.toFixed(0)} questions/s, p99 ${e.asks.p99.toFixed(2)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
collectGarbage();

// ---- safety triage alone, on unseen text ----
if (wanted('triage')) await section('triage', () => {
  progress('triage: crisis-set messages, each with a new word');
  result.triage = benchTriage(root, { durationMs: engineMs });
  progress(`  ${result.triage.meanMs.toFixed(4)} ms a message (mean), p99 ${result.triage.p99.toFixed(3)} ms`);
});
collectGarbage();

// ---- the editors' report over a flood of unanswered questions ----
if (wanted('report')) await section('report', async () => {
  const questions = quick ? 20_000 : 100_000;
  progress(`report: ${questions} unique unanswered questions`);
  result.report = await benchReport(questions);
  progress(`  ${result.report.totalMs.toFixed(0)} ms, longest event-loop block ${result.report.maxBlockMs.toFixed(1)} ms`);
});
collectGarbage();

// ---- the national scale: many organisations on one national base ----
if (wanted('tenants')) await section('tenants', async () => {
  const { tenants, national, own } = tenantsPlan;
  progress(`tenants: ${tenants} organisations sharing ${national} national entries, ${own} own each`);
  result.tenants = await benchTenants(root, tenantsPlan, progress);
});
collectGarbage();

// ---- several instances: two on one PostgreSQL beside one on SQLite ----
const { knowledge } = await loadKnowledge(join(root, 'knowledge'));
if (wanted('instances')) await section('instances', async () => {
  if (!knowledge) throw new Error('the shipped knowledge base does not load');
  result.instances = await benchInstances(root, dist, knowledge, instancesPlan, progress);
  const { sqlite, postgres, roundTripMs } = result.instances;
  progress(`  alone p50: SQLite ${sqlite.alone.p50.toFixed(2)} ms, PostgreSQL ${postgres.alone.p50.toFixed(2)} ms (a round trip ${roundTripMs.toFixed(2)} ms); loaded: ${sqlite.loaded.answersPerSec.toFixed(0)} vs ${postgres.loaded.answersPerSec.toFixed(0)} answers/s`);
});

// ---- sockets: our server, the bare ws server and the load generator, each in its own process ----
const questions = knowledge ? questionMix(knowledge, 200) : {};
const profileDir = join(dist, 'bench-profile');
let ours: ChildHandle | undefined;
let bare: ChildHandle | undefined;
let benchDataDir: string | undefined;
/** A load generator for each server, so that both pools of sockets can stay open and the rounds alternate. */
let clients: { ours: ChildHandle; bare: ChildHandle } | undefined;
if (wanted('idle') || wanted('load')) await section('load', async () => {
  if (!knowledge) throw new Error('the shipped knowledge base does not load');
  if (profile) rmSync(profileDir, { recursive: true, force: true });
  benchDataDir = mkdtempSync(join(tmpdir(), 'nara-bench-data-'));
  progress(`sockets: starting our server, the bare ws server and the load generator (open files limit ${openFileLimit() ?? '?'})`);
  let oursClient: ChildHandle, bareClient: ChildHandle;
  [ours, bare, oursClient, bareClient] = await Promise.all([
    spawnChild(join(dist, 'scripts/bench/server-child.js'), {
      execArgv: ['--expose-gc', ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
      env: {
        KNOWLEDGE_DIR: join(root, 'knowledge'),
        WIDGET_DIR: join(dist, 'widget'),
        // Its own database, removed afterwards: the bench's unanswered questions are not an editor's.
        DATA_DIR: benchDataDir,
        LOG_LEVEL: 'info',
        // One address carries the whole load here; production limits would refuse it.
        RATE_LIMIT_PER_MIN: '1000000',
        RATE_LIMIT_PER_ADDRESS_PER_MIN: '1000000000',
        MAX_CONNECTIONS_PER_ADDRESS: '1000000',
        MAX_HTTP_CONNECTIONS_PER_ADDRESS: '0',
      },
    }),
    spawnChild(join(dist, 'scripts/bench/bare-ws-server.js'), { execArgv: ['--expose-gc'] }),
    spawnChild(join(dist, 'scripts/bench/load-client.js')),
    spawnChild(join(dist, 'scripts/bench/load-client.js')),
  ]);
  clients = { ours: oursClient, bare: bareClient };
});
if (ours && bare && clients) {
  const targets = { ours: { name: 'ours', server: ours, url: String(ours.ready.url), loopDelay: true }, bare: { name: 'bare ws', server: bare, url: String(bare.ready.url) } };
  for (const key of wanted('idle') ? (['ours', 'bare'] as const) : []) {
    await section(key === 'ours' ? 'idleOurs' : 'idleBare', async () => {
      progress(`idle memory: ${idleSockets} sockets on ${targets[key].name}`);
      const f = await measureIdle(targets[key], clients![key], questions, idleSockets);
      result.idle[key] = f;
      progress(`  ${f.sockets} open: ${(f.rssPerSocket / 1000).toFixed(1)} KB RSS, ${(f.heapPerSocket / 1000).toFixed(1)} KB heap per socket`);
    });
  }
  if (wanted('load')) {
    await section('load', async () => {
      progress(`load on ours and bare ws, side by side${plan.rounds && plan.rounds > 1 ? ` (closed loop in ${plan.rounds} alternating rounds each)` : ''}`);
      const [oursPoints = [], barePoints = []] = await runLoad([{ target: targets.ours, client: clients!.ours }, { target: targets.bare, client: clients!.bare }], questions, plan, progress);
      result.load = { ...result.load, ours: oursPoints, bare: barePoints };
    });
    // The same closed loop with questions no one asked before: what the caches do not answer.
    await section('loadUnique', async () => {
      const sockets = 200;
      const durationMs = plan.closedMs / (plan.rounds ?? 1);
      // Enough for 10,000 answers a second over the phase: a socket that runs out repeats, and the table says so.
      const perTenant = Math.ceil((10 * (plan.warmupMs + durationMs)) / Math.max(knowledge!.tenants.size, 1));
      progress(`unique questions on ours: ${sockets} sockets, ${perTenant} questions per tenant`);
      result.load.unique = await runUniquePhase({ target: targets.ours, client: clients!.ours }, uniqueQuestions(questionSource(knowledge!), perTenant), sockets, { mode: 'closed', warmupMs: plan.warmupMs, durationMs }, progress);
    });
  }
}
await Promise.all([ours?.stop(), bare?.stop(), clients?.ours.stop(), clients?.bare.stop()].map((p) => p?.catch(() => {})));
if (benchDataDir) rmSync(benchDataDir, { recursive: true, force: true });

if (profile) {
  await section('profile', () => {
    const file = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(profileDir, f)).sort().at(-1);
    if (!file) throw new Error(`no profile in ${profileDir}`);
    result.profile = { file, functions: summarizeProfile(file, 40).functions };
    progress(`our server's profile:\n${formatProfile(file, 40)}`);
  });
}

finish(0);

