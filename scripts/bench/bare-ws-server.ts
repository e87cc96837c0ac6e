// The yardstick: a bare `ws` server in its own process, configured as ours is (no compression, the
// same frame limit), that greets each socket and answers each frame with a small JSON reply carrying the
// frame's id. Our throughput is read as a share of this one's, on the same machine in the same run.
import { WebSocketServer } from 'ws';
import type { AddressInfo } from 'node:net';
import { serveParent } from './ipc';

const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false, maxPayload: 4096 });
await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
wss.on('connection', (ws) => {
  ws.send('{"type":"hello","conversationId":"bare"}');
  ws.on('message', (data) => {
    let id: unknown;
    try {
      id = (JSON.parse(data.toString()) as { id?: unknown }).id;
    } catch {
      id = undefined;
    }
    ws.send(JSON.stringify({ type: 'reply', id, kind: 'answer', text: 'ok' }));
  });
});
const { port } = wss.address() as AddressInfo;
serveParent({}, { url: `http://127.0.0.1:${port}`, pid: process.pid }, () => new Promise<void>((resolve) => {
  for (const ws of wss.clients) ws.terminate();
  wss.close(() => resolve());
}));
