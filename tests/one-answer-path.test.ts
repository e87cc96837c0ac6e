import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from '../server/start';
import type { Config } from '../server/config';
import { connect } from './support/ws-client';

// A question over a socket and the same question over HTTP take one path (server/answers): the same
// reply, the same handoff offer, and both noted for the editors' report.
describe('one answer path for sockets and HTTP', () => {
  let server: RunningServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'one-path-'));
    server = await startServer({
      port: 0, quiet: true, watch: false,
      // The handoff target is never called here: only the offer on the reply is tested.
      config: { DATA_DIR: dataDir, HANDOFF_TARGETS: 'strangnas=http://127.0.0.1:9/hook' } as unknown as Partial<Config>,
    });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const overHttp = async (tenant: string, text: string) =>
    (await fetch(`${server.url}/api/v1/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ tenant, text }) })).json();
  const overSocket = async (tenant: string, text: string) => {
    const socket = await connect(`${server.url.replace('http', 'ws')}/ws?tenant=${tenant}`);
    await socket.next(); // hello
    socket.send({ type: 'ask', id: 'q1', text });
    const frame = await socket.next();
    socket.ws.close();
    return frame;
  };
  /** A reply without what differs by design between two asks: its conversation and reply ids. */
  const comparable = ({ conversationId: _c, replyId: _r, type: _t, id: _i, ...rest }: Record<string, unknown>) => rest;

  it('answers the same, handoff offer included, whichever way the question came', async () => {
    for (const [tenant, text] of [['strangnas', 'Var kan jag parkera min båt vid hamnen?'], ['strangnas', 'Vad är nära vård?'], ['varmland', 'Var kan jag parkera min båt vid hamnen?']]) {
      const [http, socket] = [await overHttp(tenant!, text!), await overSocket(tenant!, text!)];
      expect(socket).toMatchObject({ type: 'reply', id: 'q1' });
      expect(comparable(socket), `${tenant}: ${text}`).toEqual(comparable(http));
      // The offer only where the guide could not help, and only for a tenant that takes handoffs.
      expect(http.handoff, `${tenant}: ${text}`).toBe(tenant === 'strangnas' && (http.kind === 'fallback' || http.kind === 'escalate') ? true : undefined);
      expect(http).not.toHaveProperty('trace');
    }
  });

  it('notes an unanswered question from either way for the editors, masked', async () => {
    await overHttp('varmland', 'Hur bokar jag bastun i simhallen? Ring 070-111 22 33');
    await overSocket('varmland', 'Hur bokar jag bastun i simhallen? Ring 070-111 22 33');
    // The recorder writes in batches: wait for both to be stored.
    const stored = async () => (await server.store.unanswered('varmland', 0)).filter((q) => q.text.includes('bastun'));
    await vi.waitFor(async () => expect(await stored()).toHaveLength(2), { timeout: 10_000, interval: 20 });
    expect((await stored()).map((q) => q.text)).toEqual(['Hur bokar jag bastun i simhallen? Ring [telefon]', 'Hur bokar jag bastun i simhallen? Ring [telefon]']);
  });
});
