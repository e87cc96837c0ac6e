import { startServer } from './start';
import { readConfig } from './config';
import { createLogger } from './log/logger';
import { guardProcess } from './lifecycle/guard-process';

// Entry point of `npm start`: read the environment, serve, drain and stop on SIGTERM/SIGINT.
// Everything it prints is a JSON log line; `server.listening` carries the demo's address.
let config;
try {
  config = readConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const log = createLogger({ level: config.LOG_LEVEL });
guardProcess(log);
let server;
try {
  server = await startServer({ config, log });
} catch (error) {
  // Exits at once, non-zero, so a supervisor sees it: a server that does not listen must not linger.
  log.error('server.start_failed', { error });
  process.exit(1);
}

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  log.info('server.signal', { signal });
  await server.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
