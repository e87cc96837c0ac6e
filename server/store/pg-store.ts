import pg from 'pg';
import type { Conversation } from '../engine/context/conversation-store';
import { pgMigrations } from './pg-migrations';
import { sliceStart } from './slice-start';
import type { DailyCount, Editor, EditorSession, FeedbackRecord, Handoff, HandoffPayload, Revision, SharedStore, Slice, Stored, UnansweredQuestion } from './store';

/** The channel revisions are announced on; the payload is `<schema>:<revision id>`, so schemas in one database keep apart. */
const REVISIONS_CHANNEL = 'nara_guide_revisions';
/** A lost LISTEN connection is tried again after this. */
const RELISTEN_MS = 1000;
/** One lock id for migrations, whatever the schema: two instances starting at once migrate one after the other. */
const MIGRATION_LOCK = 0x6e617261; // "nara"

/** BIGINT (times in ms, ids, counts) read as numbers: they stay far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export type PgStoreOptions = {
  /** `postgres://user@host:port/database`; a `?options=-c search_path=…` in it picks a schema. */
  url: string;
  /** Connections in the pool. @default 10 */
  max?: number;
};

/** Runs the migrations a database has not run yet, under an advisory lock; returns the schema version it ends at. */
export const migratePg = async (pool: pg.Pool): Promise<number> => {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS nara_schema (version INTEGER NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM nara_schema');
    const current = rows[0]?.version ?? 0;
    if (current > pgMigrations.length) {
      throw new Error(`nara-guide store: the PostgreSQL schema is at version ${current}, newer than this server knows (${pgMigrations.length})`);
    }
    for (let version = current; version < pgMigrations.length; version++) await client.query(pgMigrations[version]!);
    if (rows.length === 0) await client.query('INSERT INTO nara_schema (version) VALUES ($1)', [pgMigrations.length]);
    else await client.query('UPDATE nara_schema SET version = $1', [pgMigrations.length]);
    await client.query('COMMIT');
    return pgMigrations.length;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
};

/** The URL with a server setting added to its `options` (where a `search_path` may already be). */
const withSetting = (url: string, setting: string): string => {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `${parsed.searchParams.get('options') ?? ''} -c ${setting}`.trim());
  return parsed.toString();
};


/**
 * The store on a PostgreSQL database several instances share. The same promises as SQLite's: a handoff stored is
 * committed before the visitor's receipt (PostgreSQL's default synchronous commit), and claimed by one instance at a
 * time (`FOR UPDATE SKIP LOCKED` and a lease). Open it with `PgStore.open`, which migrates.
 */
export class PgStore implements SharedStore {
  readonly pool: pg.Pool;
  /**
   * For what may be lost to a crash of the database's machine (as SQLite's `synchronous = NORMAL`): unanswered
   * questions, feedback, counts and conversations, committed without waiting for the disk (0.7 → 0.2 ms a write
   * here). Handoffs, accounts and revisions go through `pool`, durable at commit.
   */
  readonly #relaxed: pg.Pool;
  readonly #url: string;
  /** The schema the pool works in, for the revisions' channel. */
  #schema = 'public';

  private constructor({ url, max = 10 }: PgStoreOptions) {
    this.#url = url;
    this.pool = new pg.Pool({ connectionString: url, max, types });
    this.#relaxed = new pg.Pool({ connectionString: withSetting(url, 'synchronous_commit=off'), max, types });
    // An idle connection that breaks (the database restarted) is dropped by the pool; the next query opens another.
    this.pool.on('error', () => {});
    this.#relaxed.on('error', () => {});
  }

  static async open(options: PgStoreOptions): Promise<PgStore> {
    const store = new PgStore(options);
    try {
      await migratePg(store.pool);
      store.#schema = (await store.pool.query<{ s: string }>('SELECT current_schema() AS s')).rows[0]!.s;
      return store;
    } catch (error) {
      await store.close();
      throw new Error(`nara-guide store: cannot use the PostgreSQL database in DATABASE_URL: ${(error as Error).message}`, { cause: error });
    }
  }

