import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../server/config';
import { startServer, type RunningServer } from '../server/start';
import { connect } from './support/ws-client';

// /metrics for an operator's Prometheus: behind its own token, in Prometheus's text format.
const TOKEN = 'metrics-token-Xy7Qp2Lm9Rt4';

describe('/metrics', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, quiet: true, watch: false, config: { METRICS_TOKEN: TOKEN } });
  });
  afterAll(async () => {
    await server?.close();
  });
  const scrape = (authorization?: string) => fetch(`${server.url}/metrics`, { headers: authorization ? { Authorization: authorization } : {} });

  it('is refused without the token, or with another', async () => {
    for (const auth of [undefined, 'Bearer wrong-token-0000000000', `Basic ${TOKEN}`]) {
      const res = await scrape(auth);
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe('unauthorized');
    }
  });

  it('counts questions by tenant and kind, their latency, open sockets, the knowledge and the process', async () => {
    await fetch(`${server.url}/api/v1/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ tenant: 'strangnas', text: 'Vad är nära vård?' }) });
    const socket = await connect(`${server.url.replace('http', 'ws')}/ws?tenant=norrbotten`);
    await socket.next();
    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('nara_questions_total{tenant="strangnas",kind="answer"} 1');
    expect(text).toMatch(/^nara_answer_seconds_count 1$/m);
    expect(text).toMatch(/^nara_open_sockets 1$/m);
    expect(text).toMatch(/^nara_knowledge_entries [1-9]\d*$/m);
    expect(text).toMatch(/^nara_knowledge_reload_failed 0$/m);
    expect(text).toMatch(/^nara_process_resident_memory_bytes \d+/m);
    // No question's words: only counts.
    expect(text).not.toContain('nära vård');
    socket.ws.close();
  });
});

describe('METRICS_TOKEN', () => {
  it('is off without one, and refuses a weak one at start', async () => {
    const server = await startServer({ port: 0, quiet: true, watch: false });
    try {
      expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    } finally {
      await server.close();
    }
    expect(() => readConfig({ METRICS_TOKEN: 'aaaaaaaaaaaaaaaaaaaa' })).toThrow(/METRICS_TOKEN/);
  });
});
