// Resident memory a server holds per open, idle socket: its memory after a full GC, before and after
// the load generator opens `sockets` sockets that then say nothing, divided by the sockets opened.
import { setTimeout as sleep } from 'node:timers/promises';
import { residentMemory, type ChildHandle, type MemoryReport } from './ipc';
import type { ConnectResult } from './load-client';
import type { LoadTarget } from './ws-load';

export type IdleFigures = {
  sockets: number;
  connect: ConnectResult;
  rssPerSocket: number;
  heapPerSocket: number;
  before: MemoryReport;
  after: MemoryReport;
};

export const measureIdle = async ({ server, url }: LoadTarget, client: ChildHandle, questions: Record<string, string[]>, sockets: number, settleMs = 1500): Promise<IdleFigures> => {
  // The heap after a full GC comes from the server; its RSS is read here, from /proc, which works even
  // when the server has run out of file descriptors.
  const memory = async () => {
    const report = await server.call<MemoryReport>('memory', { collect: true });
    const rss = residentMemory(server.pid);
    return Number.isFinite(rss) ? { ...report, rss } : report;
  };
  const before = await memory();
  try {
    const connect = await client.call<ConnectResult>('connect', { url, origin: url, questions, total: sockets });
    await sleep(settleMs);
    const after = await memory();
    const n = Math.max(connect.open, 1);
    return {
      sockets: connect.open,
      connect,
      rssPerSocket: (after.rss - before.rss) / n,
      heapPerSocket: (after.heapUsed + after.external - before.heapUsed - before.external) / n,
      before,
      after,
    };
  } finally {
    await client.call('close');
    await sleep(500);
  }
};
