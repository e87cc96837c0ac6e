import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { configSchema, type Config } from '../config';
import { Engine } from '../engine/engine';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { createLogger } from '../log/logger';
import { SqliteStore } from '../store/sqlite-store';
import { Recorder } from '../store/recorder';
import { REFERENCE } from '../handoff/reference';

// Issue 14.3: anyone could push handoffs into a tenant's contact centre with a made-up or answered replyId.
const dirs: string[] = [];
let engine: Engine;
beforeAll(async () => {
  const { knowledge } = await loadKnowledge('knowledge');
  engine = new Engine();
  engine.load(knowledge!);
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const appWith = (overrides: Record<string, unknown> = {}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nara-handoff-'));
  dirs.push(dataDir);
  const store = new SqliteStore({ dataDir });
  const log = createLogger({ level: 'silent' });
  const config: Config = configSchema.parse({ HANDOFF_TARGETS: 'strangnas=https://kontakt.example.se/hook', RATE_LIMIT_PER_MIN: 0, RATE_LIMIT_PER_ADDRESS_PER_MIN: 0, ...overrides });
  const app = createApp({
    engine, config, log, store, recorder: new Recorder({ store, log }),
    knowledgeStatus: () => ({ loadedAt: '', entries: 0, tenants: 0, problems: [], heldBack: [], lastAttemptFailed: false }),
  });
  const post = (path: string, body: unknown) => app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const ask = async (text: string) => (await (await post('/api/v1/ask', { tenant: 'strangnas', text })).json()) as { kind: string; replyId: string; conversationId: string; handoff?: boolean };
  const handoff = (reply: { replyId: string; conversationId: string }, question = 'Var kan jag parkera båten?') =>
    post('/api/v1/handoff', { tenant: 'strangnas', conversationId: reply.conversationId, replyId: reply.replyId, question, name: 'Anna' });
  return { store, ask, handoff, post };
};

describe('POST /api/v1/handoff', () => {
  it('takes a handoff only for a reply that offered one: 202 after a fallback, 409 for an answer or an id never given', async () => {
    const { ask, handoff, store } = appWith();
    const fallback = await ask('Var kan jag parkera min båt vid hamnen?');
    expect(fallback).toMatchObject({ kind: 'fallback', handoff: true });
    const stored = await handoff(fallback);
    expect(stored.status).toBe(202);
    // A reference a person can read aloud on the phone (issue 15.6).
    expect((await stored.clone().json()).handoffId).toMatch(REFERENCE);
    expect((await handoff(fallback)).status).toBe(202); // sent again: the same receipt

    const answer = await ask('Vad är nära vård?');
    expect(answer.kind).toBe('answer');
    const refused = await handoff(answer);
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.code).toBe('handoff_not_offered');
    expect((await handoff({ replyId: 'made-up-reply-id', conversationId: 'x' })).status).toBe(409);
    expect(store.handoffsSince('strangnas', 0)).toBe(1);
  });

  it('stores one-line fields on one line, and the message without control characters (issue 14.8)', async () => {
    const { ask, store, post } = appWith();
    const fallback = await ask('Var kan jag parkera min båt vid hamnen?');
    const res = await post('/api/v1/handoff', {
      tenant: 'strangnas', conversationId: fallback.conversationId, replyId: fallback.replyId,
      question: 'Båt?\r\nBcc: x@example.se', name: 'Anna\r\nBcc: evil@example.se', email: 'a@example.se\nX-Header: 1',
      phone: '070\r123 45 67', message: 'rad ett\r\nrad två\u001b[2J\rtre',
    });
    expect(res.status).toBe(202);
    const [stored] = store.claimDueHandoffs(Date.now() + 1000, Date.now() + 60_000, 10);
    expect(stored!.payload).toMatchObject({
      question: 'Båt? Bcc: x@example.se', name: 'Anna Bcc: evil@example.se', email: 'a@example.se X-Header: 1',
      phone: '070 123 45 67', message: 'rad ett\nrad två[2J\ntre',
    });
  });

  it('limits handoffs from one address an hour', async () => {
    const { ask, handoff } = appWith({ HANDOFF_PER_ADDRESS_PER_HOUR: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await handoff(await ask(`Var kan jag parkera min båt nummer ${i}?`))).status);
    expect(statuses).toEqual([202, 202, 429]);
  });

  it("caps a tenant's handoffs a day, whoever sends them", async () => {
    const { ask, handoff, store } = appWith({ HANDOFF_PER_TENANT_PER_DAY: 2, HANDOFF_PER_ADDRESS_PER_HOUR: 0 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await handoff(await ask(`Var kan jag parkera min båt nummer ${i}?`))).status);
    expect(statuses).toEqual([202, 202, 429]);
    expect(store.handoffsSince('strangnas', 0)).toBe(2);
  });
});
