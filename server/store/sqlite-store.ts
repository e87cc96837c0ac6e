import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { migrations } from './migrations';
import { sliceStart } from './slice-start';
import type { DailyCount, Editor, EditorSession, Revision, FeedbackRecord, Handoff, HandoffPayload, Slice, Store, Stored, UnansweredQuestion } from './store';

/** A slice's size when the caller names none: everything (tests and small tools). */
const ALL = -1;


export type SqliteStoreOptions = {
  /** Folder of the database file; created when missing. */
  dataDir: string;
  /** @default 'nara-guide.sqlite' */
  fileName?: string;
};

/** Runs the migrations a database has not run yet; returns the schema version it ends at. */
export const migrate = (db: Database.Database): number => {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(`nara-guide store: the database is at schema version ${current}, newer than this server knows (${migrations.length})`);
  }
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return migrations.length;
};

/**
 * The store in one SQLite file in DATA_DIR: embedded, nothing to install or start. WAL lets the report
 * read while the server writes; `synchronous = FULL` makes every committed row (a receipt to a visitor)
 * survive a crash of the process and of the machine.
 */
export class SqliteStore implements Store {
  readonly db: Database.Database;
  readonly #statements;

  constructor({ dataDir, fileName = 'nara-guide.sqlite' }: SqliteStoreOptions) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, fileName));
    this.db.pragma('journal_mode = WAL');
    // What may be lost to a power cut (not to a crash: the WAL is in the OS's hands at each commit) is the
    // last moments' unanswered questions and feedback. Handoffs are a promise to a visitor: `#durably`.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
    const db = this.db;
    this.#statements = {
      addEditor: db.prepare('INSERT INTO editors (user, tenant, password_hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (user) DO NOTHING'),
      removeEditor: db.prepare('DELETE FROM editors WHERE user = ?'),
      setPassword: db.prepare('UPDATE editors SET password_hash = ? WHERE user = ?'),
      endSessionsOf: db.prepare('DELETE FROM sessions WHERE user = ?'),
      editor: db.prepare('SELECT user, tenant, password_hash AS passwordHash, created_at AS createdAt FROM editors WHERE user = ?'),
      editors: db.prepare('SELECT user, tenant, password_hash AS passwordHash, created_at AS createdAt FROM editors WHERE ? IS NULL OR tenant = ? ORDER BY user'),
      createSession: db.prepare('INSERT INTO sessions (id_hash, user, csrf, expires_at) VALUES (?, ?, ?, ?)'),
      session: db.prepare('SELECT s.id_hash AS idHash, s.user, s.csrf, s.expires_at AS expiresAt, e.tenant FROM sessions s JOIN editors e ON e.user = s.user WHERE s.id_hash = ? AND s.expires_at > ?'),
      endSession: db.prepare('DELETE FROM sessions WHERE id_hash = ?'),
      addRevision: db.prepare('INSERT INTO revisions (tenant, file, user, at, text) VALUES (?, ?, ?, ?, ?)'),
      revisions: db.prepare('SELECT id, tenant, file, user, at, text FROM revisions WHERE file = ? ORDER BY id DESC'),
      revision: db.prepare('SELECT id, tenant, file, user, at, text FROM revisions WHERE id = ?'),
      handle: db.prepare('INSERT INTO handled_questions (tenant, text, at) VALUES (?, ?, ?) ON CONFLICT (tenant, text) DO UPDATE SET at = excluded.at'),
      handled: db.prepare('SELECT text, at FROM handled_questions WHERE tenant = ?'),
      countReplies: db.prepare('INSERT INTO daily_replies (tenant, day, kind, n) VALUES (?, ?, ?, ?) ON CONFLICT (tenant, day, kind) DO UPDATE SET n = n + excluded.n'),
      dailyReplies: db.prepare('SELECT tenant, day, kind, n FROM daily_replies WHERE tenant = ? AND day >= ? ORDER BY day, kind'),
      dailyNotHelpful: db.prepare("SELECT strftime('%Y-%m-%d', at / 1000, 'unixepoch') AS day, count(*) AS n FROM feedback WHERE tenant = ? AND helpful = 0 AND at >= ? GROUP BY day ORDER BY day"),
      expiredSessions: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
      question: db.prepare('INSERT INTO questions (tenant, at, kind, text, terms, reply_id) VALUES (?, ?, ?, ?, ?, ?)'),
      offered: db.prepare("SELECT 1 FROM questions WHERE reply_id = ? AND tenant = ? AND kind IN ('fallback', 'escalate') AND at >= ? LIMIT 1"),
      handoffsSince: db.prepare('SELECT count(*) AS n FROM handoffs WHERE tenant = ? AND created_at >= ?'),
      feedback: db.prepare('INSERT INTO feedback (tenant, at, reply_id, entry_id, helpful, comment) VALUES (?, ?, ?, ?, ?, ?)'),
      unanswered: db.prepare('SELECT id, tenant, at, kind, text, terms FROM questions WHERE tenant = ? AND (at, id) > (?, ?) ORDER BY at, id LIMIT ?'),
      feedbackSince: db.prepare('SELECT id, tenant, at, reply_id AS replyId, entry_id AS entryId, helpful, comment FROM feedback WHERE tenant = ? AND (at, id) > (?, ?) ORDER BY at, id LIMIT ?'),
      enqueue: db.prepare('INSERT INTO handoffs (id, tenant, reply_id, created_at, payload, next_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant, reply_id) DO NOTHING'),
      handoffByReply: db.prepare('SELECT id FROM handoffs WHERE tenant = ? AND reply_id = ?'),
      due: db.prepare("SELECT id, tenant, reply_id AS replyId, created_at AS createdAt, attempts, payload FROM handoffs WHERE status = 'pending' AND next_at <= @now AND (leased_until IS NULL OR leased_until <= @now) ORDER BY next_at LIMIT @limit"),
      lease: db.prepare("UPDATE handoffs SET leased_until = ? WHERE id = ? AND status = 'pending'"),
      delivered: db.prepare("UPDATE handoffs SET status = 'delivered', delivered_at = ?, payload = NULL, attempts = attempts + 1, last_error = NULL, leased_until = NULL WHERE id = ?"),
      failed: db.prepare("UPDATE handoffs SET attempts = attempts + 1, last_error = ?, next_at = COALESCE(?, next_at), leased_until = NULL, status = CASE WHEN ? IS NULL THEN 'failed' ELSE status END WHERE id = ? AND status = 'pending'"),
      status: db.prepare('SELECT status, attempts FROM handoffs WHERE id = ?'),
      purgeQuestions: db.prepare('DELETE FROM questions WHERE at < ?'),
      purgeFeedback: db.prepare('DELETE FROM feedback WHERE at < ?'),
      // Pending handoffs are kept whatever their age: they are a promise made to a visitor.
      purgeHandoffs: db.prepare("DELETE FROM handoffs WHERE created_at < ? AND status != 'pending'"),
    };
  }

  recordQuestions(questions: readonly UnansweredQuestion[]): void {
    this.db.transaction(() => {
      for (const { tenant, at, kind, text, terms, replyId } of questions) this.#statements.question.run(tenant, at, kind, text, terms ?? null, replyId ?? null);
    })();
  }

  recordFeedback({ tenant, at, replyId, entryId, helpful, comment }: FeedbackRecord): void {
    this.#statements.feedback.run(tenant, at, replyId, entryId, helpful ? 1 : 0, comment);
  }

  unanswered(tenant: string, since: number, { after, limit = ALL }: Slice = {}): Stored<UnansweredQuestion>[] {
    const [at, id] = sliceStart(since, after);
    return this.#statements.unanswered.all(tenant, at, id, limit) as Stored<UnansweredQuestion>[];
  }

  feedback(tenant: string, since: number, { after, limit = ALL }: Slice = {}): Stored<FeedbackRecord>[] {
    const [at, id] = sliceStart(since, after);
    return (this.#statements.feedbackSince.all(tenant, at, id, limit) as Stored<Omit<FeedbackRecord, 'helpful'> & { helpful: number }>[])
      .map((row) => ({ ...row, helpful: row.helpful === 1 }));
  }

  /** Runs `write` with its commit synced to disk (synchronous = FULL) before it returns. */
  #durably<T>(write: () => T): T {
    this.db.pragma('synchronous = FULL');
    try {
      return write();
    } finally {
      this.db.pragma('synchronous = NORMAL');
    }
  }

  enqueueHandoff({ id, tenant, replyId, createdAt, payload }: { id: string; tenant: string; replyId: string; createdAt: number; payload: HandoffPayload }) {
    const { changes } = this.#durably(() => this.#statements.enqueue.run(id, tenant, replyId, createdAt, JSON.stringify(payload), createdAt));
    if (changes === 1) return { id, created: true };
    const existing = this.#statements.handoffByReply.get(tenant, replyId) as { id: string };
    return { id: existing.id, created: false };
  }

  offeredHandoff(tenant: string, replyId: string, since: number): boolean {
    return this.#statements.offered.get(replyId, tenant, since) !== undefined;
  }

  handoffsSince(tenant: string, since: number): number {
    return (this.#statements.handoffsSince.get(tenant, since) as { n: number }).n;
  }

  claimDueHandoffs(now: number, leaseUntil: number, limit: number): Handoff[] {
    return this.db.transaction(() => {
      const rows = this.#statements.due.all({ now, limit }) as (Omit<Handoff, 'payload'> & { payload: string })[];
      for (const row of rows) this.#statements.lease.run(leaseUntil, row.id);
      return rows.map((row) => ({ ...row, payload: JSON.parse(row.payload) as HandoffPayload }));
    }).immediate();
  }


  markDelivered(id: string, at: number): void {
    this.#durably(() => this.#statements.delivered.run(at, id));
  }

  markFailed(id: string, error: string, nextAt: number | null): void {
    this.#statements.failed.run(error.slice(0, 500), nextAt, nextAt, id);
  }

  handoffStatus(id: string) {
    return this.#statements.status.get(id) as { status: 'pending' | 'delivered' | 'failed'; attempts: number } | undefined;
  }

  addEditor({ user, tenant, passwordHash, createdAt }: Editor): boolean {
    return this.#statements.addEditor.run(user, tenant, passwordHash, createdAt).changes === 1;
  }

  removeEditor(user: string): boolean {
    return this.db.transaction(() => {
      this.#statements.endSessionsOf.run(user);
      return this.#statements.removeEditor.run(user).changes === 1;
    })();
  }

  /** A new password ends every session of the account. */
  setEditorPassword(user: string, passwordHash: string): boolean {
    return this.db.transaction(() => {
      this.#statements.endSessionsOf.run(user);
      return this.#statements.setPassword.run(passwordHash, user).changes === 1;
    })();
  }

  editor(user: string): Editor | undefined {
    return this.#statements.editor.get(user) as Editor | undefined;
  }

  editors(tenant?: string): Editor[] {
    return this.#statements.editors.all(tenant ?? null, tenant ?? null) as Editor[];
  }

  createSession({ idHash, user, csrf, expiresAt }: EditorSession): void {
    this.#statements.createSession.run(idHash, user, csrf, expiresAt);
  }

  session(idHash: string, now: number): (EditorSession & { tenant: string }) | undefined {
    return this.#statements.session.get(idHash, now) as (EditorSession & { tenant: string }) | undefined;
  }

  endSession(idHash: string): void {
    this.#statements.endSession.run(idHash);
  }

  addRevision({ tenant, file, user, at, text }: Omit<Revision, 'id'>): number {
    return Number(this.#statements.addRevision.run(tenant, file, user, at, text).lastInsertRowid);
  }

  revisions(file: string): Revision[] {
    return this.#statements.revisions.all(file) as Revision[];
  }

  revision(id: number): Revision | undefined {
    return this.#statements.revision.get(id) as Revision | undefined;
  }

  markQuestionsHandled(tenant: string, texts: readonly string[], at: number): void {
    this.db.transaction(() => {
      for (const text of texts) this.#statements.handle.run(tenant, text, at);
    })();
  }

  countReplies(counts: readonly DailyCount[]): void {
    this.db.transaction(() => {
      for (const { tenant, day, kind, n } of counts) this.#statements.countReplies.run(tenant, day, kind, n);
    })();
  }

  dailyCounts(tenant: string, sinceDay: string): { replies: DailyCount[]; notHelpful: { day: string; n: number }[] } {
    return {
      replies: this.#statements.dailyReplies.all(tenant, sinceDay) as DailyCount[],
      notHelpful: this.#statements.dailyNotHelpful.all(tenant, Date.parse(`${sinceDay}T00:00:00Z`)) as { day: string; n: number }[],
    };
  }

  handledQuestions(tenant: string): Map<string, number> {
    return new Map((this.#statements.handled.all(tenant) as { text: string; at: number }[]).map((r) => [r.text, r.at]));
  }

  purgeOlderThan(cutoff: number): number {
    return this.db.transaction(() =>
      this.#statements.purgeQuestions.run(cutoff).changes
      + this.#statements.purgeFeedback.run(cutoff).changes
      + this.#statements.purgeHandoffs.run(cutoff).changes
      + this.#statements.expiredSessions.run(Date.now()).changes)();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
