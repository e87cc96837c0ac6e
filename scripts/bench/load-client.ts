// The load generator, forked by the bench as its own process so its work is not counted against the
// server's. It holds a pool of WebSockets to one server and runs phases the parent asks for:
//
//   connect  grow the pool to `total` sockets (each counted once the server's hello arrives)
//   closed   closed loop: every socket asks, and asks again as soon as it is answered
//   fixed    fixed rate: every socket asks once per `periodMs`, spread evenly, whatever the answers do
//   close    close every socket
//
// A phase reports answers a second, latency (send → reply, in this process) and errors by cause.
import WebSocket from 'ws';
import { performance } from 'node:perf_hooks';
import { serveParent } from './ipc';
import { summarize, random, type Latency } from './stats';

export type ConnectArgs = {
  url: string;
  origin: string;
  questions: Record<string, string[]>;
  total: number;
  concurrency?: number;
  timeoutMs?: number;
  /** Each socket asks its own share of its tenant's questions, from the first, rather than all of them from a random one: with lists of unique questions, no question is asked twice until a socket has asked its whole share. */
  split?: boolean;
};
export type ConnectResult = { open: number; failed: number; errors: Record<string, number>; ms: number; stoppedEarly: boolean };
export type PhaseArgs = { mode: 'closed' | 'fixed'; warmupMs: number; durationMs: number; periodMs?: number; drainMs?: number };
export type PhaseResult = {
  sockets: number;
  answers: number;
  answersPerSec: number;
  /** Questions sent a second in the window (fixed rate: the offered load). */
  sentPerSec: number;
  latency: Latency;
  errors: Record<string, number>;
  errorCount: number;
  /** This process's CPU over the window, in % of one core: near 100 means the generator itself was the limit. */
  clientCpu: number;
  /** Questions a socket asked again, having asked all of its own (with split unique lists: 0 means no two alike). */
  repeated: number;
};

type Socket = {
  ws: WebSocket;
  /** The questions, already JSON strings. */
  questions: string[];
  next: number;
  /** Asks in flight: id → performance.now() when sent. */
  pending: Map<string, number>;
  open: boolean;
  /** Questions sent on this socket. */
  asked: number;
};

const REPLY_HEAD = '{"type":"reply","id":"';

type Phase = { onReply(socket: Socket, ok: boolean, code: string | undefined, latency: number, now: number): void };

const sockets: Socket[] = [];
let phase: Phase | null = null;
let phaseErrors = new Map<string, number>();
let seq = 0;
const countError = (cause: string) => phaseErrors.set(cause, (phaseErrors.get(cause) ?? 0) + 1);

const send = (socket: Socket): boolean => {
  if (!socket.open || socket.ws.readyState !== WebSocket.OPEN) {
    countError('socket not open');
    return false;
  }
  const id = String(++seq);
  const text = socket.questions[socket.next++ % socket.questions.length]!;
  socket.asked++;
  socket.pending.set(id, performance.now());
  socket.ws.send(`{"type":"ask","id":"${id}","text":${text}}`);
  return true;
};

const openSocket = (url: string, origin: string, tenant: string, questions: string[], timeoutMs: number, first: number): Promise<string | null> =>
  new Promise((resolve) => {
    let settled = false;
    const settle = (error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(error);
    };
    let ws: WebSocket;
    try {
      ws = new WebSocket(`${url.replace(/^http/, 'ws')}/ws?tenant=${encodeURIComponent(tenant)}`, { origin, perMessageDeflate: false, handshakeTimeout: timeoutMs });
    } catch (error) {
      return resolve((error as NodeJS.ErrnoException).code ?? (error as Error).message);
    }
    const timer = setTimeout(() => { ws.terminate(); settle('no hello in time'); }, timeoutMs + 1000);
    const socket: Socket = { ws, questions, next: first, pending: new Map(), open: false, asked: 0 };
    ws.on('unexpected-response', (_req, res) => { settle(`HTTP ${res.statusCode} on upgrade`); ws.terminate(); });
    ws.on('error', (error: NodeJS.ErrnoException) => {
      if (!settled) settle(error.code ?? error.message);
      else if (phase) countError(error.code ?? error.message);
    });
    ws.on('close', (code) => {
      if (!settled) settle(`closed ${code} before hello`);
      else if (socket.open) {
        socket.open = false;
        if (phase) countError(`closed ${code}`);
      }
    });
    ws.on('message', (data) => {
      if (!socket.open) {
        if (settled) return;
        socket.open = true;
        sockets.push(socket);
        settle(null);
        return;
      }
      const now = performance.now();
      // Both servers write a reply as {"type":"reply","id":"…",…}: read the id from the head alone, so the
      // generator's own cost per reply stays small and does not limit the faster server more than it must.
      const buffer = data as Buffer;
      const head = buffer.toString('latin1', 0, Math.min(buffer.length, 64));
      let frame: { type?: string; id?: string; error?: { code?: string } } | undefined;
      if (head.startsWith(REPLY_HEAD)) {
        const end = head.indexOf('"', REPLY_HEAD.length);
        if (end > 0) frame = { type: 'reply', id: head.slice(REPLY_HEAD.length, end) };
      }
      if (!frame) {
        try {
          frame = JSON.parse(buffer.toString()) as { type?: string; id?: string; error?: { code?: string } };
        } catch {
          if (phase) countError('frame not JSON');
          return;
        }
      }
      const sentAt = frame.id === undefined ? undefined : socket.pending.get(frame.id);
      if (sentAt === undefined) {
        if (phase && frame.type === 'error') countError(`error frame: ${frame.error?.code}`);
        return;
      }
      socket.pending.delete(frame.id!);
      phase?.onReply(socket, frame.type === 'reply', frame.type === 'reply' ? undefined : `${frame.type} frame: ${frame.error?.code ?? '?'}`, now - sentAt, now);
    });
  });

