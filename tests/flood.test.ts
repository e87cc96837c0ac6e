import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSocket, refusedUpgrade, sleep, startHardened, type Frame } from './support/hardened-server';

// One address floods the server with the production defaults (30 frames a minute a socket, 120
// questions a minute an address, 20 sockets an address): it gets its limits, everyone else their answers.
describe('flood from one address', () => {
  let h: Awaited<ReturnType<typeof startHardened>>;
  beforeAll(async () => {
    h = await startHardened({ RATE_LIMIT_PER_MIN: 30, RATE_LIMIT_PER_ADDRESS_PER_MIN: 120, MAX_CONNECTIONS_PER_ADDRESS: 20 });
  });
  afterAll(() => h.server.close());

  it('holds the flooder to its limits while another visitor is answered promptly', async () => {
    const flooder = '198.51.100.66';
    const visitor = '198.51.100.7';
    const heapBefore = process.memoryUsage().heapUsed;

    // 60 sockets at once: 20 open, 40 are refused with 429.
    const attempts = await Promise.allSettled(Array.from({ length: 60 }, () => openSocket(`${h.wsBase}/ws?tenant=varmland`, flooder)));
    const sockets = attempts.filter((a) => a.status === 'fulfilled').map((a) => (a as PromiseFulfilledResult<Awaited<ReturnType<typeof openSocket>>>).value);
    const refused = attempts.filter((a) => a.status === 'rejected').map((a) => (a as PromiseRejectedResult).reason as { status: number; body: string });
    expect(sockets).toHaveLength(20);
    expect(refused).toHaveLength(40);
    expect(refused.every((r) => r.status === 429 && JSON.parse(r.body).error.code === 'too_many_connections')).toBe(true);

    // Each socket sends 100 questions as fast as it can, while 300 HTTP questions arrive from the same address.
    for (const s of sockets) for (let i = 0; i < 100; i++) s.send({ type: 'ask', id: `f${i}`, text: 'Vad är nära vård?' });
    const http = Promise.all(Array.from({ length: 300 }, async () => {
      const res = await h.ask(flooder, { tenant: 'varmland', text: 'Vad är nära vård?' });
      const body = await res.json();
      return { status: res.status, retryAfter: res.headers.get('retry-after'), code: body.error?.code as string | undefined };
    }));

    // Meanwhile another visitor asks over HTTP and a socket and is answered within seconds.
    const started = Date.now();
    const theirs = await h.ask(visitor, { tenant: 'varmland', text: 'Vad är nära vård?' });
    expect(theirs.status).toBe(200);
    const own = await openSocket(`${h.wsBase}/ws?tenant=varmland`, visitor);
    await own.next();
    own.send({ type: 'ask', id: 'mine', text: 'Vad är nära vård?' });
    expect(await own.next()).toMatchObject({ type: 'reply', id: 'mine', kind: 'answer' });
    expect(Date.now() - started).toBeLessThan(3000); // client and server share this one thread
    own.ws.close();

    const httpResults = await http;
    const closes = await Promise.all(sockets.map((s) => s.closed));
    const frames: Frame[] = sockets.flatMap((s) => s.frames);

    // HTTP: at most 30 answered for the address (its per-client limit), the rest 429 with Retry-After.
    const ok = httpResults.filter((r) => r.status === 200).length;
    expect(ok).toBeLessThanOrEqual(31);
    expect(httpResults.filter((r) => r.status === 429).every((r) => r.code === 'rate_limited' && Number(r.retryAfter) >= 1)).toBe(true);
    expect(ok + httpResults.filter((r) => r.status === 429).length).toBe(300);
    // Sockets and HTTP together: about 120 questions answered for the address (plus what refills meanwhile).
    const replies = frames.filter((f) => f.type === "reply").length;
    expect(replies + ok).toBeLessThanOrEqual(130);
    expect(replies + ok).toBeGreaterThanOrEqual(100);
    expect(frames.filter((f) => f.type === 'error').every((f) => f.error?.code === 'rate_limited')).toBe(true);
    // Every flooding socket is closed for abuse.
    expect(closes.every((c) => c.code === 1008)).toBe(true);

    // Afterwards: healthy, the address's socket slots given back, nothing logged as an error.
    await sleep(50);
    expect((await fetch(`${h.base}/readyz`)).status).toBe(200);
    expect((await refusedUpgrade(`${h.wsBase}/ws?tenant=varmland`, flooder)).status).toBe(101);
    expect(h.events().filter((e) => e.level === 'error')).toEqual([]);
    expect(h.logs.join('\n')).not.toContain(flooder);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * 1024 * 1024);
  });
});
