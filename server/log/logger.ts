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
 * Standard output, a batch per turn of the event loop: a busy server writes its lines together, one
 * write instead of one per line. On Linux, writes to files and pipes are synchronous, so the lines of
 * the last turn are written on exit too.
 */
const stdoutLines = (() => {
  let lines: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (lines.length === 0) return;
    const out = `${lines.join('\n')}\n`;
    lines = [];
    process.stdout.write(out);
  };
  let hooked = false;
  return (line: string) => {
    if (!hooked) {
      hooked = true;
      process.once('exit', flush);
    }
    lines.push(line);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
})();

/** The ISO time of now, made once per millisecond (a busy server logs many lines in one). */
let lastMs = -1;
let lastIso = '';
const isoNow = () => {
  const ms = Date.now();
  if (ms !== lastMs) {
    lastMs = ms;
    lastIso = new Date(ms).toISOString();
  }
  return lastIso;
};

const masked = (value: unknown): unknown =>
  typeof value === 'string' ? mask(value) : value instanceof Error ? { name: value.name, message: mask(value.message) } : value;

/**
 * Structured logs: one JSON object a line, `{time, level, event, …fields}`.
 * Every string field is masked, so personal data cannot reach a log by accident.
 */
export const createLogger = ({ level = 'info', write = stdoutLines, base = {} }: {
  level?: LogLevel;
  write?: (line: string) => void;
  base?: Record<string, unknown>;
} = {}): Logger => {
  const log = (at: LogLevel) => (event: string, fields: Record<string, unknown> = {}) => {
    if (ORDER[at] < ORDER[level]) return;
    const line: Record<string, unknown> = { time: isoNow(), level: at, event: mask(event) };
    let flat = true;
    const add = (source: Record<string, unknown>) => {
      for (const key of Object.keys(source)) {
        const value = source[key];
        if (value !== null && typeof value === 'object' && !(value instanceof Error)) flat = false;
        line[key] = masked(value);
      }
    };
    add(base);
    add(fields);
    // Nested values (rare) are masked all the way down by a replacer, which JSON.stringify runs slower.
    write(flat ? JSON.stringify(line) : JSON.stringify(line, (_key, value: unknown) => masked(value)));
  };
  return {
    debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error'),
    child: (fields) => createLogger({ level, write, base: { ...base, ...fields } }),
  };
};
