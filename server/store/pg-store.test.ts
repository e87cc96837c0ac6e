import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { freshSchema, withPostgres } from '../../tests/support/postgres';
import { PgStore } from './pg-store';
import { pgMigrations } from './pg-migrations';
import type { Conversation } from '../engine/context/conversation-store';

const DAY = 24 * 60 * 60 * 1000;
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});
/** A store in a schema of its own, closed and dropped after the test. */
const open = async () => {
  const schema = await freshSchema();
  cleanup.push(schema.drop);
  const store = await PgStore.open({ url: schema.url });
  cleanup.push(() => store.close());
  return { store, url: schema.url };
};
const handoff = (replyId: string, createdAt = Date.now()) => ({ id: `h-${replyId}`, tenant: 'strangnas', replyId, createdAt, payload: { question: 'Var parkerar jag?', kind: 'fallback', email: 'a@example.se' } });

describe.skipIf(!withPostgres)('PgStore', () => {
  it('migrates once, also when two instances start at the same moment, and refuses a newer schema', async () => {
    const schema = await freshSchema();
    cleanup.push(schema.drop);
    const [a, b] = await Promise.all([PgStore.open({ url: schema.url }), PgStore.open({ url: schema.url })]);
    await a.recordQuestions([{ tenant: 'strangnas', at: 1, kind: 'fallback', text: 'x' }]);
    expect(await b.unanswered('strangnas', 0)).toHaveLength(1);
    expect((await a.pool.query('SELECT version FROM nara_schema')).rows).toEqual([{ version: pgMigrations.length }]);
    await a.pool.query('UPDATE nara_schema SET version = version + 1');
    await Promise.all([a.close(), b.close()]);
    await expect(PgStore.open({ url: schema.url })).rejects.toThrow(/schema is at version 2, newer than this server knows \(1\)/);
  });

  it('names DATABASE_URL when the database cannot be reached', async () => {
    await expect(PgStore.open({ url: 'postgres://postgres@127.0.0.1:1/none' })).rejects.toThrow(/cannot use the PostgreSQL database in DATABASE_URL/);
  });

  it('reads unanswered questions and feedback a slice at a time, in time order, and counts replies a day', async () => {
    const { store } = await open();
    await store.recordQuestions(Array.from({ length: 5 }, (_, i) => ({ tenant: 'strangnas', at: 1000 + i, kind: 'fallback' as const, text: `q${i}`, terms: `t${i}`, replyId: `r${i}` })));
    await store.recordQuestions([{ tenant: 'varmland', at: 1000, kind: 'clarify', text: 'other' }]);
    const first = await store.unanswered('strangnas', 0, { limit: 2 });
    expect(first.map((q) => q.text)).toEqual(['q0', 'q1']);
    const next = await store.unanswered('strangnas', 0, { after: { at: first[1]!.at, id: first[1]!.id }, limit: 10 });
    expect(next.map((q) => q.text)).toEqual(['q2', 'q3', 'q4']);
    expect(typeof next[0]!.at).toBe('number');
    expect(await store.unanswered('strangnas', 1003)).toHaveLength(2);

    const now = Date.parse('2026-11-27T12:00:00Z');
    await store.recordFeedback({ tenant: 'strangnas', at: now, replyId: 'r1', entryId: 'e1', helpful: false, comment: 'För allmänt' });
    await store.recordFeedback({ tenant: 'strangnas', at: now + 1, replyId: 'r2', entryId: null, helpful: true, comment: null });
    expect(await store.feedback('strangnas', 0)).toMatchObject([{ replyId: 'r1', entryId: 'e1', helpful: false, comment: 'För allmänt' }, { helpful: true }]);

    await store.countReplies([{ tenant: 'strangnas', day: '2026-11-27', kind: 'answer', n: 2 }]);
    await store.countReplies([{ tenant: 'strangnas', day: '2026-11-27', kind: 'answer', n: 3 }, { tenant: 'strangnas', day: '2026-11-27', kind: 'fallback', n: 1 }]);
    expect(await store.dailyCounts('strangnas', '2026-11-27')).toEqual({
      replies: [{ tenant: 'strangnas', day: '2026-11-27', kind: 'answer', n: 5 }, { tenant: 'strangnas', day: '2026-11-27', kind: 'fallback', n: 1 }],
      notHelpful: [{ day: '2026-11-27', n: 1 }],
    });

    await store.markQuestionsHandled('strangnas', ['q1', 'q1', 'q2'], 5000);
    await store.markQuestionsHandled('strangnas', ['q2'], 6000);
    expect(await store.handledQuestions('strangnas')).toEqual(new Map([['q1', 5000], ['q2', 6000]]));
  });

  it('stores a handoff once per reply, and two instances claiming together each get different ones', async () => {
    const { store, url } = await open();
    const other = await PgStore.open({ url });
    cleanup.push(() => other.close());
    await store.recordQuestions([{ tenant: 'strangnas', at: 100, kind: 'fallback', text: 'x', replyId: 'offered' }]);
    expect(await store.offeredHandoff('strangnas', 'offered', 0)).toBe(true);
    expect(await store.offeredHandoff('varmland', 'offered', 0)).toBe(false);
    expect(await store.offeredHandoff('strangnas', 'offered', 101)).toBe(false);

    expect(await store.enqueueHandoff(handoff('r1', 1))).toEqual({ id: 'h-r1', created: true });
    expect(await other.enqueueHandoff({ ...handoff('r1', 1), id: 'h-again' })).toEqual({ id: 'h-r1', created: false });
    for (let i = 2; i <= 40; i++) await store.enqueueHandoff(handoff(`r${i}`, i));
    expect(await store.handoffsSince('strangnas', 0)).toBe(40);

    const now = Date.now();
    const [a, b] = await Promise.all([store.claimDueHandoffs(now, now + 60_000, 25), other.claimDueHandoffs(now, now + 60_000, 25)]);
    const ids = [...a, ...b].map((h) => h.id);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
    expect(a[0]!.payload).toEqual({ question: 'Var parkerar jag?', kind: 'fallback', email: 'a@example.se' });
    // Leased: no one takes them again until the lease runs out.
    expect(await store.claimDueHandoffs(now + 1000, now + 61_000, 50)).toEqual([]);
    const back = await other.claimDueHandoffs(now + 60_000, now + 120_000, 50);
    expect(back).toHaveLength(40);

    await store.markDelivered('h-r1', now);
    expect(await store.handoffStatus('h-r1')).toEqual({ status: 'delivered', attempts: 1 });
    expect((await store.pool.query("SELECT payload FROM handoffs WHERE id = 'h-r1'")).rows).toEqual([{ payload: null }]);
    await store.markFailed('h-r2', 'SMTP 451', now + 5000);
    expect(await store.handoffStatus('h-r2')).toEqual({ status: 'pending', attempts: 1 });
    await store.markFailed('h-r3', 'gave up', null);
    expect(await store.handoffStatus('h-r3')).toEqual({ status: 'failed', attempts: 1 });
    // Delivered and given-up ones never come back; the retried one comes back when due.
    const later = await store.claimDueHandoffs(now + 200_000, now + 260_000, 50);
    expect(later.map((h) => h.id)).toContain('h-r2');
    expect(later.map((h) => h.id)).not.toContain('h-r1');
    expect(later.map((h) => h.id)).not.toContain('h-r3');
  });

  it("keeps editors' accounts and sessions: a new password or a removed account ends the sessions", async () => {
    const { store } = await open();
    expect(await store.addEditor({ user: 'anna', tenant: 'strangnas', passwordHash: 'h1', createdAt: 1 })).toBe(true);
    expect(await store.addEditor({ user: 'anna', tenant: 'varmland', passwordHash: 'h2', createdAt: 2 })).toBe(false);
    await store.addEditor({ user: 'bo', tenant: 'national', passwordHash: 'h3', createdAt: 3 });
    expect((await store.editors()).map((e) => e.user)).toEqual(['anna', 'bo']);
    expect(await store.editors('national')).toEqual([{ user: 'bo', tenant: 'national', passwordHash: 'h3', createdAt: 3 }]);
    await store.createSession({ idHash: 's1', user: 'anna', csrf: 'c1', expiresAt: 1000 });
    expect(await store.session('s1', 999)).toEqual({ idHash: 's1', user: 'anna', csrf: 'c1', expiresAt: 1000, tenant: 'strangnas' });
    expect(await store.session('s1', 1000)).toBeUndefined();
    await store.createSession({ idHash: 's2', user: 'anna', csrf: 'c2', expiresAt: 5000 });
    expect(await store.setEditorPassword('anna', 'new')).toBe(true);
    expect(await store.session('s2', 0)).toBeUndefined();
    expect((await store.editor('anna'))?.passwordHash).toBe('new');
    await store.createSession({ idHash: 's3', user: 'bo', csrf: 'c3', expiresAt: 5000 });
    expect(await store.removeEditor('bo')).toBe(true);
    expect(await store.removeEditor('bo')).toBe(false);
    expect(await store.session('s3', 0)).toBeUndefined();
  });

  it('keeps revisions, newest first, and tells every instance listening of each one when it is committed', async () => {
    const { store, url } = await open();
    const other = await PgStore.open({ url });
    cleanup.push(() => other.close());
    const heard: number[] = [];
    let gaps = 0;
    const stop = await other.watchRevisions((id) => heard.push(id), () => gaps++);
    cleanup.push(stop);
    const first = await store.addRevision({ tenant: 'strangnas', file: 'tenants/strangnas/a.md', user: 'anna', at: 1, text: 'one' });
    const second = await store.addRevision({ tenant: 'strangnas', file: 'tenants/strangnas/a.md', user: 'anna', at: 2, text: null });
    await store.addRevision({ tenant: 'national', file: 'national/b.md', user: 'bo', at: 3, text: 'b' });
    expect((await store.revisions('tenants/strangnas/a.md')).map((r) => r.id)).toEqual([second, first]);
    expect(await store.revision(first)).toEqual({ id: first, tenant: 'strangnas', file: 'tenants/strangnas/a.md', user: 'anna', at: 1, text: 'one' });
    expect(await store.revision(Number.NaN)).toBeUndefined();
    expect((await store.latestRevisions()).map((r) => [r.file, r.text])).toEqual([['national/b.md', 'b'], ['tenants/strangnas/a.md', null]]);
    await expect.poll(() => heard.length, { timeout: 10_000 }).toBe(3);
    expect(heard.slice(0, 2)).toEqual([first, second]);

    // A schema of another deployment in the same database is not heard.
    const { store: elsewhere } = await open();
    await elsewhere.addRevision({ tenant: 'x', file: 'national/c.md', user: 'c', at: 4, text: 'c' });
    await store.addRevision({ tenant: 'national', file: 'national/b.md', user: 'bo', at: 5, text: 'b2' });
    await expect.poll(() => heard.length, { timeout: 10_000 }).toBe(4);

    // A lost connection is taken up again, and said, so the listener catches up on what it may have missed.
    await store.pool.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN nara_guide_revisions' AND pid <> pg_backend_pid()");
    await expect.poll(() => gaps, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    await store.addRevision({ tenant: 'national', file: 'national/b.md', user: 'bo', at: 6, text: 'b3' });
    await expect.poll(() => heard.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
  });

  it('keeps conversations for any instance, on their tenant, until they expire', async () => {
    const { store, url } = await open();
    const other = await PgStore.open({ url });
    cleanup.push(() => other.close());
    const conversation: Conversation = { id: 'c1', tenant: 'strangnas', topicEntryId: 'vad-ar-nara-vard', suggestions: [{ text: 'Varför?', entryId: 'varfor', key: 'varfor' }], fallbacksInARow: 1, crisis: ['suicide'], lang: 'sv', lastSeen: 10_000 };
    await store.saveConversation(conversation);
    expect(await other.conversation('c1', 'strangnas', 0)).toEqual(conversation);
    expect(await other.conversation('c1', 'varmland', 0)).toBeUndefined();
    expect(await other.conversation('c1', 'strangnas', 10_001)).toBeUndefined();
    await other.saveConversation({ ...conversation, topicEntryId: 'other', lastSeen: 20_000 });
    expect((await store.conversation('c1', 'strangnas', 0))?.topicEntryId).toBe('other');
    expect(await store.purgeConversations(20_001)).toBe(1);
    expect(await store.conversation('c1', 'strangnas', 0)).toBeUndefined();
  });

  it('deletes what is past retention, but never a pending handoff', async () => {
    const { store } = await open();
    const now = Date.now();
    await store.recordQuestions([{ tenant: 'strangnas', at: now - 100 * DAY, kind: 'fallback', text: 'old' }, { tenant: 'strangnas', at: now, kind: 'fallback', text: 'new' }]);
    await store.recordFeedback({ tenant: 'strangnas', at: now - 100 * DAY, replyId: 'r', entryId: null, helpful: true, comment: null });
    await store.enqueueHandoff(handoff('pending', now - 100 * DAY));
    await store.enqueueHandoff(handoff('done', now - 100 * DAY));
    await store.markDelivered('h-done', now - 99 * DAY);
    expect(await store.purgeOlderThan(now - 90 * DAY)).toBe(3);
    expect((await store.unanswered('strangnas', 0)).map((q) => q.text)).toEqual(['new']);
    expect(await store.handoffStatus('h-pending')).toEqual({ status: 'pending', attempts: 0 });
  });

  it('reads BIGINT columns as numbers', async () => {
    const { store } = await open();
    const { rows } = await store.pool.query<{ n: unknown }>('SELECT 9007199254740991::bigint AS n');
    expect(rows[0]!.n).toBe(Number.MAX_SAFE_INTEGER);
    expect(pg.types.getTypeParser(20)('1')).toBe('1'); // the global parser is left alone
  });
});
