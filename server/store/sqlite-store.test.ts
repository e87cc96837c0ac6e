import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SqliteStore } from './sqlite-store';
import { migrations } from './migrations';
import { FLUSH_MS, Recorder } from './recorder';
import { startRetention } from './retention';
import { createLogger } from '../log/logger';
import type { EngineReply } from '../engine/engine';

const DAY = 24 * 60 * 60 * 1000;
const dirs: string[] = [];
const open = () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nara-store-'));
  dirs.push(dataDir);
  return { dataDir, store: new SqliteStore({ dataDir }) };
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const quiet = createLogger({ level: 'silent' });
/** Reply ids of letters only: the masking check below looks for digits of personal data in every column. */
let replies = 0;
const reply = (kind: EngineReply['kind'], entryId?: string) => ({ replyId: `reply-${String.fromCharCode(97 + (replies++ % 26))}${Date.now().toString(36).replace(/\d/g, 'x')}`, kind, entryId }) as EngineReply;

describe('SqliteStore', () => {
  it('creates DATA_DIR, runs the migrations once in WAL mode, and refuses a newer schema', () => {
    const { dataDir, store } = open();
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    store.recordQuestions([{ tenant: 'strangnas', at: 1, kind: 'fallback', text: 'x' }]);
    store.close();
    const again = new SqliteStore({ dataDir });
    expect(again.unanswered('strangnas', 0)).toHaveLength(1);
    again.close();
    const raw = new Database(join(dataDir, 'nara-guide.sqlite'));
    raw.pragma(`user_version = ${migrations.length + 1}`);
    raw.close();
    expect(() => new SqliteStore({ dataDir })).toThrow(/newer than this server knows/);
  });

  it('keeps tenants apart', () => {
    const { store } = open();
    store.recordQuestions([{ tenant: 'strangnas', at: 10, kind: 'fallback', text: 'a' }]);
    store.recordQuestions([{ tenant: 'varmland', at: 10, kind: 'clarify', text: 'b' }]);
    expect(store.unanswered('strangnas', 0).map((q) => q.text)).toEqual(['a']);
    store.close();
  });

  it('stores a handoff once per tenant and reply, leases it, retries it and drops its payload when delivered', () => {
    const { store } = open();
    const payload = { question: 'Fråga', kind: 'handoff' };
    expect(store.enqueueHandoff({ id: 'h1', tenant: 't', replyId: 'r1', createdAt: 100, payload })).toEqual({ id: 'h1', created: true });
    expect(store.enqueueHandoff({ id: 'h2', tenant: 't', replyId: 'r1', createdAt: 101, payload })).toEqual({ id: 'h1', created: false });
    expect(store.claimDueHandoffs(100, 1000, 10).map((h) => h.id)).toEqual(['h1']);
    expect(store.claimDueHandoffs(500, 1500, 10)).toEqual([]); // leased
    store.markFailed('h1', 'down', 2000);
    expect(store.handoffStatus('h1')).toEqual({ status: 'pending', attempts: 1 });
    expect(store.claimDueHandoffs(1999, 5000, 10)).toEqual([]);
    expect(store.claimDueHandoffs(2000, 5000, 10)[0]).toMatchObject({ id: 'h1', attempts: 1, payload });
    store.markDelivered('h1', 2100);
    expect(store.handoffStatus('h1')).toEqual({ status: 'delivered', attempts: 2 });
    expect(store.db.prepare('SELECT payload FROM handoffs').get()).toEqual({ payload: null });
    expect(store.claimDueHandoffs(1e15, 1e15, 10)).toEqual([]);
    store.close();
  });
});

