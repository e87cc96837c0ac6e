/**
 * The schema, one migration a step. A database records the steps it has run in `PRAGMA user_version`;
 * opening it runs the rest in one transaction each. Append only: never edit a step that has shipped.
 */
export const migrations: readonly string[] = [
  // 1: unanswered questions, feedback, the handoff outbox.
  `
  CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    tenant TEXT NOT NULL,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL
  );
  CREATE INDEX questions_tenant_at ON questions (tenant, at);

  CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    tenant TEXT NOT NULL,
    at INTEGER NOT NULL,
    reply_id TEXT NOT NULL,
    entry_id TEXT,
    helpful INTEGER NOT NULL,
    comment TEXT
  );
  CREATE INDEX feedback_tenant_at ON feedback (tenant, at);

  CREATE TABLE handoffs (
    id TEXT PRIMARY KEY,
    tenant TEXT NOT NULL,
    reply_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    payload TEXT,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at INTEGER NOT NULL,
    last_error TEXT,
    delivered_at INTEGER,
    UNIQUE (tenant, reply_id)
  );
  CREATE INDEX handoffs_due ON handoffs (status, next_at);
  `,
  // 2: a claimed handoff's lease apart from its retry time, so a restart can free the leases of a dead process.
  `
  ALTER TABLE handoffs ADD COLUMN leased_until INTEGER;
  `,
  // 3: a question's terms, worked out when it is written, so the report groups without re-reading its words;
  // the reply it got, so a handoff is taken only for a reply that offered one; handoffs a tenant got today.
  `
  ALTER TABLE questions ADD COLUMN terms TEXT;
  ALTER TABLE questions ADD COLUMN reply_id TEXT;
  CREATE INDEX questions_reply ON questions (reply_id);
  CREATE INDEX handoffs_tenant_created ON handoffs (tenant, created_at);
  `,
  // 4: editors' accounts (a password hash, never the password) and their sessions (a hash of the cookie's id).
  `
  CREATE TABLE editors (
    user TEXT PRIMARY KEY,
    tenant TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user TEXT NOT NULL REFERENCES editors (user) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX sessions_user ON sessions (user);
  `,
  // 5: every save of an entry file from the browser: who, when, and the whole file (null: deleted).
  `
  CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    tenant TEXT NOT NULL,
    file TEXT NOT NULL,
    user TEXT NOT NULL,
    at INTEGER NOT NULL,
    text TEXT
  );
  CREATE INDEX revisions_file ON revisions (file, id);
  `,
  // 6: unanswered questions an editor has dealt with ("Klar"): the wording, and when, so later ones show again.
  `
  CREATE TABLE handled_questions (
    tenant TEXT NOT NULL,
    text TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (tenant, text)
  );
  `,
  // 7: replies a day per tenant and kind: counts only, for the editors' chart (no question, no visitor).
  `
  CREATE TABLE daily_replies (
    tenant TEXT NOT NULL,
    day TEXT NOT NULL,
    kind TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (tenant, day, kind)
  );
  `,
];
