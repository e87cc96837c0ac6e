import { isIP } from 'node:net';
import { z } from 'zod';

/** An admin token's fewest different characters: a random token of 16 or more has more (hex: 10 on average), a repeated pattern fewer. */
const MIN_DISTINCT_TOKEN_CHARACTERS = 8;

const int = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);

const TENANT_ID = /^[a-z0-9-]+$/;

/** `tenant:value,tenant:value` (the separator given), or a record or Map when startServer is given one (parsed again). */
const perTenant = <T = string>(separator: string, example: string) => z
  .union([z.string(), z.record(z.string(), z.string()), z.instanceof(Map)])
  .default({})
  .transform((value, ctx): Map<string, string | T> => {
    if (value instanceof Map) return value as Map<string, string | T>;
    if (typeof value !== 'string') return new Map(Object.entries(value));
    const map = new Map<string, string>();
    for (const pair of value.split(',').map((s) => s.trim()).filter(Boolean)) {
      const at = pair.indexOf(separator);
      const tenant = pair.slice(0, at).trim();
      if (at <= 0 || !TENANT_ID.test(tenant) || !pair.slice(at + 1).trim()) {
        ctx.addIssue({ code: 'custom', message: `must be tenant${separator}value pairs separated by commas, e.g. "${example}"` });
        return z.NEVER;
      }
      map.set(tenant, pair.slice(at + 1).trim());
    }
    return map;
  });

/** Where a tenant's handoffs go: a webhook of its contact-centre system, or an e-mail address through SMTP. */
export type HandoffTarget = { type: 'webhook'; url: string } | { type: 'email'; to: string };

const handoffTargets = perTenant<HandoffTarget>('=', 'strangnas=https://kontakt.example.se/hook,varmland=mailto:kontakt@varmland.se')
  .transform((map, ctx) => {
    const targets = new Map<string, HandoffTarget>();
    for (const [tenant, target] of map) {
      if (typeof target !== 'string') targets.set(tenant, target);
      else if (target.startsWith('mailto:') && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(target.slice(7))) targets.set(tenant, { type: 'email', to: target.slice(7) });
      else if (URL.canParse(target) && /^https?:$/.test(new URL(target).protocol)) targets.set(tenant, { type: 'webhook', url: target });
      else ctx.addIssue({ code: 'custom', message: `${tenant}: "${target}" is neither an http(s) URL nor mailto:address` });
    }
    return targets;
  });

/** A comma-separated list in the environment, or a list when startServer is given one. */
const addressList = z
  .union([z.string(), z.array(z.string())])
  .default([])
  .transform((value) => (typeof value === 'string' ? value.split(',') : value).map((s) => s.trim()).filter(Boolean))
  .refine((list) => list.every((ip) => isIP(ip) !== 0), 'must be IP addresses separated by commas, e.g. "10.0.0.5,10.0.0.6"');

