// Our server in its own process, for the bench: the same startServer() as `npm start`, configured by
// the environment the bench gives it, with its memory and event-loop delay reported over IPC so they are
// measured apart from the load generator. `--cpu-prof` in its execArgv writes a profile when the bench stops it.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startServer } from '../../server/start';
import { serveParent } from './ipc';

const server = await startServer({ port: 0, host: '127.0.0.1' });
const delay = monitorEventLoopDelay({ resolution: 5 });
delay.enable();
serveParent({
  /** The event loop's delay since the last call, in ms: how long the server could not look at a socket. */
  loopDelay: () => {
    const figures = { p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 };
    delay.reset();
    return figures;
  },
}, { url: server.url, pid: process.pid }, () => server.close());
