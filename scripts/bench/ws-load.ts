// WebSocket load on one server, driven from the load-generator process: the pool of sockets grows
// through the plan's sizes, and at each size runs the closed loop and/or the fixed rate. Measured at
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

export const runLoad = async (
  { server, url, name, loopDelay }: LoadTarget,
  client: ChildHandle,
  questions: Record<string, string[]>,
  plan: LoadPlan,
  progress: (line: string) => void,
): Promise<LoadPoint[]> => {
  const points: LoadPoint[] = [];
  const sizes = [...new Set([...plan.closed, ...plan.fixed])].sort((a, b) => a - b);
  try {
    for (const sockets of sizes) {
      const connect = await client.call<ConnectResult>('connect', { url, origin: url, questions, total: sockets });
      const failed = connect.failed ? ` (${connect.failed} failed: ${Object.entries(connect.errors).map(([k, v]) => `${k} ×${v}`).join(', ')})` : '';
      progress(`  ${name}: ${connect.open} sockets open in ${(connect.ms / 1000).toFixed(1)} s${failed}`);
      if (connect.errors.EMFILE || connect.errors.ENFILE) progress('  out of file descriptors: raise the limit (ulimit -n) to reach every size');
      const phases: PhaseArgs[] = [];
      if (plan.closed.includes(sockets)) phases.push({ mode: 'closed', warmupMs: plan.warmupMs, durationMs: plan.closedMs });
      if (plan.fixed.includes(sockets)) phases.push({ mode: 'fixed', warmupMs: plan.warmupMs, durationMs: plan.fixedMs, periodMs: plan.periodMs });
      for (const phase of phases) {
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
          progress(`  ${name} ${phase.mode} ${r.sockets}: ${Math.round(r.answersPerSec)} answers/s, p50 ${r.latency.p50.toFixed(2)} ms, p99 ${r.latency.p99.toFixed(2)} ms, max ${r.latency.max.toFixed(0)} ms, ${r.errorCount} errors; server CPU ${Math.round(point.serverCpu)} %${stall}, client CPU ${Math.round(r.clientCpu)} %`);
        } catch (error) {
          point.error = (error as Error).message.split('\n')[0];
          progress(`  ${name} ${phase.mode} ${sockets}: failed: ${point.error}`);
        }
        points.push(point);
      }
      if (connect.stoppedEarly) break; // out of file descriptors: larger sizes cannot be reached
    }
  } finally {
    await client.call('close').catch(() => {});
  }
  return points;
};
