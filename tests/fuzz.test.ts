import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSocket, startHardened, type Frame } from './support/hardened-server';

// 10,000 random and malformed inputs: 5,000 socket frames and 5,000 HTTP bodies. Every one gets its
// answer (a reply, an ack, an error frame or a JSON error status, or for broken frames the right close
// code), nothing fails on our side, and afterwards the server still answers correctly.
const FRAMES = 5000;
const BODIES = 5000;
const SEED = 20240601;

/** mulberry32: a small seeded generator, so a failure can be replayed. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const rnd = random(SEED);
const int = (n: number) => Math.floor(rnd() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;

const NASTY_STRINGS = [
  '', ' ', '\u0000', '\ud800', '\udfff', 'a\ud800b', '\udc00\ud800', '🙂'.repeat(50), '\u202eevil', 'ä'.repeat(600), 'x'.repeat(5000),
  '<script>alert(1)</script>', '${7*7}', '{{7*7}}', "'; DROP TABLE x; --", '../../etc/passwd', '%00', '\r\n\r\n', '\\', '"',
  'Vad är nära vård?', 'Mitt personnummer är 19121212-1212', 'ring 070-123 45 67', 'anna@example.se', '112', 'a',
];
const NASTY_NUMBERS = [0, -0, 1, -1, 1e308, -1e308, 5e-324, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, 123456789012345678901234567890];
const value = (depth = 0): unknown => {
  switch (int(depth > 2 ? 4 : 7)) {
    case 0: return pick(NASTY_STRINGS);
    case 1: return pick(NASTY_NUMBERS);
    case 2: return pick([true, false, null]);
    case 3: return String.fromCharCode(...Array.from({ length: int(40) }, () => int(0x10000)));
    case 4: return Array.from({ length: int(4) }, () => value(depth + 1));
    case 5: return Object.fromEntries(Array.from({ length: int(4) }, () => [pick(['type', 'id', 'text', 'tenant', 'helpful', '__proto__', 'constructor', 'x']), value(depth + 1)]));
    default: return { type: pick(['ask', 'feedback', 'hello', 'ASK', '']), id: value(depth + 1), text: value(depth + 1) };
  }
};

/** Raw JSON text no JSON.stringify would write: huge literals, pollution keys, escaped lone surrogates, deep nesting. */
const RAW_JSON = [
  '{"type":"ask","id":"p1","text":"hej","__proto__":{"polluted":true}}',
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
  '{"type":"feedback","id":"p2","replyId":"r","helpful":true,"__proto__":{"isAdmin":true}}',
  '{"tenant":"varmland","text":"hej","__proto__":{"polluted":true}}',
  '{"type":"ask","id":"n1","text":1e999}',
  '{"type":"ask","id":-1e-999,"text":"hej"}',
  '{"type":"ask","id":"n2","text":123456789012345678901234567890123456789}',
  '{"type":"ask","id":"s1","text":"\\ud800\\udbff lone"}',
  '{"tenant":"varmland","text":"\\udfff"}',
  '{"type":"ask","id":"d1","id":"d2","text":"duplicate keys"}',
  `${'['.repeat(1500)}${']'.repeat(1500)}`,
  `${'{"a":'.repeat(500)}1${'}'.repeat(500)}`,
  '{"type":"ask","id":"t","text":"hej"', 'nul', 'undefined', 'NaN', '"just a string"', '[]', '{}', '0', '-', '\ufeff{}',
];

const randomText = (): string => {
  const r = rnd();
  if (r < 0.15) return pick(RAW_JSON);
  if (r < 0.25) return Array.from({ length: int(200) }, () => pick(['{', '}', '[', ']', '"', ':', ',', '\\', 'a', '1', ' ', 'e', '-', 'ä'])).join('');
  if (r < 0.35) return String.fromCharCode(...Array.from({ length: int(100) }, () => int(0x10000)));
  if (r < 0.5) return JSON.stringify({ type: 'ask', id: `ok${int(1e6)}`, text: pick(NASTY_STRINGS).slice(0, 400) || 'hej' });
  return JSON.stringify(value()) ?? 'null';
};

const KNOWN_CODES = new Set(['invalid_body', 'invalid_json', 'invalid_frame', 'unknown_tenant', 'not_found', 'too_large', 'unsupported_media_type']);

