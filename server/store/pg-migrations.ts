/**
 * The PostgreSQL schema, one migration a step, as SQLite's (migrations.ts) but written for PostgreSQL: times are
 * milliseconds since the epoch in BIGINT, ids BIGINT identities, `"user"` quoted (a reserved word). A database records
 * the steps it has run in `nara_schema`; the instance that starts first runs the rest, under an advisory lock, so
 * several starting at once do not race. Append only: never edit a step that has shipped.
 */
export const pgMigrations: readonly string[] = [
  // 1: everything SQLite has reached at its step 7, and the conversations several instances share.
  `
  CREATE TABLE questions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant TEXT NOT NULL,
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    terms TEXT,
    reply_id TEXT
  );
  CREATE INDEX questions_tenant_at ON questions (tenant, at, id);
  CREATE INDEX questions_reply ON questions (reply_id);

  CREATE TABLE feedback (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant TEXT NOT NULL,
    at BIGINT NOT NULL,
    reply_id TEXT NOT NULL,
    entry_id TEXT,
    helpful BOOLEAN NOT NULL,
    comment TEXT
  );
  CREATE INDEX feedback_tenant_at ON feedback (tenant, at, id);

  CREATE TABLE handoffs (
    id TEXT PRIMARY KEY,
    tenant TEXT NOT NULL,
    reply_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    payload TEXT,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at BIGINT NOT NULL,
    last_error TEXT,
    delivered_at BIGINT,
    leased_until BIGINT,
    UNIQUE (tenant, reply_id)
  );
  CREATE INDEX handoffs_due ON handoffs (status, next_at);
  CREATE INDEX handoffs_tenant_created ON handoffs (tenant, created_at);

  CREATE TABLE editors (
    "user" TEXT PRIMARY KEY,
    tenant TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL
  );
  CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    "user" TEXT NOT NULL REFERENCES editors ("user") ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    expires_at BIGINT NOT NULL
  );
  CREATE INDEX sessions_user ON sessions ("user");

  CREATE TABLE revisions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant TEXT NOT NULL,
    file TEXT NOT NULL,
    "user" TEXT NOT NULL,
    at BIGINT NOT NULL,
    text TEXT
  );
  CREATE INDEX revisions_file ON revisions (file, id);

  CREATE TABLE handled_questions (
    tenant TEXT NOT NULL,
    text TEXT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (tenant, text)
  );

  CREATE TABLE daily_replies (
    tenant TEXT NOT NULL,
    day TEXT NOT NULL,
    kind TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (tenant, day, kind)
  );

  CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    tenant TEXT NOT NULL,
    state JSONB NOT NULL,
    last_seen BIGINT NOT NULL
  );
  CREATE INDEX conversations_last_seen ON conversations (last_seen);
  `,
];