/** Every setting comes from the environment, parsed once at start; a bad value stops the start with a message naming the variable. */
export const configSchema = z
  .object({
    HOST: z.string().default('127.0.0.1'),
    PORT: int(8787),
    KNOWLEDGE_DIR: z.string().default('knowledge'),
    /**
     * How often the knowledge folder's file list and times are compared with the last load's, behind the folder
     * watchers: a change no watcher reported (a network or container mount that sends no events) is still served.
     * 0 turns it off.
     */
    KNOWLEDGE_RESCAN_MS: int(3000),
    WIDGET_DIR: z.string().default('dist/widget'),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    /** Largest HTTP body in bytes (413 above). */
    MAX_BODY_BYTES: int(8 * 1024, 256),
    /** Largest WebSocket frame in bytes (close 1009 above). */
    MAX_FRAME_BYTES: int(4 * 1024, 256),
    /** Longest question the guide searches, in characters; a longer message is triaged and asked for shorter (engine/normalize.ts MAX_QUESTION_CHARS). */
    MAX_QUESTION_CHARS: int(500, 1),
    /** Frames a minute on one socket, and questions a minute from one address over HTTP; 0 turns it off. */
    RATE_LIMIT_PER_MIN: int(30),
    /** Questions a minute from one address over sockets and HTTP together (many visitors may share one address); 0 turns it off. */
    RATE_LIMIT_PER_ADDRESS_PER_MIN: int(120),
    /** Open sockets from one address (429 on the upgrade above it); 0 turns it off. */
    MAX_CONNECTIONS_PER_ADDRESS: int(20),
    /**
     * Open TCP connections from one address, whatever is on them (requests, half-open requests, sockets):
     * one over it is closed at once. A trusted proxy is not held to it. 0 turns it off.
     */
    MAX_HTTP_CONNECTIONS_PER_ADDRESS: int(128),
    /** Open TCP connections in all; the server keeps it below the process's open-file limit whatever is set. 0: that limit only. */
    MAX_HTTP_CONNECTIONS: int(10_000),
    /** A request whose headers have not all come in this long is answered 408 and closed (slowloris). */
    HEADERS_TIMEOUT_MS: int(15_000, 1000),
    /** A request not wholly received this long after it began is answered 408 and closed. */
    REQUEST_TIMEOUT_MS: int(30_000, 1000),
    /** A socket with no frame from the visitor for this long is closed (1000); 0 never. */
    IDLE_TIMEOUT_MS: int(10 * 60_000),
    /** Ping every socket this often; one that has not answered the previous ping is cut; 0 turns it off. */
    HEARTBEAT_INTERVAL_MS: int(30_000),
    /** A socket's unsent bytes above which the server stops reading from it until the visitor catches up. */
    MAX_BUFFERED_BYTES: int(256 * 1024, 1024),
    /** Proxies whose X-Forwarded-For is believed; the client address is the socket's otherwise. */
    TRUSTED_PROXIES: addressList,
    /** On SIGTERM, how long /readyz answers 503 while still accepting, so a load balancer can take the instance out. */
    DRAIN_DELAY_MS: int(0),
    /** On SIGTERM, the longest wait for questions in flight before sockets are closed. */
    DRAIN_TIMEOUT_MS: int(10_000),
    /** Folder of the database (unanswered questions, feedback, the handoff outbox); created on start. */
    DATA_DIR: z.string().min(1).default('data'),
    /**
     * `postgres://user@host:5432/database`: keep everything in PostgreSQL instead of SQLite in DATA_DIR, so several
     * instances share it (conversations, the outbox, editors, revisions). A `?options=-c%20search_path%3Dname` picks a schema.
     */
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
    /** Days questions, feedback and delivered handoffs are kept; older ones are deleted on start and daily. */
    RETENTION_DAYS: int(90, 1),
    /** The editors' /admin: `tenant:token` pairs separated by commas; a token of at least 16 characters. */
    ADMIN_TOKENS: perTenant<never>(':', 'strangnas:long-random-token,varmland:another-token')
      .refine((tokens) => [...tokens.values()].every((t) => t.length >= 16), 'every token must be at least 16 characters')
      // "aaaaaaaaaaaaaaaaaaaaaaaa" is 24 characters and no secret: a token must look like one (`openssl rand -base64 24`).
      .refine((tokens) => [...tokens.values()].every((t) => new Set(t).size >= MIN_DISTINCT_TOKEN_CHARACTERS), `every token must have at least ${MIN_DISTINCT_TOKEN_CHARACTERS} different characters (make one with: openssl rand -base64 24)`),
    /** The token Prometheus sends for /metrics (`Authorization: Bearer …`); without it /metrics is off (404). */
    METRICS_TOKEN: z.string().optional()
      .refine((t) => t === undefined || (t.length >= 16 && new Set(t).size >= MIN_DISTINCT_TOKEN_CHARACTERS), `must be at least 16 characters with ${MIN_DISTINCT_TOKEN_CHARACTERS} different ones (make one with: openssl rand -base64 24)`),
    /** Handoff to a person: `tenant=https://…` (a webhook) or `tenant=mailto:address` (SMTP), separated by commas. */
    HANDOFF_TARGETS: handoffTargets,
    /** The SMTP server for mailto: handoff targets (no TLS, no login: a relay on the local network). */
    SMTP_HOST: z.string().optional(),
    SMTP_PORT: int(25, 1),
    /** The first retry of a failed handoff comes after this; each further one waits twice as long (up to 15 min). */
    HANDOFF_RETRY_MS: int(2000, 10),
    /**
     * How long an instance holds a handoff it has claimed: no other takes it meanwhile, and one that died with it
     * delays it by at most this. Longer than a delivery attempt takes (10 s at most).
     */
    HANDOFF_LEASE_MS: int(60_000, 11_000),
    /** The sender of handoff e-mail. */
    HANDOFF_FROM: z.string().default('nara-guide@localhost'),
    /** Handoffs an hour from one address (429 above it): a visitor sends one or two; 0 turns it off. */
    HANDOFF_PER_ADDRESS_PER_HOUR: int(5),
    /** Handoffs a day to one tenant's contact centre, from everyone (429 above it): a flood never buries it; 0 turns it off. */
    HANDOFF_PER_TENANT_PER_DAY: int(500),
  })
  .superRefine((config, ctx) => {
    if (!config.SMTP_HOST && [...config.HANDOFF_TARGETS.values()].some((t) => t.type === 'email')) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_HOST'], message: 'must be set when a HANDOFF_TARGETS entry is mailto:' });
    }
    // Three bytes a character covers Swedish and most scripts in UTF-8; the rest of the JSON fits in 256.
    const needed = config.MAX_QUESTION_CHARS * 3 + 256;
    for (const key of ['MAX_BODY_BYTES', 'MAX_FRAME_BYTES'] as const) {
      if (config[key] < needed) {
        ctx.addIssue({ code: 'custom', path: [key], message: `must be at least ${needed} to hold a question of MAX_QUESTION_CHARS=${config.MAX_QUESTION_CHARS}` });
      }
    }
  });
export type Config = z.infer<typeof configSchema>;

/** Settings as startServer takes them: any subset, in parsed form or as the environment spells them. */
export type ConfigInput = Partial<z.input<typeof configSchema>>;

export const readConfig = (env: Record<string, unknown> = process.env): Config => {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`nara-guide: invalid environment:\n${lines}`);
  }
  return parsed.data;
};
