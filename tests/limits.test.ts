import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import net from 'node:net';
import { configSchema } from '../server/config';
import { openSocket, refusedUpgrade, sleep, startHardened } from './support/hardened-server';

// Every limit of issue 6 against a real server: its status or close code, with a JSON error.
describe('limits', () => {
  let h: Awaited<ReturnType<typeof startHardened>>;
  beforeAll(async () => {
    h = await startHardened({
      MAX_BODY_BYTES: 2048, MAX_FRAME_BYTES: 1024, MAX_QUESTION_CHARS: 200,
      RATE_LIMIT_PER_MIN: 5, RATE_LIMIT_PER_ADDRESS_PER_MIN: 8, MAX_CONNECTIONS_PER_ADDRESS: 3,
    });
  });
  afterAll(() => h.server.close());

  describe('HTTP', () => {
    it('answers a body over MAX_BODY_BYTES with 413, declared or streamed', async () => {
      const declared = await h.ask(h.newAddress(), { tenant: 'varmland', text: 'x', pad: 'y'.repeat(3000) });
      expect(declared.status).toBe(413);
      expect(await declared.json()).toEqual({ error: { code: 'too_large', message: expect.stringContaining('2048') } });
      const chunks = new ReadableStream({
        start(controller) {
          for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('"' + 'z'.repeat(500) + '",'));
          controller.close();
        },
      });
      const streamed = await fetch(`${h.base}/api/v1/ask`, {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': h.newAddress() }, body: chunks, duplex: 'half',
      } as RequestInit);
      expect(streamed.status).toBe(413);
      expect((await streamed.json()).error.code).toBe('too_large');
    });

    it('answers a message over MAX_QUESTION_CHARS unsearched: a fallback asking for it shorter, a crisis in it heard', async () => {
      const res = await h.ask(h.newAddress(), { tenant: 'varmland', text: `${'Vad är nära vård? '.repeat(12)}<script>alert(1)</script>` });
      expect(res.status).toBe(200);
      const reply = await res.json();
      expect(reply).toMatchObject({ kind: 'fallback', text: expect.stringContaining('högst 200 tecken') });
      expect(reply.contacts.length).toBeGreaterThan(0);
      expect(JSON.stringify(reply)).not.toContain('<script>');
      // Past the engine's own reading length (500) too: the triage reads every word of a long message.
      const told = `Jag har skrivit länge om hur det har varit hemma den senaste tiden. ${'Det har varit tungt. '.repeat(30)}Jag vill inte leva längre.`;
      expect(told.length).toBeGreaterThan(600);
      const crisis = await (await h.ask(h.newAddress(), { tenant: 'varmland', text: told })).json();
      expect(crisis.kind).toBe('safety');
      expect(JSON.stringify(crisis)).toContain('90101');
      expect((await (await h.ask(h.newAddress(), { tenant: 'varmland', text: 'Vad är nära vård? '.repeat(11).trim() })).json()).kind).not.toBe('fallback');
    });

    it('answers the question after RATE_LIMIT_PER_MIN with 429, Retry-After and a JSON error; other addresses go on', async () => {
      const address = h.newAddress();
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await h.ask(address, { tenant: 'varmland', text: 'Vad är nära vård?' })).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      const limited = await h.ask(address, { tenant: 'varmland', text: 'Vad är nära vård?' });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await limited.json()).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
      expect((await h.ask(h.newAddress(), { tenant: 'varmland', text: 'Vad är nära vård?' })).status).toBe(200);
    });

    it("counts an address's sockets and HTTP together (RATE_LIMIT_PER_ADDRESS_PER_MIN)", async () => {
      const address = h.newAddress();
      const socket = await openSocket(`${h.wsBase}/ws?tenant=varmland`, address);
      await socket.next();
      for (let i = 0; i < 5; i++) {
        socket.send({ type: 'ask', id: `s${i}`, text: 'Vad är nära vård?' });
        expect((await socket.next()).type).toBe('reply');
      }
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await h.ask(address, { tenant: 'varmland', text: 'Vad är nära vård?' })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      socket.ws.close();
    });

    it('lets a page of the tenant read the API (CORS) and refuses a foreign page with 403', async () => {
      const own = await h.ask(h.newAddress(), { tenant: 'varmland', text: 'Hej' }, { Origin: 'https://www.regionvarmland.se' });
      expect(own.status).toBe(200);
      expect(own.headers.get('access-control-allow-origin')).toBe('https://www.regionvarmland.se');
      const otherTenant = await h.ask(h.newAddress(), { tenant: 'norrbotten', text: 'Hej' }, { Origin: 'https://www.regionvarmland.se' });
      expect(otherTenant.status).toBe(403);
      expect((await otherTenant.json()).error.code).toBe('origin_not_allowed');
      const foreign = await h.ask(h.newAddress(), { tenant: 'varmland', text: 'Hej' }, { Origin: 'https://evil.example' });
      expect(foreign.status).toBe(403);
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
      const preflight = await fetch(`${h.base}/api/v1/ask`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      const config = await fetch(`${h.base}/api/v1/tenants/norrbotten`, { headers: { Origin: 'https://evil.example' } });
      expect(config.status).toBe(403);
    });

    it('sends secure headers: a CSP on the demo and on every answer, cross-origin loading for the widget only', async () => {
      const demo = await fetch(`${h.base}/`);
      expect(demo.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(demo.headers.get('x-content-type-options')).toBe('nosniff');
      expect(demo.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      const json = await fetch(`${h.base}/healthz`);
      expect(json.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(json.headers.get('x-frame-options')).toBe('DENY');
      const widget = await fetch(`${h.base}/widget.js`);
      if (widget.status === 200) {
        expect(widget.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
        expect(widget.headers.get('etag')).toBeTruthy();
      }
    });
  });

  describe('WebSocket', () => {
    it('does not negotiate compression (permessage-deflate), though the client offers it', async () => {
      const socket = await openSocket(`${h.wsBase}/ws?tenant=varmland`, h.newAddress(), { perMessageDeflate: true });
      expect(socket.ws.extensions).toBe('');
      socket.ws.close();
    });

    it('closes a socket that sends a frame over MAX_FRAME_BYTES with 1009', async () => {
      const socket = await openSocket(`${h.wsBase}/ws?tenant=varmland`, h.newAddress());
      await socket.next();
      socket.send({ type: 'ask', id: 'big', text: 'x'.repeat(2000) });
      expect((await socket.closed).code).toBe(1009);
    });

    it('answers a message over MAX_QUESTION_CHARS with a fallback that asks for it shorter, and stays open', async () => {
      const socket = await openSocket(`${h.wsBase}/ws?tenant=varmland`, h.newAddress());
      await socket.next();
      socket.send({ type: 'ask', id: 'long', text: 'a'.repeat(201) });
      expect(await socket.next()).toMatchObject({ type: 'reply', id: 'long', kind: 'fallback', text: expect.stringContaining('högst 200 tecken') });
      socket.send({ type: 'ask', id: 'ok', text: 'Vad är nära vård?' });
      expect(await socket.next()).toMatchObject({ type: 'reply', id: 'ok', kind: 'answer' });
      socket.ws.close();
    });

    it('answers frames over RATE_LIMIT_PER_MIN with rate_limited error frames, then closes with 1008 on continued abuse', async () => {
      const socket = await openSocket(`${h.wsBase}/ws?tenant=varmland`, h.newAddress());
      await socket.next();
      for (let i = 0; i < 5; i++) socket.send({ type: 'feedback', id: `f${i}`, replyId: 'r', helpful: true });
      for (let i = 0; i < 5; i++) expect((await socket.next()).type).toBe('ack');
      socket.send({ type: 'ask', id: 'over', text: 'Vad är nära vård?' });
      const limited = await socket.next();
      expect(limited).toEqual({ type: 'error', id: 'over', error: { code: 'rate_limited', message: expect.any(String) }, retryAfter: expect.any(Number) });
      for (let i = 0; i < 20; i++) socket.send({ type: 'ask', id: `abuse${i}`, text: 'Vad är nära vård?' });
      const closed = await socket.closed;
      expect(closed.code).toBe(1008);
      expect(socket.frames.filter((f) => f.type === 'error').every((f) => f.error?.code === 'rate_limited')).toBe(true);
    });

    it('refuses the socket after MAX_CONNECTIONS_PER_ADDRESS with 429 and a JSON error, and takes a new one once one closes', async () => {
      const address = h.newAddress();
      const open = await Promise.all([1, 2, 3].map(() => openSocket(`${h.wsBase}/ws?tenant=strangnas`, address)));
      const refused = await refusedUpgrade(`${h.wsBase}/ws?tenant=strangnas`, address);
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toBeTruthy();
      expect(refused.body).toEqual({ error: { code: 'too_many_connections', message: expect.any(String) } });
      expect((await refusedUpgrade(`${h.wsBase}/ws?tenant=strangnas`, h.newAddress())).status).toBe(101);
      open[0]!.ws.close();
      await open[0]!.closed;
      await sleep(50);
      expect((await refusedUpgrade(`${h.wsBase}/ws?tenant=strangnas`, address)).status).toBe(101);
      for (const s of open) s.ws.close();
    });

    it('refuses an unknown tenant (404) and a malformed conversation id (400) before upgrading, with JSON bodies; a plain GET gets 426', async () => {
      expect(await refusedUpgrade(`${h.wsBase}/ws?tenant=atlantis`, h.newAddress())).toMatchObject({ status: 404, body: { error: { code: 'unknown_tenant' } } });
      expect(await refusedUpgrade(`${h.wsBase}/ws?tenant=varmland&conversationId=%3Cx%3E`, h.newAddress())).toMatchObject({ status: 400, body: { error: { code: 'invalid_body' } } });
      const plain = await fetch(`${h.base}/ws?tenant=varmland`);
      expect(plain.status).toBe(426);
      expect((await plain.json()).error.code).toBe('invalid_body');
    });

    it("refuses a foreign page's upgrade with 403 and a JSON error, and takes the tenant's own pages, the server's own and non-browser clients", async () => {
      const url = `${h.wsBase}/ws?tenant=norrbotten`;
      const foreign = await refusedUpgrade(url, h.newAddress(), { Origin: 'https://evil.example' });
      expect(foreign).toMatchObject({ status: 403, body: { error: { code: 'origin_not_allowed', message: expect.any(String) } } });
      expect((await refusedUpgrade(url, h.newAddress(), { Origin: 'https://www.regionvarmland.se' })).status).toBe(403);
      expect((await refusedUpgrade(url, h.newAddress(), { Origin: 'null' })).status).toBe(403);
      expect((await refusedUpgrade(url, h.newAddress(), { Origin: 'https://www.norrbotten.se' })).status).toBe(101);
      expect((await refusedUpgrade(url, h.newAddress(), { Origin: h.base })).status).toBe(101);
      expect((await refusedUpgrade(url, h.newAddress(), { Origin: 'http://localhost:8000' })).status).toBe(101); // loopback server: development rule
      expect((await refusedUpgrade(url, h.newAddress())).status).toBe(101);
    });
  });
});

describe('without a trusted proxy', () => {
  it('takes the client address from the socket: X-Forwarded-For changes nothing', async () => {
    const h = await startHardened({ TRUSTED_PROXIES: [], RATE_LIMIT_PER_MIN: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await h.ask(h.newAddress(), { tenant: 'varmland', text: 'Hej' })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    await h.server.close();
  });
});

describe('origins on a public address', () => {
  let h: Awaited<ReturnType<typeof startHardened>>;
  beforeAll(async () => { h = await startHardened({}, '0.0.0.0'); });
  afterAll(() => h.server.close());

  it("allows only the tenant's origins and the server's own: no loopback pages", async () => {
    const url = `${h.wsBase}/ws?tenant=norrbotten`;
    expect((await refusedUpgrade(url, undefined, { Origin: 'http://localhost:8000' })).status).toBe(403);
    expect((await refusedUpgrade(url, undefined, { Origin: 'https://www.norrbotten.se' })).status).toBe(101);
    expect((await refusedUpgrade(url, undefined, { Origin: h.base })).status).toBe(101);
    const res = await h.ask(h.newAddress(), { tenant: 'norrbotten', text: 'Hej' }, { Origin: 'http://127.0.0.1:9999' });
    expect(res.status).toBe(403);
  });
});

describe('socket lifetime', () => {
  let h: Awaited<ReturnType<typeof startHardened>>;
  beforeAll(async () => {
    h = await startHardened({ IDLE_TIMEOUT_MS: 300, HEARTBEAT_INTERVAL_MS: 100, MAX_CONNECTIONS_PER_ADDRESS: 1, RATE_LIMIT_PER_MIN: 0, RATE_LIMIT_PER_ADDRESS_PER_MIN: 0, MAX_BUFFERED_BYTES: 16 * 1024 });
  });
  afterAll(() => h.server.close());

  it('closes a socket idle for IDLE_TIMEOUT_MS with 1000, and a frame keeps it open', async () => {
    const socket = await openSocket(`${h.wsBase}/ws?tenant=varmland`, h.newAddress());
    await socket.next();
    const opened = Date.now();
    for (let i = 0; i < 3; i++) {
      await sleep(150);
      socket.send({ type: 'ask', id: `k${i}`, text: 'Hej' });
    }
    const closed = await socket.closed;
    expect(closed).toEqual({ code: 1000, reason: 'idle timeout' });
    expect(Date.now() - opened).toBeGreaterThanOrEqual(700);
  });

  it('cuts a dead peer that stops answering pings, and gives its slot back', async () => {
    const address = h.newAddress();
    const dead = await openSocket(`${h.wsBase}/ws?tenant=varmland`, address, { autoPong: false });
    await dead.next();
    expect((await refusedUpgrade(`${h.wsBase}/ws?tenant=varmland`, address)).status).toBe(429); // MAX_CONNECTIONS_PER_ADDRESS 1
    const started = Date.now();
    expect((await dead.closed).code).toBe(1006); // terminated: no close frame
    expect(Date.now() - started).toBeLessThan(1000);
    await sleep(50);
    expect((await refusedUpgrade(`${h.wsBase}/ws?tenant=varmland`, address)).status).toBe(101);
  });

  it('keeps a live peer that answers pings', async () => {
    const socket = await openSocket(`${h.wsBase}/ws?tenant=varmland`, h.newAddress());
    await socket.next();
    await sleep(250); // two and a half heartbeats, under the idle timeout
    expect(socket.ws.readyState).toBe(socket.ws.OPEN);
    socket.ws.close();
  });
});

describe('backpressure', () => {
  let h: Awaited<ReturnType<typeof startHardened>>;
  beforeAll(async () => {
    // The default heartbeat (30 s) would cut a reader this slow after a minute; the test is quicker.
    h = await startHardened({ RATE_LIMIT_PER_MIN: 0, RATE_LIMIT_PER_ADDRESS_PER_MIN: 0, MAX_BUFFERED_BYTES: 16 * 1024 });
  });
  afterAll(() => h.server.close());

  it('stops reading from a visitor that does not read its replies, and catches up when it does', async () => {
    const socket = await openSocket(`${h.wsBase}/ws?tenant=varmland`, h.newAddress());
    await socket.next();
    socket.ws.pause(); // a slow reader: its replies fill the kernel's buffers, then the server's
    // How much the kernel's buffers hold varies, so ask in batches until the server stops reading.
    const backpressure = () => h.events().some((e) => e.event === 'socket.backpressure');
    let count = 0;
    while (!backpressure() && count < 40_000) {
      for (let i = 0; i < 500; i++) socket.send({ type: 'ask', id: `b${count++}`, text: 'Vad är målbilden för nära vård i Värmland?' });
      await sleep(100);
    }
    expect(backpressure()).toBe(true);
    // While paused, the server neither reads nor answers: what it has buffered stays bounded.
    const answered = () => h.events().filter((e) => e.event === 'ask').length;
    const before = answered();
    await sleep(200);
    expect(answered() - before).toBeLessThan(50);
    socket.ws.resume();
    const received = new Set<string>();
    while (received.size < count) {
      const frame = await socket.next(20_000);
      expect(frame.type).toBe('reply');
      received.add(frame.id!);
    }
    expect(h.events().map((e) => e.event)).toContain('socket.resumed');
    socket.ws.close();
  }, 60_000);
});

describe('/admin logins', () => {
  it('gives an address 10 wrong tokens, then 429 even for the right one, while other addresses log in (issue 14.7)', async () => {
    const token = 'strangnas-token-0123456789';
    const h = await startHardened({ ADMIN_TOKENS: new Map([['strangnas', token]]) });
    const basic = (password: string) => `Basic ${Buffer.from(`strangnas:${password}`).toString('base64')}`;
    const admin = (address: string, password: string) =>
      fetch(`${h.base}/admin/report.json`, { headers: { Authorization: basic(password), 'X-Forwarded-For': address } });
    const guesser = h.newAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await admin(guesser, `wrong-token-${i}-abcdefgh`)).status);
    expect(statuses).toEqual(Array(10).fill(401));
    const locked = await admin(guesser, token);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await admin(h.newAddress(), token)).status).toBe(200);
    // A request without a token (a browser before its login dialog) is not a wrong guess.
    const fresh = h.newAddress();
    for (let i = 0; i < 12; i++) expect((await fetch(`${h.base}/admin`, { headers: { 'X-Forwarded-For': fresh } })).status).toBe(401);
    expect((await admin(fresh, token)).status).toBe(200);
    await h.server.close();
  }, 30_000);

  it('refuses to start with a weak token', () => {
    expect(() => configSchema.parse({ ADMIN_TOKENS: `strangnas:${'a'.repeat(24)}` })).toThrow(/different characters/);
    expect(() => configSchema.parse({ ADMIN_TOKENS: 'strangnas:abababababababababab' })).toThrow(/different characters/);
    expect(configSchema.parse({ ADMIN_TOKENS: 'strangnas:Xq3vN8kPz1Lw7RtY' }).ADMIN_TOKENS.get('strangnas')).toBe('Xq3vN8kPz1Lw7RtY');
  });
});