describe('Recorder', () => {
  it('keeps the questions that ended in fallback, clarify or escalate, masked, and nothing of the others, written within FLUSH_MS', async () => {
    const { store } = open();
    const recorder = new Recorder({ store, log: quiet, now: () => 5 });
    recorder.reply('strangnas', 'Ring mig på 070-123 45 67 eller skriv till anna.svensson@example.se, pnr 19121212-1212', reply('fallback'));
    recorder.reply('strangnas', 'Vad är nära vård? 070-123 45 67', reply('answer', 'vad-ar-nara-vard'));
    recorder.reply('strangnas', 'Vilken?', reply('clarify'));
    recorder.reply('strangnas', 'Jag vill prata med en människa', reply('escalate'));
    recorder.reply('strangnas', 'Hej', reply('smalltalk'));
    expect(store.unanswered('strangnas', 0)).toEqual([]); // written together, a moment later
    await vi.waitFor(() => expect(store.unanswered('strangnas', 0)).toHaveLength(3), { timeout: FLUSH_MS * 10 });
    const kept = store.unanswered('strangnas', 0);
    expect(kept.map((q) => q.kind)).toEqual(['fallback', 'clarify', 'escalate']);
    expect(kept[0]!.text).toBe('Ring mig på [telefon] eller skriv till [e-post], pnr [personnummer]');
    const all = JSON.stringify(store.db.prepare('SELECT * FROM questions').all());
    // The personal data itself: a bare '070' or '1212' could be a timestamp's digits.
    expect(all).not.toMatch(/070-123|123 45 67|anna|19121212|1212-1212/);
    store.close();
  });

  it('stores questions and comments on one line, without control characters, and masks what hid behind them', async () => {
    const { store } = open();
    const recorder = new Recorder({ store, log: quiet, now: () => 5 });
    recorder.reply('strangnas', 'Ring 070-123\u200B45 67\u001b[0m\r\nom\u202E bastun\u0007', reply('fallback'));
    await recorder.feedback({ tenant: 'strangnas', replyId: 'x', helpful: false, comment: 'Fel\u001b[2J\nrad två' });
    await recorder.flush();
    expect(store.unanswered('strangnas', 0)[0]).toMatchObject({ text: 'Ring [telefon][0m om bastun' });
    expect(store.feedback('strangnas', 0)[0]).toMatchObject({ comment: 'Fel[2J rad två' });
    store.close();
  });

  it('names the entry in feedback and masks the comment', () => {
    const { store } = open();
    const recorder = new Recorder({ store, log: quiet, now: () => 5 });
    const r = reply('answer', 'byta-vardcentral');
    recorder.reply('strangnas', 'Hur byter jag vårdcentral?', r);
    recorder.feedback({ tenant: 'strangnas', replyId: r.replyId, helpful: false, comment: 'Fel nummer, ring 070-123 45 67' });
    recorder.feedback({ tenant: 'strangnas', replyId: 'unknown', helpful: true });
    expect(store.feedback('strangnas', 0)).toEqual([
      { id: 1, tenant: 'strangnas', at: 5, replyId: r.replyId, entryId: 'byta-vardcentral', helpful: false, comment: 'Fel nummer, ring [telefon]' },
      { id: 2, tenant: 'strangnas', at: 5, replyId: 'unknown', entryId: null, helpful: true, comment: null },
    ]);
    store.close();
  });

  it('never costs the visitor the reply when the store fails', async () => {
    const { store } = open();
    store.close();
    const lines: string[] = [];
    const recorder = new Recorder({ store, log: createLogger({ write: (l) => lines.push(l) }) });
    expect(() => recorder.reply('t', 'x', reply('fallback'))).not.toThrow();
    await expect(recorder.flush()).resolves.toBeUndefined();
    expect(lines.join()).toMatch(/store.question_failed/);
  });
});

describe('retention', () => {
  it('deletes questions, feedback and settled handoffs older than the retention on start, keeps pending handoffs', () => {
    const { store } = open();
    const now = 1000 * DAY;
    store.recordQuestions([{ tenant: 't', at: now - 91 * DAY, kind: 'fallback', text: 'old' }]);
    store.recordQuestions([{ tenant: 't', at: now - 89 * DAY, kind: 'fallback', text: 'recent' }]);
    store.recordFeedback({ tenant: 't', at: now - 100 * DAY, replyId: 'r', entryId: null, helpful: false, comment: 'old' });
    store.enqueueHandoff({ id: 'old-pending', tenant: 't', replyId: 'a', createdAt: now - 200 * DAY, payload: { question: 'q', kind: 'handoff' } });
    store.enqueueHandoff({ id: 'old-done', tenant: 't', replyId: 'b', createdAt: now - 200 * DAY, payload: { question: 'q', kind: 'handoff' } });
    store.markDelivered('old-done', now - 199 * DAY);
    const stop = startRetention({ store, days: 90, log: quiet, now: () => now });
    stop();
    expect(store.unanswered('t', 0).map((q) => q.text)).toEqual(['recent']);
    expect(store.feedback('t', 0)).toEqual([]);
    expect(store.handoffStatus('old-pending')?.status).toBe('pending');
    expect(store.handoffStatus('old-done')).toBeUndefined();
    store.close();
  });

  it('runs again on its interval', async () => {
    const { store } = open();
    let now = 100 * DAY;
    const stop = startRetention({ store, days: 1, log: quiet, now: () => now, intervalMs: 20 });
    store.recordQuestions([{ tenant: 't', at: now, kind: 'fallback', text: 'x' }]);
    now += 2 * DAY;
    await new Promise((r) => setTimeout(r, 60));
    stop();
    expect(store.unanswered('t', 0)).toEqual([]);
    store.close();
  });
});
