import { z } from 'zod';

const int = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);

/** Every setting comes from the environment, parsed once at start; a bad value stops the start with a message naming the variable. */
export const configSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: int(8787),
  KNOWLEDGE_DIR: z.string().default('knowledge'),
  WIDGET_DIR: z.string().default('dist/widget'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Largest HTTP body in bytes (413 above). */
  MAX_BODY_BYTES: int(8 * 1024, 256),
  /** Largest WebSocket frame in bytes (close 1009 above). */
  MAX_FRAME_BYTES: int(4 * 1024, 256),
});
export type Config = z.infer<typeof configSchema>;

export const readConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`nara-guide: invalid environment:\n${lines}`);
  }
  return parsed.data;
};
