import { startServer } from './start';
import { readConfig } from './config';

// Entry point of `npm start`: read the environment, serve, stop cleanly on SIGTERM/SIGINT.
const config = readConfig();
const server = await startServer({ config });
console.log(`nara-guide: demo on ${server.url}/ (tenants: ${[...(server.engine.knowledge?.tenants.keys() ?? [])].join(', ')})`);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`nara-guide: ${signal}, closing`);
  await server.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