describe('fuzz', () => {
  let h: Awaited<ReturnType<typeof startHardened>>;
  beforeAll(async () => {
    h = await startHardened({ RATE_LIMIT_PER_MIN: 0, RATE_LIMIT_PER_ADDRESS_PER_MIN: 0, MAX_CONNECTIONS_PER_ADDRESS: 0 });
  });
  afterAll(() => h.server.close());

  it(`answers ${FRAMES} random and malformed socket frames, each with a frame or the right close code`, async () => {
    const outcomes = { reply: 0, ack: 0, error: 0, close1007: 0, close1009: 0 };
    const worker = async (share: number) => {
      let socket = await openSocket(`${h.wsBase}/ws?tenant=${pick(['varmland', 'norrbotten', 'strangnas'])}`);
      await socket.next();
      for (let i = 0; i < share; i++) {
        const kind = rnd();
        if (kind < 0.02 || kind > 0.995) {
          // Broken at the WebSocket level: text that is not UTF-8 (1007), a frame over MAX_FRAME_BYTES (1009).
          const tooBig = kind > 0.995;
          socket.ws.send(tooBig ? Buffer.alloc(5000, 0x61) : Buffer.from([0x7b, 0xed, 0xa0, 0x80, 0xc3, 0x28, 0xff]), { binary: false });
          const { code } = await socket.closed;
          expect(code).toBe(tooBig ? 1009 : 1007);
          outcomes[tooBig ? 'close1009' : 'close1007']++;
          socket = await openSocket(`${h.wsBase}/ws?tenant=varmland`);
          await socket.next();
          continue;
        }
        const text = kind < 0.08 ? undefined : randomText();
        if (text === undefined) socket.ws.send(Buffer.from(Array.from({ length: int(300) }, () => int(256))), { binary: true });
        else socket.ws.send(text);
        const answer = await Promise.race([socket.next(5000), socket.closed]).catch((error: unknown) => {
          throw new Error(`no answer to frame ${i} ${JSON.stringify(text)?.slice(0, 300)}: ${String(error)}`);
        });
        if ('code' in answer && typeof answer.code === 'number') {
          // Only a frame over MAX_FRAME_BYTES (random text can be long) may close the socket.
          expect(Buffer.byteLength(text ?? ''), `closed ${answer.code} after ${JSON.stringify(text)?.slice(0, 100)}`).toBeGreaterThan(4096);
          expect(answer.code).toBe(1009);
          outcomes.close1009++;
          socket = await openSocket(`${h.wsBase}/ws?tenant=varmland`);
          await socket.next();
          continue;
        }
        const frame = answer as Frame;
        expect(['reply', 'ack', 'error']).toContain(frame.type);
        if (frame.type === 'error') expect(KNOWN_CODES, JSON.stringify(frame)).toContain(frame.error!.code);
        outcomes[frame.type as 'reply' | 'ack' | 'error']++;
      }
      socket.ws.close();
    };
    await Promise.all(Array.from({ length: 8 }, () => worker(FRAMES / 8))); // 625 each
    expect(Object.values(outcomes).reduce((a, b) => a + b)).toBe(FRAMES);
    expect(outcomes.reply).toBeGreaterThan(500);
    expect(outcomes.error).toBeGreaterThan(1000);
  });

  it(`answers ${BODIES} random and malformed HTTP bodies with a JSON status, never 500`, async () => {
    const statuses = new Map<number, number>();
    const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'application/vnd.api+json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ''];
    // node:http with keep-alive: about twice as quick as fetch here, where client and server share one thread.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 10 });
    const post = (path: string, body: string | Uint8Array, contentType: string) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const headers: Record<string, string | number> = { 'Content-Length': Buffer.byteLength(body) };
        if (contentType) headers['Content-Type'] = contentType;
        const req = http.request({ host: '127.0.0.1', port: h.server.port, path, method: 'POST', agent, headers }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => { text += chunk; });
          res.on('end', () => resolve({ status: res.statusCode!, text }));
        });
        req.on('error', reject);
        req.end(body);
      });
    const worker = async (share: number) => {
      for (let i = 0; i < share; i++) {
        const path = pick(['/api/v1/ask', '/api/v1/ask', '/api/v1/feedback']);
        const r = rnd();
        const body: string | Uint8Array = r < 0.1
          ? new Uint8Array(Array.from({ length: int(500) }, () => int(256)))
          : r < 0.13 ? 'x'.repeat(9000) : r < 0.5 ? JSON.stringify({ tenant: pick(['varmland', 'norrbotten', 'atlantis', '../x', 'VARMLAND']), text: pick(NASTY_STRINGS), conversationId: rnd() < 0.2 ? value() : undefined }) : randomText();
        const contentType = r < 0.9 ? 'application/json' : pick(CONTENT_TYPES);
        const { status, text } = await post(path, body, contentType);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        expect([200, 202, 400, 404, 413, 415], `${status} ${text}`).toContain(status);
        const json = JSON.parse(text);
        if (status >= 400) expect(KNOWN_CODES, text).toContain(json.error.code);
      }
    };
    await Promise.all(Array.from({ length: 10 }, () => worker(BODIES / 10)));
    agent.destroy();
    expect([...statuses.values()].reduce((a, b) => a + b)).toBe(BODIES);
    expect(statuses.get(400)).toBeGreaterThan(500);
  });

  it('still answers correctly afterwards, with nothing polluted and nothing failed', async () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect((await fetch(`${h.base}/readyz`)).status).toBe(200);
    const reply = await (await h.ask(h.newAddress(), { tenant: 'varmland', text: 'Vad är nära vård?' })).json();
    expect(reply).toMatchObject({ kind: 'answer', sources: [expect.objectContaining({ url: expect.stringMatching(/^https:/) })] });
    const socket = await openSocket(`${h.wsBase}/ws?tenant=varmland`);
    await socket.next();
    socket.send({ type: 'ask', id: 'after', text: 'Vad är nära vård?' });
    expect(await socket.next()).toMatchObject({ type: 'reply', id: 'after', kind: 'answer' });
    socket.ws.close();
    const events = h.events();
    expect(events.filter((e) => e.level === 'error')).toEqual([]);
    const logText = h.logs.join('\n');
    for (const personal of ['19121212-1212', '070-123 45 67', 'anna@example.se']) expect(logText).not.toContain(personal);
  });
});