describe('TCP connections (issue 14.2)', () => {
  /** A raw connection that sends nothing (or what it is given) and reports when the server closes it. */
  const rawConnection = async (port: number, send?: string) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.on('error', () => {});
    let received = '';
    socket.on('data', (chunk) => { received += chunk; });
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    if (send) socket.write(send);
    return { socket, closed, received: () => received };
  };
  const healthz = (base: string) => fetch(`${base}/healthz`).then((r) => r.status, () => 0);

  it('closes a connection over the per-address cap at once, and takes connections again once some close', async () => {
    const h = await startHardened({ TRUSTED_PROXIES: [], MAX_HTTP_CONNECTIONS_PER_ADDRESS: 4 });
    const held = await Promise.all([1, 2, 3, 4].map(() => rawConnection(h.server.port)));
    const over = await rawConnection(h.server.port);
    await over.closed; // the server closed it: nothing was sent on it
    expect(over.received()).toBe('');
    for (const c of held) c.socket.destroy();
    await Promise.all(held.map((c) => c.closed));
    await vi.waitFor(async () => expect(await healthz(h.base)).toBe(200), { timeout: 10_000, interval: 50 });
    expect(h.events().some((e) => e.event === 'connection.refused')).toBe(true);
    await h.server.close();
  }, 30_000);

  it('holds the total below MAX_HTTP_CONNECTIONS', async () => {
    const h = await startHardened({ TRUSTED_PROXIES: [], MAX_HTTP_CONNECTIONS_PER_ADDRESS: 0, MAX_HTTP_CONNECTIONS: 5 });
    const held = await Promise.all([1, 2, 3, 4, 5].map(() => rawConnection(h.server.port)));
    const over = await rawConnection(h.server.port);
    await over.closed;
    for (const c of held) c.socket.destroy();
    await vi.waitFor(async () => expect(await healthz(h.base)).toBe(200), { timeout: 10_000, interval: 50 });
    await h.server.close();
  }, 30_000);

  it('answers headers that never finish with 408 and closes, on time', async () => {
    const h = await startHardened({ HEADERS_TIMEOUT_MS: 1000 });
    const slow = await rawConnection(h.server.port, 'GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: a');
    // Well before Node's default 30 s check: the test's own timeout is 15 s.
    await slow.closed;
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408/);
    await h.server.close();
  }, 15_000);
});