  async #transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async recordQuestions(questions: readonly UnansweredQuestion[]): Promise<void> {
    if (!questions.length) return;
    // One statement for the batch: arrays unnested into rows.
    await this.#relaxed.query(
      `INSERT INTO questions (tenant, at, kind, text, terms, reply_id)
       SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      [questions.map((q) => q.tenant), questions.map((q) => q.at), questions.map((q) => q.kind), questions.map((q) => q.text),
        questions.map((q) => q.terms ?? null), questions.map((q) => q.replyId ?? null)],
    );
  }

  async recordFeedback({ tenant, at, replyId, entryId, helpful, comment }: FeedbackRecord): Promise<void> {
    await this.#relaxed.query('INSERT INTO feedback (tenant, at, reply_id, entry_id, helpful, comment) VALUES ($1, $2, $3, $4, $5, $6)', [tenant, at, replyId, entryId, helpful, comment]);
  }

  async unanswered(tenant: string, since: number, { after, limit }: Slice = {}): Promise<Stored<UnansweredQuestion>[]> {
    const [at, id] = sliceStart(since, after);
    const { rows } = await this.pool.query<Stored<UnansweredQuestion>>(
      'SELECT id, tenant, at, kind, text, terms FROM questions WHERE tenant = $1 AND (at, id) > ($2, $3) ORDER BY at, id LIMIT $4',
      [tenant, at, id, limit ?? null],
    );
    return rows;
  }

  async feedback(tenant: string, since: number, { after, limit }: Slice = {}): Promise<Stored<FeedbackRecord>[]> {
    const [at, id] = sliceStart(since, after);
    const { rows } = await this.pool.query<Stored<FeedbackRecord>>(
      `SELECT id, tenant, at, reply_id AS "replyId", entry_id AS "entryId", helpful, comment FROM feedback
       WHERE tenant = $1 AND (at, id) > ($2, $3) ORDER BY at, id LIMIT $4`,
      [tenant, at, id, limit ?? null],
    );
    return rows;
  }

  async enqueueHandoff({ id, tenant, replyId, createdAt, payload }: { id: string; tenant: string; replyId: string; createdAt: number; payload: HandoffPayload }) {
    const inserted = await this.pool.query(
      'INSERT INTO handoffs (id, tenant, reply_id, created_at, payload, next_at) VALUES ($1, $2, $3, $4, $5, $4) ON CONFLICT (tenant, reply_id) DO NOTHING',
      [id, tenant, replyId, createdAt, JSON.stringify(payload)],
    );
    if (inserted.rowCount === 1) return { id, created: true };
    const { rows } = await this.pool.query<{ id: string }>('SELECT id FROM handoffs WHERE tenant = $1 AND reply_id = $2', [tenant, replyId]);
    return { id: rows[0]!.id, created: false };
  }

  async offeredHandoff(tenant: string, replyId: string, since: number): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      "SELECT 1 FROM questions WHERE reply_id = $1 AND tenant = $2 AND kind IN ('fallback', 'escalate') AND at >= $3 LIMIT 1",
      [replyId, tenant, since],
    );
    return rowCount === 1;
  }

  async handoffsSince(tenant: string, since: number): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>('SELECT count(*) AS n FROM handoffs WHERE tenant = $1 AND created_at >= $2', [tenant, since]);
    return rows[0]!.n;
  }

  /** Rows another instance is claiming at this moment are skipped, not waited for; a lease keeps them its own after. */
  async claimDueHandoffs(now: number, leaseUntil: number, limit: number): Promise<Handoff[]> {
    const { rows } = await this.pool.query<Omit<Handoff, 'payload'> & { payload: string; next_at: number }>(
      `UPDATE handoffs SET leased_until = $2
       WHERE id IN (
         SELECT id FROM handoffs
         WHERE status = 'pending' AND next_at <= $1 AND (leased_until IS NULL OR leased_until <= $1)
         ORDER BY next_at LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id, tenant, reply_id AS "replyId", created_at AS "createdAt", attempts, payload, next_at`,
      [now, leaseUntil, limit],
    );
    return rows
      .sort((a, b) => a.next_at - b.next_at)
      .map(({ next_at: _nextAt, payload, ...row }) => ({ ...row, payload: JSON.parse(payload) as HandoffPayload }));
  }

  async markDelivered(id: string, at: number): Promise<void> {
    await this.pool.query(
      "UPDATE handoffs SET status = 'delivered', delivered_at = $1, payload = NULL, attempts = attempts + 1, last_error = NULL, leased_until = NULL WHERE id = $2",
      [at, id],
    );
  }

  async markFailed(id: string, error: string, nextAt: number | null): Promise<void> {
    await this.pool.query(
      `UPDATE handoffs SET attempts = attempts + 1, last_error = $1, next_at = COALESCE($2, next_at), leased_until = NULL,
         status = CASE WHEN $2::bigint IS NULL THEN 'failed' ELSE status END
       WHERE id = $3 AND status = 'pending'`,
      [error.slice(0, 500), nextAt, id],
    );
  }

  async handoffStatus(id: string) {
    const { rows } = await this.pool.query<{ status: 'pending' | 'delivered' | 'failed'; attempts: number }>('SELECT status, attempts FROM handoffs WHERE id = $1', [id]);
    return rows[0];
  }

  async addEditor({ user, tenant, passwordHash, createdAt }: Editor): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'INSERT INTO editors ("user", tenant, password_hash, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT ("user") DO NOTHING',
      [user, tenant, passwordHash, createdAt],
    );
    return rowCount === 1;
  }

  /** Removing an account ends its sessions (the foreign key cascades). */
  async removeEditor(user: string): Promise<boolean> {
    return (await this.pool.query('DELETE FROM editors WHERE "user" = $1', [user])).rowCount === 1;
  }

  /** A new password ends every session of the account. */
  async setEditorPassword(user: string, passwordHash: string): Promise<boolean> {
    return this.#transaction(async (client) => {
      await client.query('DELETE FROM sessions WHERE "user" = $1', [user]);
      return (await client.query('UPDATE editors SET password_hash = $1 WHERE "user" = $2', [passwordHash, user])).rowCount === 1;
    });
  }

  async editor(user: string): Promise<Editor | undefined> {
    const { rows } = await this.pool.query<Editor>('SELECT "user", tenant, password_hash AS "passwordHash", created_at AS "createdAt" FROM editors WHERE "user" = $1', [user]);
    return rows[0];
  }

  async editors(tenant?: string): Promise<Editor[]> {
    const { rows } = await this.pool.query<Editor>(
      'SELECT "user", tenant, password_hash AS "passwordHash", created_at AS "createdAt" FROM editors WHERE $1::text IS NULL OR tenant = $1 ORDER BY "user"',
      [tenant ?? null],
    );
    return rows;
  }

  async createSession({ idHash, user, csrf, expiresAt }: EditorSession): Promise<void> {
    await this.pool.query('INSERT INTO sessions (id_hash, "user", csrf, expires_at) VALUES ($1, $2, $3, $4)', [idHash, user, csrf, expiresAt]);
  }

  async session(idHash: string, now: number): Promise<(EditorSession & { tenant: string }) | undefined> {
    const { rows } = await this.pool.query<EditorSession & { tenant: string }>(
      `SELECT s.id_hash AS "idHash", s."user", s.csrf, s.expires_at AS "expiresAt", e.tenant
       FROM sessions s JOIN editors e ON e."user" = s."user" WHERE s.id_hash = $1 AND s.expires_at > $2`,
      [idHash, now],
    );
    return rows[0];
  }

  async endSession(idHash: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
  }

  /** Kept and announced in one statement: the other instances hear of it when it is committed, not before. */
  async addRevision({ tenant, file, user, at, text }: Omit<Revision, 'id'>): Promise<number> {
    const { rows } = await this.pool.query<{ id: number }>(
      `WITH r AS (INSERT INTO revisions (tenant, file, "user", at, text) VALUES ($1, $2, $3, $4, $5) RETURNING id)
       SELECT id, pg_notify($6, $7 || ':' || id) FROM r`,
      [tenant, file, user, at, text, REVISIONS_CHANNEL, this.#schema],
    );
    return rows[0]!.id;
  }

  async revisions(file: string): Promise<Revision[]> {
    return (await this.pool.query<Revision>('SELECT id, tenant, file, "user", at, text FROM revisions WHERE file = $1 ORDER BY id DESC', [file])).rows;
  }

  async revision(id: number): Promise<Revision | undefined> {
    if (!Number.isSafeInteger(id)) return undefined;
    return (await this.pool.query<Revision>('SELECT id, tenant, file, "user", at, text FROM revisions WHERE id = $1', [id])).rows[0];
  }

  async latestRevisions(): Promise<Revision[]> {
    return (await this.pool.query<Revision>('SELECT DISTINCT ON (file) id, tenant, file, "user", at, text FROM revisions ORDER BY file, id DESC')).rows;
  }

  async watchRevisions(onRevision: (id: number) => void, onGap: () => void): Promise<() => Promise<void>> {
    let stopped = false;
    let client: pg.Client | undefined;
    let retry: NodeJS.Timeout | undefined;
    const prefix = `${this.#schema}:`;
    const connect = async (): Promise<void> => {
      const next = new pg.Client({ connectionString: this.#url, types });
      next.on('notification', ({ payload }) => {
        if (payload?.startsWith(prefix)) onRevision(Number(payload.slice(prefix.length)));
      });
      next.on('error', () => lost(next));
      next.on('end', () => lost(next));
      await next.connect();
      await next.query(`LISTEN ${REVISIONS_CHANNEL}`);
      client = next;
    };
    const lost = (which: pg.Client) => {
      if (stopped || client !== which) return;
      client = undefined;
      void which.end().catch(() => {});
      const again = () => {
        retry = setTimeout(() => {
          if (stopped) return;
          connect().then(onGap, again);
        }, RELISTEN_MS);
        retry.unref();
      };
      again();
    };
    await connect();
    return async () => {
      stopped = true;
      clearTimeout(retry);
      await client?.end().catch(() => {});
    };
  }

  async markQuestionsHandled(tenant: string, texts: readonly string[], at: number): Promise<void> {
    if (!texts.length) return;
    await this.pool.query(
      `INSERT INTO handled_questions (tenant, text, at) SELECT $1, t, $3 FROM unnest($2::text[]) AS t
       ON CONFLICT (tenant, text) DO UPDATE SET at = excluded.at`,
      [tenant, [...new Set(texts)], at],
    );
  }

  async countReplies(counts: readonly DailyCount[]): Promise<void> {
    if (!counts.length) return;
    await this.#relaxed.query(
      `INSERT INTO daily_replies (tenant, day, kind, n)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[])
       ON CONFLICT (tenant, day, kind) DO UPDATE SET n = daily_replies.n + excluded.n`,
      [counts.map((c) => c.tenant), counts.map((c) => c.day), counts.map((c) => c.kind), counts.map((c) => c.n)],
    );
  }

  async dailyCounts(tenant: string, sinceDay: string) {
    const [replies, notHelpful] = await Promise.all([
      this.pool.query<DailyCount>('SELECT tenant, day, kind, n FROM daily_replies WHERE tenant = $1 AND day >= $2 ORDER BY day, kind', [tenant, sinceDay]),
      this.pool.query<{ day: string; n: number }>(
        `SELECT to_char(to_timestamp(at / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*) AS n
         FROM feedback WHERE tenant = $1 AND NOT helpful AND at >= $2 GROUP BY day ORDER BY day`,
        [tenant, Date.parse(`${sinceDay}T00:00:00Z`)],
      ),
    ]);
    return { replies: replies.rows, notHelpful: notHelpful.rows };
  }

  async handledQuestions(tenant: string): Promise<Map<string, number>> {
    const { rows } = await this.pool.query<{ text: string; at: number }>('SELECT text, at FROM handled_questions WHERE tenant = $1', [tenant]);
    return new Map(rows.map((r) => [r.text, r.at]));
  }

  async conversation(id: string, tenant: string, notSeenSince: number): Promise<Conversation | undefined> {
    const { rows } = await this.pool.query<{ state: Conversation }>(
      'SELECT state FROM conversations WHERE id = $1 AND tenant = $2 AND last_seen >= $3',
      [id, tenant, notSeenSince],
    );
    return rows[0]?.state;
  }

  async saveConversation(conversation: Conversation): Promise<void> {
    await this.#relaxed.query(
      `INSERT INTO conversations (id, tenant, state, last_seen) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET tenant = excluded.tenant, state = excluded.state, last_seen = excluded.last_seen`,
      [conversation.id, conversation.tenant, JSON.stringify(conversation), conversation.lastSeen],
    );
  }

  async purgeConversations(cutoff: number): Promise<number> {
    return (await this.pool.query('DELETE FROM conversations WHERE last_seen < $1', [cutoff])).rowCount ?? 0;
  }

  /** Pending handoffs are kept whatever their age: they are a promise made to a visitor. */
  async purgeOlderThan(cutoff: number): Promise<number> {
    return this.#transaction(async (client) => {
      let removed = 0;
      for (const [sql, value] of [
        ['DELETE FROM questions WHERE at < $1', cutoff],
        ['DELETE FROM feedback WHERE at < $1', cutoff],
        ["DELETE FROM handoffs WHERE created_at < $1 AND status != 'pending'", cutoff],
        ['DELETE FROM sessions WHERE expires_at <= $1', Date.now()],
      ] as const) removed += (await client.query(sql, [value])).rowCount ?? 0;
      return removed;
    });
  }

  async close(): Promise<void> {
    await Promise.all([this.pool.end(), this.#relaxed.end()]);
  }
}
