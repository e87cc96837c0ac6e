import { isIP } from 'node:net';
import { z } from 'zod';

const int = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);

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
    WIDGET_DIR: z.string().default('dist/widget'),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    /** Largest HTTP body in bytes (413 above). */
    MAX_BODY_BYTES: int(8 * 1024, 256),
    /** Largest WebSocket frame in bytes (close 1009 above). */
    MAX_FRAME_BYTES: int(4 * 1024, 256),
    /** Longest question in characters (400 over HTTP, an error frame on the socket). */
    MAX_QUESTION_CHARS: int(500, 1),
    /** Frames a minute on one socket, and questions a minute from one address over HTTP; 0 turns it off. */
    RATE_LIMIT_PER_MIN: int(30),
    /** Questions a minute from one address over sockets and HTTP together (many visitors may share one address); 0 turns it off. */
    RATE_LIMIT_PER_ADDRESS_PER_MIN: int(120),
    /** Open sockets from one address (429 on the upgrade above it); 0 turns it off. */
    MAX_CONNECTIONS_PER_ADDRESS: int(20),
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
  })
  .superRefine((config, ctx) => {
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
