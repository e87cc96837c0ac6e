import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite-store';
import { createLogger } from '../log/logger';
import { Outbox } from './outbox';
import { deliver } from './deliver';
import type { HandoffTarget } from '../config';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
const store = () => {
  const dir = mkdtempSync(join(tmpdir(), 'nara-outbox-'));
  const s = new SqliteStore({ dataDir: dir });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }), () => s.close());
  return s;
};
const listen = async (server: http.Server | net.Server) => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  cleanups.push(() => new Promise((r) => server.close(r)));
  return (server.address() as net.AddressInfo).port;
};
const waitFor = async (check: () => boolean) => {
  const until = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};
const payload = { question: 'Får jag hjälp med båtplatsen?', kind: 'handoff', name: 'Åsa', email: 'asa@example.se' };

describe('Outbox', () => {
  it("never takes a handoff another live process holds: only a lease that has run out frees it (issue 14.4)", async () => {
    const first = store();
    const second = new SqliteStore({ dataDir: first.db.name.replace(/[/\\][^/\\]+$/, '') });
    cleanups.push(() => second.close());
    first.enqueueHandoff({ id: 'h1', tenant: 't', replyId: 'r', createdAt: 1000, payload });
    expect(first.claimDueHandoffs(1000, 61_000, 10).map((h) => h.id)).toEqual(['h1']); // the first process is delivering it
    let now = 2000;
    const delivered: string[] = [];
    const outbox = new Outbox({
      store: second, targets: new Map([['t', { type: 'webhook', url: 'http://127.0.0.1:9/' }]]), log: createLogger({ level: 'silent' }),
      pollMs: 60_000, now: () => now, deliver: async (_t, h) => { delivered.push(h.id); },
    });
    outbox.start(); // a second process starting on the same data folder
    cleanups.push(() => outbox.stop());
    await outbox.wake();
    expect(delivered).toEqual([]);
    now = 61_000; // the first process died: its lease runs out
    await outbox.wake();
    expect(delivered).toEqual(['h1']);
  });

  it('retries a webhook that fails with backoff until it accepts, then never again', async () => {
    const s = store();
    const hits: number[] = [];
    const port = await listen(http.createServer((req, res) => {
      req.resume();
      hits.push(Date.now());
      res.writeHead(hits.length < 3 ? 503 : 204).end();
    }));
    const targets = new Map<string, HandoffTarget>([['t', { type: 'webhook', url: `http://127.0.0.1:${port}/` }]]);
    s.enqueueHandoff({ id: 'h1', tenant: 't', replyId: 'r', createdAt: Date.now(), payload });
    const outbox = new Outbox({ store: s, targets, log: createLogger({ level: 'silent' }), pollMs: 10, baseBackoffMs: 50, deliver: (t, h) => deliver(t, h, { smtpPort: 25, from: 'x@y.se' }) });
    outbox.start();
    cleanups.push(() => outbox.stop());
    await waitFor(() => s.handoffStatus('h1')?.status === 'delivered');
    expect(hits).toHaveLength(3);
    expect(hits[2]! - hits[1]!).toBeGreaterThan(hits[1]! - hits[0]!); // backoff grows
    await new Promise((r) => setTimeout(r, 100));
    expect(hits).toHaveLength(3);
    expect(s.handoffStatus('h1')).toEqual({ status: 'delivered', attempts: 3 });
  });

  it('sends e-mail through a real SMTP conversation', async () => {
    const s = store();
    const commands: string[] = [];
    let data = '';
    const port = await listen(net.createServer((socket) => {
      socket.setEncoding('utf8');
      let inData = false;
      let buffer = '';
      socket.write('220 test ESMTP\r\n');
      socket.on('data', (chunk: string) => {
        buffer += chunk;
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write('250 queued\r\n');
        }
        for (let nl = buffer.indexOf('\r\n'); nl >= 0 && !inData; nl = buffer.indexOf('\r\n')) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 2);
          commands.push(line.split(/[ :]/)[0]!);
          if (line.startsWith('EHLO')) socket.write('250-test\r\n250 8BITMIME\r\n');
          else if (line === 'DATA') (inData = true), socket.write('354 go\r\n');
          else if (line === 'QUIT') socket.end('221 bye\r\n');
          else socket.write('250 ok\r\n');
        }
      });
    }));
    const targets = new Map<string, HandoffTarget>([['t', { type: 'email', to: 'kontakt@kommun.se' }]]);
    // A name as an older server may have stored it, with a line break meant to add a header.
    s.enqueueHandoff({ id: 'h2', tenant: 't', replyId: 'r', createdAt: Date.now(), payload: { ...payload, name: 'Åsa\r\nBcc: evil@example.se\rX', message: 'rad ett\n.rad två' } });
    const outbox = new Outbox({ store: s, targets, log: createLogger({ level: 'silent' }), pollMs: 10, deliver: (t, h) => deliver(t, h, { smtpHost: '127.0.0.1', smtpPort: port, from: 'guide@kommun.se' }) });
    outbox.start();
    cleanups.push(() => outbox.stop());
    await waitFor(() => s.handoffStatus('h2')?.status === 'delivered');
    expect(commands.slice(0, 4)).toEqual(['EHLO', 'MAIL', 'RCPT', 'DATA']);
    const [head, ...rest] = data.split('\r\n\r\n');
    expect(head).toContain('To: kontakt@kommun.se');
    expect(head).toContain('Message-ID: <h2@kommun.se>');
    expect(head).toMatch(/^Subject: =\?UTF-8\?/m); // "Fråga från besökare", RFC 2047
    expect(head).not.toMatch(/^Bcc:/im);
    expect(data).not.toMatch(/[^\r]\n|\r[^\n]/); // no bare LF or CR in the DATA
    // The body as a mail reader shows it: dot-stuffing undone, quoted-printable decoded.
    const body = Buffer.from(rest.join('\r\n\r\n').replace(/^\.\./gm, '.').replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
    expect(body).toContain('Fråga: Får jag hjälp med båtplatsen?');
    expect(body).toContain('Meddelande: rad ett\r\n.rad två');
    expect(body).toContain('Namn: Åsa Bcc: evil@example.se X');
  });
});
