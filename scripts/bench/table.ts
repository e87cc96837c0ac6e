// The bench's one table: every figure of ours with its comparison beside it and the goal it answers
// to, as Markdown so the same text goes to the terminal and docs/performance.md.
import type { InstancesFigures, StoreFigures } from './instances-bench';
import type { EngineFigures, LoadFigures } from './engine-bench';
import type { IdleFigures } from './idle-memory';
import type { TriageFigures } from './triage-bench';
import type { ReportFigures } from './report-bench';
import type { PeerFigures } from './peers';
import type { LoadPlan, LoadPoint } from './ws-load';
import type { PhaseResult } from './load-client';
import type { WidgetFigures } from './widget-weight';
import type { HotFunction } from './profile-summary';
import type { TenantsFigures } from './tenants-bench';

export type Machine = { node: string; cpu: string; cores: number; memoryGB: number; platform: string };

export type Goal = { name: string; target: string; value: string; met: boolean | null };

export type BenchResult = {
  date: string;
  machine: Machine;
  quick: boolean;
  durationSec: number;
  plan: LoadPlan;
  /** Idle sockets asked for in the memory measurement. */
  idleSockets: number;
  widget?: WidgetFigures;
  peers?: PeerFigures[];
  engine: { shipped?: EngineFigures; generated?: EngineFigures };
  triage?: TriageFigures;
  /** The editors' report over a flood of unique unanswered questions. */
  report?: ReportFigures;
  idle: { ours?: IdleFigures; bare?: IdleFigures };
  /** `unique`: ours in the closed loop at 200 sockets with questions no one asked before. */
  load: { ours: LoadPoint[]; bare: LoadPoint[]; unique?: LoadPoint };
  tenants?: TenantsFigures;
  /** Two instances on one PostgreSQL beside one on SQLite. */
  instances?: InstancesFigures;
  profile?: { file: string; functions: HotFunction[] };
  goals: Goal[];
  /** Sections that could not be measured, and why. */
  failures: Record<string, string>;
};

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const kb = (bytes: number) => `${(bytes / 1000).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`;
const mb = (bytes: number) => `${(bytes / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
const ms = (n: number) => (!Number.isFinite(n) ? '–' : n >= 1000 ? `${(n / 1000).toFixed(2)} s` : n >= 10 ? `${Math.round(n)} ms` : `${n.toFixed(n >= 1 ? 1 : 2)} ms`);
const mark = (met: boolean | null) => (met === null ? 'not measured' : met ? '**met**' : '**missed**');

const point = (points: LoadPoint[], mode: LoadPoint['mode'], sockets: number) => points.find((p) => p.mode === mode && p.sockets === sockets);

const loadCell = (p: LoadPoint | undefined, { cpu = true } = {}): string => {
  if (!p) return 'not run';
  if (!p.result) return `failed: ${p.error ?? 'no result'}`;
  const r = p.result;
  const short = r.sockets < p.sockets ? ` (only ${int(r.sockets)} sockets opened)` : '';
  const errors = r.errorCount ? `${int(r.errorCount)} errors (${Object.entries(r.errors).map(([k, v]) => `${k}: ${int(v)}`).join(', ')})` : '0 errors';
  return `${int(r.answersPerSec)} answers/s · p50 ${ms(r.latency.p50)} · p99 ${ms(r.latency.p99)} · ${errors}${cpu && Number.isFinite(p.serverCpu) ? ` · server CPU ${int(p.serverCpu)} %` : ''}${short}`;
};

const loadFigures = (f: LoadFigures) => `${ms(f.totalMs)} (read ${ms(f.readMs)} + index ${ms(f.indexMs)}) · heap ${mb(f.heapBytes)}`;

/** The throughput ratio of ours to the bare server at a closed-loop point. */
export const ratioAt = (result: BenchResult, sockets: number): number | undefined => {
  const ours = point(result.load.ours, 'closed', sockets)?.result;
  const bare = point(result.load.bare, 'closed', sockets)?.result;
  return ours && bare && bare.answersPerSec > 0 ? ours.answersPerSec / bare.answersPerSec : undefined;
};

/** The goals of issues 8 and 16, judged on the figures. */
export const judgeGoals = (r: BenchResult): Goal[] => {
  // A point where fewer sockets opened than asked for (out of file descriptors) does not count for a goal.
  const full = (p: LoadPoint | undefined) => (p?.result && p.result.sockets >= p.sockets ? p.result : undefined);
  const ratio = full(point(r.load.ours, 'closed', 200)) && full(point(r.load.bare, 'closed', 200)) ? ratioAt(r, 200) : undefined;
  const fixed1000 = full(point(r.load.ours, 'fixed', 1000));
  const reload = r.engine.generated?.reload.totalMs;
  const idle = r.idle.ours && r.idle.ours.sockets >= r.idleSockets ? r.idle.ours.rssPerSocket : undefined;
  return [
    { name: 'Throughput at 200 sockets', target: '≥ 0.5 × bare ws', value: ratio === undefined ? '–' : `${ratio.toFixed(2)} ×`, met: ratio === undefined ? null : ratio >= 0.5 },
    { name: 'p99 at 1,000 sockets, fixed rate', target: '< 10 ms', value: fixed1000 ? ms(fixed1000.latency.p99) : '–', met: fixed1000 ? fixed1000.latency.p99 < 10 && fixed1000.errorCount === 0 : null },
    { name: 'Widget through the first answer', target: '≤ 20 KB gzip', value: r.widget ? kb(r.widget.firstAnswer.gzip) : '–', met: r.widget ? r.widget.firstAnswer.gzip <= 20_000 : null },
    { name: `Reload of ${r.engine.generated ? int(r.engine.generated.entries) : '10,000'} entries`, target: '< 1 s', value: reload === undefined ? '–' : ms(reload), met: reload === undefined ? null : reload < 1000 },
    { name: 'Safety triage per message, unseen text', target: '< 0.1 ms', value: r.triage ? ms(r.triage.meanMs) : '–', met: r.triage ? r.triage.meanMs < 0.1 : null },
    { name: 'Editors\' report at 100,000 stored questions, longest event-loop block', target: '≤ 50 ms', value: r.report ? ms(r.report.maxBlockMs) : '–', met: r.report ? r.report.maxBlockMs <= 50 : null },
    { name: 'Memory per idle socket', target: '≤ 30 KB', value: idle === undefined ? '–' : kb(idle), met: idle === undefined ? null : idle <= 30_000 },
    ...tenantGoals(r.tenants),
  ];
};

/** Issue 16's goals at the national scale (300 organisations × 5,000 national entries). */
const tenantGoals = (t: TenantsFigures | undefined): Goal[] => {
  const scale = t ? `${int(t.plan.tenants)} organisations × ${int(t.plan.national)} national entries` : 'national scale';
  const goal = (name: string, target: string, value: ((t: TenantsFigures) => string), met: (t: TenantsFigures) => boolean): Goal =>
    ({ name: `${name}, ${scale}`, target, value: t ? value(t) : '–', met: t ? met(t) : null });
  return [
    goal('Ready', '≤ 15 s', (t) => ms(t.readyMs), (t) => t.readyMs <= 15_000),
    goal('Resident memory at its peak', '≤ 1.5 GB', (t) => mb(t.peakRss), (t) => t.peakRss <= 1.5e9),
    goal('Unique questions p99', '≤ 10 ms', (t) => ms(t.asks.latency.p99), (t) => t.asks.latency.p99 <= 10 && t.asks.errorCount === 0),
    goal('National edit served', '≤ 1 s', (t) => ms(t.nationalEditMs), (t) => t.nationalEditMs <= 1000),
    goal('Bulk edit while asking', 'no question refused or dropped', (t) => `${int(t.duringBulk.errorCount)} errors`, (t) => t.duringBulk.errorCount === 0),
  ];
};

export const formatTable = (r: BenchResult): string => {
  const rows: [string, string, string, string][] = [];
  const goal = (name: string) => {
    const g = r.goals.find((x) => x.name.startsWith(name));
    return g ? `${g.target}: ${mark(g.met)}` : '';
  };

  // ---- widget ----
  const peers = (r.peers ?? []).map((p) => p.error
    ? `${p.pkg}: ${p.error}`
    : `${p.pkg} ${p.version}${p.note ? ` (${p.note})` : ''} ${kb(p.raw!)} / ${kb(p.gzip!)}`);
  if (r.widget) {
    rows.push(['Widget JS before opening (raw / gzip)', `${kb(r.widget.launcher.raw)} / ${kb(r.widget.launcher.gzip)}`, 'the peers below load their whole widget up front', '']);
    rows.push(['Widget JS through the first answer (raw / gzip)', `${kb(r.widget.firstAnswer.raw)} / ${kb(r.widget.firstAnswer.gzip)}`, peers.length ? peers.join('; ') : 'peers not measured', goal('Widget')]);
  } else rows.push(['Widget JS', `failed: ${r.failures.widget ?? 'not measured'}`, peers.join('; '), goal('Widget')]);

  // ---- WebSocket load ----
  const sizes = (mode: LoadPoint['mode']) => [...new Set([...r.load.ours, ...r.load.bare].filter((p) => p.mode === mode).map((p) => p.sockets))].sort((a, b) => a - b);
  for (const sockets of sizes('closed')) {
    const ratio = ratioAt(r, sockets);
    rows.push([
      `WebSocket closed loop, ${int(sockets)} sockets`,
      loadCell(point(r.load.ours, 'closed', sockets)),
      `bare ws: ${loadCell(point(r.load.bare, 'closed', sockets), { cpu: false })}${ratio === undefined ? '' : ` → ours **${ratio.toFixed(2)} ×**`}`,
      sockets === 200 ? goal('Throughput') : '',
    ]);
  }
  const unique = r.load.unique;
  if (unique || r.failures.loadUnique) {
    const repeated = point(r.load.ours, 'closed', unique?.sockets ?? 200)?.result;
    const asked = unique?.result?.repeated ? ` (${int(unique.result.repeated)} asked a second time)` : '';
    rows.push([
      `WebSocket closed loop, ${int(unique?.sockets ?? 200)} sockets, unique questions (no two alike)`,
      unique ? `${loadCell(unique)}${asked}` : `failed: ${r.failures.loadUnique}`,
      repeated && unique?.result ? `the repeated mix above: ${int(repeated.answersPerSec)} answers/s → unique **${(unique.result.answersPerSec / repeated.answersPerSec).toFixed(2)} ×** of it` : '',
      '',
    ]);
  }
  for (const sockets of sizes('fixed')) {
    const ours = point(r.load.ours, 'fixed', sockets);
    rows.push([
      `WebSocket fixed rate, ${int(sockets)} sockets × 1 question / ${r.plan.periodMs / 1000} s (${int((sockets * 1000) / r.plan.periodMs)} questions/s)`,
      loadCell(ours),
      `bare ws: ${loadCell(point(r.load.bare, 'fixed', sockets), { cpu: false })}`,
      sockets === 1000 ? goal('p99') : '',
    ]);
  }
  if (r.failures.load) rows.push(['WebSocket load', `failed: ${r.failures.load}`, '', '']);

  // ---- the national scale ----
  const t = r.tenants;
  if (t) {
    const scale = `${int(t.plan.tenants)} organisations × ${int(t.plan.national)} national entries + ${t.plan.own} own each`;
    const asking = (p: PhaseResult) => `p50 ${ms(p.latency.p50)} · p99 ${ms(p.latency.p99)} · max ${ms(p.latency.max)} · ${int(p.errorCount)} errors${p.repeated ? ` · ${int(p.repeated)} asked twice` : ''}`;
    rows.push([`Start, ${scale}`, `ready in ${ms(t.readyMs)} · ${mb(t.rss)} resident (${mb(t.heapUsed)} heap) · peak ${mb(t.peakRss)}`, `generating the folder: ${ms(t.generateMs)}`, `${goal('Ready')}; ${goal('Resident')}`]);
    rows.push([`Unique questions, ${scale}, ${int(t.plan.sockets)} sockets × 1 / ${t.plan.periodMs / 1000} s`, asking(t.asks), `${int(t.asks.answersPerSec)} answers/s, none asked before`, goal('Unique')]);
    rows.push([`One national entry edited, ${scale}`, `served after ${ms(t.nationalEditMs)}`, '', goal('National edit')]);
    rows.push([`${t.plan.bulk} national entries edited while visitors ask`, `served after ${ms(t.bulkEditMs)} · asking meanwhile: ${asking(t.duringBulk)}`, `longest event-loop stall ${ms(t.bulkLoopDelayMax)}`, goal('Bulk edit')]);
  } else rows.push(['National scale', `failed: ${r.failures.tenants ?? 'not measured'}`, '', '']);

  // ---- several instances ----
  const i = r.instances;
  if (i) {
    const alone = (f: StoreFigures) => `p50 ${ms(f.alone.p50)} · p99 ${ms(f.alone.p99)}`;
    const loaded = (f: StoreFigures) => `${int(f.loaded.answersPerSec)} answers/s · p50 ${ms(f.loaded.p50)} · p99 ${ms(f.loaded.p99)} · ${int(f.loaded.errors)} errors`;
    rows.push(['HTTP, one visitor at a time (a new question, then a follow-up)', `two instances on one PostgreSQL: ${alone(i.postgres)}`, `one on SQLite: ${alone(i.sqlite)}; a PostgreSQL round trip ${ms(i.roundTripMs)}`, '']);
    rows.push([`HTTP, ${i.plan.concurrency} visitors at once for ${i.plan.durationMs / 1000} s, each follow-up on the other instance`, `two instances on one PostgreSQL: ${loaded(i.postgres)}`, `one on SQLite: ${loaded(i.sqlite)}`, '']);
  } else if (r.failures.instances) rows.push(['Several instances on PostgreSQL', `failed: ${r.failures.instances}`, '', '']);

  // ---- engine ----
  const { shipped, generated } = r.engine;
  const asks = (e: EngineFigures) => `${int(e.asks.perSec)} questions/s · p50 ${ms(e.asks.p50)} · p99 ${ms(e.asks.p99)}`;
  if (shipped) {
    rows.push([`Engine alone, shipped base (${int(shipped.entries)} entries)`, asks(shipped), generated ? `${int(generated.entries)} entries: ${asks(generated)}` : '', '']);
    rows.push(['Index build, shipped base', loadFigures(shipped.build), generated ? `${int(generated.entries)} entries: ${loadFigures(generated.build)}` : '', '']);
    rows.push(['Index reload after editing a national entry, shipped base', loadFigures(shipped.reload), '', '']);
  } else rows.push(['Engine alone, shipped base', `failed: ${r.failures.engineShipped ?? 'not measured'}`, '', '']);
  if (generated) {
    rows.push([`Engine alone, generated base (${int(generated.entries)} entries)`, asks(generated), shipped ? `shipped base: ${asks(shipped)}` : '', '']);
    rows.push([`Index reload after editing a national entry, ${int(generated.entries)} entries`, loadFigures(generated.reload), shipped ? `shipped base: ${ms(shipped.reload.totalMs)}` : '', goal('Reload')]);
  } else rows.push(['Engine alone, generated base', `failed: ${r.failures.engineGenerated ?? 'not measured'}`, '', goal('Reload')]);

  // ---- safety triage ----
  rows.push(r.triage
    ? [`Safety triage alone, unseen text (${int(r.triage.messages)} crisis-set messages, each with a new word)`, `${ms(r.triage.meanMs)} a message (mean) · p50 ${ms(r.triage.p50)} · p99 ${ms(r.triage.p99)}`, `${int(r.triage.perSec)} messages/s`, goal('Safety triage')]
    : ['Safety triage alone', `failed: ${r.failures.triage ?? 'not measured'}`, '', goal('Safety triage')]);
  rows.push(r.report
    ? [`Editors' report over ${int(r.report.questions)} unique unanswered questions (${int(r.report.groups)} groups)`, `${ms(r.report.totalMs)} in slices`, `longest event-loop block ${ms(r.report.maxBlockMs)}`, goal("Editors' report")]
    : ["Editors' report", `failed: ${r.failures.report ?? 'not measured'}`, '', goal("Editors' report")]);

  // ---- idle memory ----
  const idle = (f: IdleFigures | undefined, failure?: string) => f
    ? `${kb(f.rssPerSocket)} RSS · ${kb(f.heapPerSocket)} heap per socket${f.sockets < r.idleSockets ? ` (only ${int(f.sockets)} opened; ${Object.keys(f.connect.errors).join(', ')})` : ''}`
    : `failed: ${failure ?? 'not measured'}`;
  rows.push([
    `Memory per idle socket (${int(r.idleSockets)} sockets)`,
    idle(r.idle.ours, r.failures.idleOurs),
    `bare ws: ${idle(r.idle.bare, r.failures.idleBare)}`,
    goal('Memory'),
  ]);

  const escape = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '| measure | nara-guide | beside it | goal |',
    '|---|---|---|---|',
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
};

