// WebSocket load on the servers side by side, each driven from its own load-generator process: the
// pools of sockets grow through the plan's sizes, and at each size run the closed loop and/or the fixed rate. Measured at
// the client (answers, latency, errors) and at the server (its CPU from /proc, its resident memory).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { residentMemory, type ChildHandle } from './ipc';
import type { ConnectResult, PhaseArgs, PhaseResult } from './load-client';

export type LoadPlan = {
  /** Socket counts of the closed loop. */
  closed: number[];
  /** Socket counts of the fixed rate. */
  fixed: number[];
  warmupMs: number;
  closedMs: number;
  fixedMs: number;
  /** Fixed rate: one question per socket this often. */
  periodMs: number;
  /** The closed loop's `closedMs` is split into this many rounds, alternating between the servers. @default 1 */
  rounds?: number;
};

export type LoadPoint = {
  mode: 'closed' | 'fixed';
  /** Sockets asked for. */
  sockets: number;
  connect: ConnectResult;
  result?: PhaseResult;
  /** The server process's CPU over the phase, in % of one core (NaN where /proc is missing). */
  serverCpu: number;
  /** The server's resident memory after the phase. */
  serverRss: number;
  /** Closed loop in alternating rounds: each round's answers a second (the figures are the median round's). */
  rounds?: number[];
  /** The server's event-loop delay over the phase, in ms (ours only): its longest stall. */
  serverLoopDelay?: { p99: number; max: number };
  error?: string;
};

/** CPU seconds (user + system) a process has used, from /proc/PID/stat; NaN elsewhere. */
export const cpuSeconds = (pid: number): number => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command: state is field 3, utime field 14, stime field 15 (1-based, man proc).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
};

export type LoadTarget = { name: string; server: ChildHandle; url: string; /** The server answers `loopDelay`. */ loopDelay?: boolean };

/** One server and the load generator that drives it (each server has its own, so both pools stay open). */
export type LoadPair = { target: LoadTarget; client: ChildHandle };

/**
 * Runs the plan on every server side by side: at each size every server gets its sockets, then the
 * closed loop runs in `rounds` alternating rounds (ours, bare, ours, bare…) and each server's median
 * round is its figure, so a slow spell of a shared machine falls on both rather than on one; the fixed
 * rate then runs once per server.
 */
export const runLoad = async (
  pairs: LoadPair[],
  questions: Record<string, string[]>,
  plan: LoadPlan,
  progress: (line: string) => void,
): Promise<LoadPoint[][]> => {
  const points: LoadPoint[][] = pairs.map(() => []);
  const sizes = [...new Set([...plan.closed, ...plan.fixed])].sort((a, b) => a - b);
  const rounds = Math.max(1, plan.rounds ?? 1);
  let stoppedEarly = false;
  try {
    for (const sockets of sizes) {
      const connects: ConnectResult[] = [];
      for (const { target, client } of pairs) {
        const connect = await client.call<ConnectResult>('connect', { url: target.url, origin: target.url, questions, total: sockets });
        connects.push(connect);
        const failed = connect.failed ? ` (${connect.failed} failed: ${Object.entries(connect.errors).map(([k, v]) => `${k} ×${v}`).join(', ')})` : '';
        progress(`  ${target.name}: ${connect.open} sockets open in ${(connect.ms / 1000).toFixed(1)} s${failed}`);
        if (connect.errors.EMFILE || connect.errors.ENFILE) progress('  out of file descriptors: raise the limit (ulimit -n) to reach every size');
        if (connect.stoppedEarly) stoppedEarly = true;
      }
      if (sockets === sizes[0]) {
        // A server's first load compiles its hot code: not a figure of either.
        for (const [i, pair] of pairs.entries()) {
          await runPhase(pair, connects[i]!, sockets, { mode: 'closed', warmupMs: 0, durationMs: Math.max(plan.warmupMs, 1000) * 2 }, progress, ' (warm-up, not counted)');
        }
      }
      if (plan.closed.includes(sockets)) {
        const tries: LoadPoint[][] = pairs.map(() => []);
        for (let round = 0; round < rounds; round++) {
          for (const [i, pair] of pairs.entries()) {
            tries[i]!.push(await runPhase(pair, connects[i]!, sockets, { mode: 'closed', warmupMs: plan.warmupMs, durationMs: plan.closedMs / rounds }, progress, rounds > 1 ? ` (round ${round + 1} of ${rounds})` : ''));
          }
        }
        tries.forEach((list, i) => points[i]!.push(medianRound(list)));
      }
      if (plan.fixed.includes(sockets)) {
        for (const [i, pair] of pairs.entries()) {
          points[i]!.push(await runPhase(pair, connects[i]!, sockets, { mode: 'fixed', warmupMs: plan.warmupMs, durationMs: plan.fixedMs, periodMs: plan.periodMs }, progress, ''));
        }
      }
      if (stoppedEarly) break; // out of file descriptors: larger sizes cannot be reached
    }
  } finally {
    await Promise.all(pairs.map(({ client }) => client.call('close').catch(() => {})));
  }
  return points;
};

