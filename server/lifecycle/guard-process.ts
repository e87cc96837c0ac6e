import type { Logger } from '../log/logger';

/**
 * The last line of defence: an error that escaped every handler is logged (masked, like every log
 * line) and the process keeps serving the other visitors. Each connection's code catches its own
 * errors first (socket-session.ts, app.onError); reaching this is a bug to fix, not a way to work.
 */
export const guardProcess = (log: Logger): void => {
  process.on('uncaughtException', (error) => log.error('process.uncaught_exception', { error }));
  process.on('unhandledRejection', (reason) => log.error('process.unhandled_rejection', { error: reason instanceof Error ? reason : String(reason) }));
};