export const formatHeading = (r: BenchResult): string =>
  `Measured ${r.date} on ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGB} GB, ${r.machine.platform}, Node ${r.machine.node}${r.quick ? ' (quick run: smaller and shorter, not for comparison)' : ''}; ${Math.round(r.durationSec)} s in all.`;

/** The notes under the table: how it was measured, and what to keep in mind reading this run. */
export const formatNotes = (r: BenchResult): string => {
  const notes = [...NOTES];
  const rounds = (points: LoadPoint[]) => point(points, 'closed', 200)?.rounds?.map((n) => int(n)).join(' / ');
  const [ours, bare] = [rounds(r.load.ours), rounds(r.load.bare)];
  if (ours && bare) {
    notes.push(`Closed loop: ${r.plan.rounds} rounds per size alternating between the servers (ours, bare, ours…), so a slow spell of the machine falls on both; each figure is the server's median round. At 200 sockets the rounds gave ours ${ours}, bare ${bare} answers/s.`);
  }
  const bound = r.load.bare.filter((p) => p.mode === 'closed' && (p.result?.clientCpu ?? 0) >= 85).map((p) => int(p.sockets));
  if (bound.length) {
    notes.push(`The bare server's closed loop at ${bound.join(', ')} sockets was limited by the generator (its CPU at 85 % of a core or more), so the bare figure understates that server and our ratio to it is, if anything, flattering.`);
  }
  return notes.map((n) => `- ${n}`).join('\n');
};

const NOTES = [
  'Loopback only. Our server, the bare ws server and a load generator for each are four processes on the same cores (a generator idles while the other server is measured), so the generator\'s own work is part of every latency.',
  'Latency is from the generator\'s send to its receipt of the reply. Closed loop: each socket asks again when answered. Fixed rate: each socket asks once every 5 s, the sockets spread evenly, whatever the answers do.',
  'Our server runs as `npm start` does (logs at info, to /dev/null), with the rate and per-address limits raised so that one address can load it; sockets are spread over the five tenants and ask a fixed mix of exact, unaccented, shortened and free questions.',
  'Peers: the file a page loads from each package as published on npm, gzip -9 like ours; @botpress/webchat also needs React. Index memory is the heap held after a full GC.',
];
