import WebSocket from 'ws';

/** A real `ws` client that collects frames and lets a test wait for the next one. */
export const connect = async (url: string) => {
  const ws = new WebSocket(url);
  const frames: any[] = [];
  const waiters: ((frame: any) => void)[] = [];
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data));
    const waiter = waiters.shift();
    if (waiter) waiter(frame);
    else frames.push(frame);
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
  const next = (timeoutMs = 5000): Promise<any> =>
    frames.length
      ? Promise.resolve(frames.shift())
      : new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('no frame within timeout')), timeoutMs);
          waiters.push((f) => { clearTimeout(timer); resolve(f); });
        });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
  return { ws, next, closed, send: (frame: unknown) => ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame)) };
};

/** The HTTP status a refused upgrade answers with. */
export const upgradeStatus = (url: string, headers: Record<string, string> = {}) =>
  new Promise<number>((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('unexpected-response', (_req, res) => { resolve(res.statusCode ?? 0); ws.terminate(); });
    ws.once('open', () => { ws.close(); resolve(101); });
    ws.once('error', (e) => reject(e));
  });
