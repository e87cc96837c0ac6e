import { mask } from '../privacy/mask';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export type Logger = {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
};

/**
 * Structured logs: one JSON object a line, `{time, level, event, …fields}`.
 * Every string field is masked, so personal data cannot reach a log by accident.
 */
export const createLogger = ({ level = 'info', write = (line: string) => process.stdout.write(line + '\n'), base = {} }: {
  level?: LogLevel;
  write?: (line: string) => void;
  base?: Record<string, unknown>;
} = {}): Logger => {
  const log = (at: LogLevel) => (event: string, fields: Record<string, unknown> = {}) => {
    if (ORDER[at] < ORDER[level]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: at, event, ...base, ...fields }, (_key, value: unknown) =>
      typeof value === 'string' ? mask(value) : value instanceof Error ? { name: value.name, message: mask(value.message) } : value));
  };
  return {
    debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error'),
    child: (fields) => createLogger({ level, write, base: { ...base, ...fields } }),
  };
};