/**
 * One closed-loop phase at `sockets` sockets each asking its own share of `questions` (lists of unique
 * questions: none asked twice while the shares last), on a pool of its own that is closed after.
 */
export const runUniquePhase = async (pair: LoadPair, questions: Record<string, string[]>, sockets: number, phase: PhaseArgs, progress: (line: string) => void): Promise<LoadPoint> => {
  const { target, client } = pair;
  try {
    const connect = await client.call<ConnectResult>('connect', { url: target.url, origin: target.url, questions, total: sockets, split: true });
    return await runPhase(pair, connect, sockets, phase, progress, ' (unique questions)');
  } finally {
    await client.call('close').catch(() => {});
  }
};

/** The round with the median answers a second (of an even count, the lower middle), with every round's figure. */
const medianRound = (tries: LoadPoint[]): LoadPoint => {
  const measured = tries.filter((t) => t.result).sort((a, b) => a.result!.answersPerSec - b.result!.answersPerSec);
  const median = measured[Math.floor((measured.length - 1) / 2)] ?? tries[0]!;
  return tries.length > 1 ? { ...median, rounds: tries.map((t) => t.result?.answersPerSec ?? NaN) } : median;
};

const runPhase = async ({ target, client }: LoadPair, connect: ConnectResult, sockets: number, phase: PhaseArgs, progress: (line: string) => void, label: string): Promise<LoadPoint> => {
  const { server, name, loopDelay } = target;
  const point: LoadPoint = { mode: phase.mode, sockets, connect, serverCpu: NaN, serverRss: NaN };
  try {
    const cpu0 = cpuSeconds(server.pid);
    const t0 = performance.now();
    if (loopDelay) await server.call('loopDelay');
    point.result = await client.call<PhaseResult>('phase', { ...phase });
    point.serverCpu = ((cpuSeconds(server.pid) - cpu0) / ((performance.now() - t0) / 1000)) * 100;
    if (loopDelay) point.serverLoopDelay = await server.call<{ p99: number; max: number }>('loopDelay');
    point.serverRss = residentMemory(server.pid);
    const r = point.result;
    const stall = point.serverLoopDelay ? `, longest event-loop stall ${point.serverLoopDelay.max.toFixed(0)} ms` : '';
    progress(`  ${name} ${phase.mode} ${r.sockets}${label}: ${Math.round(r.answersPerSec)} answers/s, p50 ${r.latency.p50.toFixed(2)} ms, p99 ${r.latency.p99.toFixed(2)} ms, max ${r.latency.max.toFixed(0)} ms, ${r.errorCount} errors; server CPU ${Math.round(point.serverCpu)} %${stall}, client CPU ${Math.round(r.clientCpu)} %`);
  } catch (error) {
    point.error = (error as Error).message.split('\n')[0];
    progress(`  ${name} ${phase.mode} ${sockets}${label}: failed: ${point.error}`);
  }
  return point;
};