const connect = async ({ url, origin, questions, total, concurrency = 200, timeoutMs = 15_000, split = false }: ConnectArgs): Promise<ConnectResult> => {
  const started = performance.now();
  const tenants = Object.keys(questions);
  const encoded = Object.fromEntries(tenants.map((t) => [t, questions[t]!.map((q) => JSON.stringify(q))]));
  const errors = new Map<string, number>();
  let failed = 0;
  let stoppedEarly = false;
  let attempts = 0;
  // The pool's size when this call began: the i-th new socket is socket `before + i` of the pool.
  const before = sockets.length;
  const wanted = total - before;
  const worker = async () => {
    while (attempts < wanted && !stoppedEarly) {
      const i = before + attempts++;
      const tenant = tenants[i % tenants.length]!;
      const list = encoded[tenant]!;
      let error: string | null;
      if (split) {
        // The k-th of the tenant's n sockets asks the k-th of n equal shares.
        const n = Math.floor((total - 1 - (i % tenants.length)) / tenants.length) + 1;
        const k = Math.floor(i / tenants.length);
        error = await openSocket(url, origin, tenant, list.slice(Math.floor((k * list.length) / n), Math.floor(((k + 1) * list.length) / n)), timeoutMs, 0);
      } else error = await openSocket(url, origin, tenant, list, timeoutMs, Math.floor(Math.random() * list.length));
      if (error) {
        failed++;
        errors.set(error, (errors.get(error) ?? 0) + 1);
        // Out of file descriptors: more attempts only fail faster; report what we reached.
        if (error === 'EMFILE' || error === 'ENFILE') stoppedEarly = true;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(wanted, 0)) }, worker));
  return { open: sockets.length, failed, errors: Object.fromEntries(errors), ms: performance.now() - started, stoppedEarly };
};

const runPhase = ({ mode, warmupMs, durationMs, periodMs = 5000, drainMs = 5000 }: PhaseArgs): Promise<PhaseResult> =>
  new Promise((resolve) => {
    phaseErrors = new Map();
    const samples: number[] = [];
    const start = performance.now();
    const from = start + warmupMs;
    const to = from + durationMs;
    let answers = 0;
    let sent = 0;
    let sending = true;
    let cpuAtFrom: NodeJS.CpuUsage | undefined;
    let cpu = 0;
    const inWindow = (t: number) => t >= from && t < to;
    const ask = (socket: Socket) => {
      if (send(socket) && inWindow(performance.now())) sent++;
    };

    phase = {
      onReply(socket, ok, code, latency, now) {
        if (inWindow(now)) {
          if (ok) {
            answers++;
            samples.push(latency);
          } else countError(code ?? 'error frame');
        }
        if (mode === 'closed' && sending) ask(socket);
      },
    };

    const timers: NodeJS.Timeout[] = [];
    timers.push(setTimeout(() => { cpuAtFrom = process.cpuUsage(); }, warmupMs));
    if (mode === 'closed') {
      for (const socket of sockets) ask(socket);
    } else {
      // Every socket asks once a period, the sockets spread evenly over it in a shuffled order.
      const order = sockets.slice();
      const rnd = random(order.length);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const gap = periodMs / Math.max(order.length, 1);
      let k = 0;
      const tick = () => {
        if (!sending) return;
        const now = performance.now();
        while (start + k * gap <= now) ask(order[k++ % order.length]!);
        timers.push(setTimeout(tick, Math.max(0, start + k * gap - performance.now())));
      };
      tick();
    }

    setTimeout(() => {
      sending = false;
      const usage = process.cpuUsage(cpuAtFrom);
      cpu = ((usage.user + usage.system) / 1000 / durationMs) * 100;
      for (const t of timers) clearTimeout(t);
      // Wait for the answers still on their way; what is not answered by then is an error.
      const drainUntil = performance.now() + drainMs;
      const drain = () => {
        const inFlight = sockets.reduce((n, s) => n + s.pending.size, 0);
        if (inFlight > 0 && performance.now() < drainUntil) return void setTimeout(drain, 20);
        if (inFlight > 0) phaseErrors.set(`no answer within ${drainMs / 1000} s`, inFlight);
        for (const s of sockets) s.pending.clear();
        phase = null;
        const errors = Object.fromEntries(phaseErrors);
        resolve({
          sockets: sockets.length,
          answers,
          answersPerSec: answers / (durationMs / 1000),
          sentPerSec: sent / (durationMs / 1000),
          latency: summarize(samples),
          errors,
          errorCount: Object.values(errors).reduce((n, v) => n + v, 0),
          clientCpu: cpu,
          repeated: sockets.reduce((n, s) => n + Math.max(0, s.asked - s.questions.length), 0),
        });
      };
      drain();
    }, warmupMs + durationMs);
  });

const closeAll = async (): Promise<{ closed: number }> => {
  const all = sockets.splice(0);
  await Promise.all(all.map((s) => new Promise<void>((resolve) => {
    s.open = false;
    if (s.ws.readyState === WebSocket.CLOSED) return resolve();
    const t = setTimeout(() => { s.ws.terminate(); resolve(); }, 5000);
    s.ws.once('close', () => { clearTimeout(t); resolve(); });
    s.ws.close(1000);
  })));
  return { closed: all.length };
};

serveParent({
  connect: (args) => connect(args as ConnectArgs),
  phase: (args) => runPhase(args as PhaseArgs),
  close: () => closeAll(),
}, { pid: process.pid }, async () => { await closeAll(); });
