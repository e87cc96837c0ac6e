// The connection controller against the real server (web-test-runner.config.mjs starts it).
import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Connection, ConnectionError, type ConnectionOptions } from './connection.js';

const server = window.__NARA_SERVER__ ?? '';

/** A stand-in for the element: the controller only needs these four members. */
const host = (): ReactiveControllerHost & { controllers: ReactiveController[] } => {
  const controllers: ReactiveController[] = [];
  return {
    controllers,
    addController: (controller) => {
      controllers.push(controller);
      controller.hostConnected?.();
    },
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
};

/** The real WebSocket, recording every socket opened and every frame sent. */
const recording = () => {
  const sockets: WebSocket[] = [];
  const sent: string[] = [];
  class RecordingWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      sockets.push(this);
    }
    override send(data: string) {
      sent.push(data);
      super.send(data);
    }
  }
  return { sockets, sent, WebSocket: RecordingWebSocket as typeof WebSocket };
};

const memoryStorage = () => {
  const map = new Map<string, string>();
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
};

const connection = (options: Partial<ConnectionOptions> = {}) => {
  const h = host();
  const c = new Connection(h, { server: () => server, tenant: () => 'norrbotten', storage: null, baseDelay: 50, ...options });
  return { connection: c, host: h };
};

describe('Connection', () => {
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));
  const track = <T extends { connection: Connection; host: { controllers: ReactiveController[] } }>(value: T) => {
    stops.push(() => value.host.controllers.forEach((c) => c.hostDisconnected?.()));
    return value;
  };

  it('opens nothing and stores nothing before start()', async () => {
    const storage = memoryStorage();
    const { sockets, WebSocket } = recording();
    const { connection: c } = track(connection({ storage, WebSocket }));
    await new Promise((r) => setTimeout(r, 100));
    expect(c.state).to.equal('idle');
    expect(sockets).to.have.length(0);
    expect(storage.map.size).to.equal(0);
  });

  it('keeps the conversation id from hello in the given storage, and asks over the socket', async () => {
    const storage = memoryStorage();
    const { connection: c } = track(connection({ storage }));
    c.start();
    await waitUntil(() => c.state === 'open' && c.conversationId, 'no hello');
    expect(storage.map.get('nara-guide:norrbotten:conversation')).to.equal(c.conversationId);
    const reply = await c.ask('Vad är nära vård?');
    expect(reply.kind).to.equal('answer');
    expect(reply.conversationId).to.equal(c.conversationId);
    expect(reply.sources.length).to.be.greaterThan(0);
  });

  it('sends a question asked before the connection exactly once, when it opens', async () => {
    const { sent, WebSocket } = recording();
    const { connection: c } = track(connection({ WebSocket }));
    const reply = c.ask('Vad är nära vård?'); // starts the connection; the socket is not open yet
    expect(c.queued).to.equal(true);
    expect((await reply).kind).to.equal('answer');
    await new Promise((r) => setTimeout(r, 200));
    expect(sent.filter((frame) => JSON.parse(frame).type === 'ask')).to.have.length(1);
  });

  it('reconnects after a drop, resumes the conversation, and fails (never resends) the ask in flight', async () => {
    const { sockets, sent, WebSocket } = recording();
    const { connection: c } = track(connection({ WebSocket }));
    c.start();
    await waitUntil(() => c.state === 'open' && c.conversationId);
    const id = c.conversationId;
    const inFlight = c.ask('Vad är nära vård?');
    sockets[0]!.close(); // as if the network dropped it
    const error = await inFlight.then(() => undefined, (e: unknown) => e);
    // The reply may beat the close; if not, the ask must fail, not be sent again.
    if (error) expect((error as ConnectionError).code).to.equal('connection_lost');
    await waitUntil(() => c.state === 'open' && sockets.length === 2, 'no reconnect', { timeout: 5000 });
    expect(new URL(sockets[1]!.url).searchParams.get('conversationId')).to.equal(id);
    expect(sent.filter((frame) => JSON.parse(frame).type === 'ask')).to.have.length(1);
    expect((await c.ask('Vad är nära vård?')).conversationId).to.equal(id);
  });

  it('falls back to POST /api/v1/ask when a WebSocket cannot be opened', async () => {
    class Forbidden {
      constructor() {
        throw new DOMException('Refused by the Content Security Policy', 'SecurityError');
      }
    }
    const { connection: c } = track(connection({ WebSocket: Forbidden as unknown as typeof WebSocket }));
    const reply = await c.ask('Vad är nära vård?');
    expect(c.state).to.equal('http');
    expect(reply.kind).to.equal('answer');
    expect(c.conversationId).to.equal(reply.conversationId);
  });

  it('falls back to HTTP when sockets keep failing to open', async () => {
    // A server that refuses the upgrade, e.g. a proxy that strips it: here, a path with no socket.
    const { connection: c } = track(connection({ server: () => `${server}/no-socket-here/`, fetch: (input, init) => fetch(String(input).replace('/no-socket-here', ''), init) }));
    const reply = await c.ask('Vad är nära vård?');
    expect(c.state).to.equal('http');
    expect(reply.kind).to.equal('answer');
  });

  it('sends feedback over the open socket and resolves on the server\'s ack', async () => {
    const { sent, WebSocket } = recording();
    const { connection: c } = track(connection({ WebSocket }));
    const reply = await c.ask('Vad är nära vård?');
    await c.feedback(reply.replyId, false, 'För allmänt');
    const frame = sent.map((f) => JSON.parse(f)).find((f) => f.type === 'feedback');
    expect(frame).to.include({ replyId: reply.replyId, helpful: false, comment: 'För allmänt' });
    expect(frame.id).to.be.a('string');
  });

  it('rejects feedback the server refuses, by the error frame\'s id', async () => {
    const { connection: c } = track(connection());
    const reply = await c.ask('Vad är nära vård?');
    const error = await c.feedback(reply.replyId, false, 'x'.repeat(1001)).then(() => undefined, (e: unknown) => e);
    expect(error).to.be.instanceOf(ConnectionError);
    expect((error as ConnectionError).code).to.equal('invalid_frame');
  });

  it('sends feedback with POST /api/v1/feedback in HTTP fallback', async () => {
    const posted: { url: string; body: unknown }[] = [];
    const { connection: c } = track(connection({
      WebSocket: class { constructor() { throw new DOMException('no', 'SecurityError'); } } as unknown as typeof WebSocket,
      fetch: (input, init) => {
        posted.push({ url: String(input), body: JSON.parse(String(init?.body)) });
        return fetch(input, init);
      },
    }));
    const reply = await c.ask('Vad är nära vård?');
    await c.feedback(reply.replyId, true);
    expect(posted.at(-1)!.url).to.equal(`${server}/api/v1/feedback`);
    expect(posted.at(-1)!.body).to.deep.equal({ tenant: 'norrbotten', conversationId: reply.conversationId, replyId: reply.replyId, helpful: true });
  });

  it('in HTTP fallback, holds a question asked offline until the browser is online, then sends it once', async () => {
    let online = true;
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    try {
      let posts = 0;
      const { connection: c } = track(connection({
        WebSocket: class { constructor() { throw new DOMException('no', 'SecurityError'); } } as unknown as typeof WebSocket,
        fetch: (input, init) => {
          posts++;
          return fetch(input, init);
        },
      }));
      c.start(); // the socket is refused: HTTP from now on
      expect(c.state).to.equal('http');
      online = false;
      const reply = c.ask('Vad är nära vård?');
      await new Promise((r) => setTimeout(r, 100));
      expect(posts).to.equal(0);
      expect(c.queued).to.equal(true);
      online = true;
      window.dispatchEvent(new Event('online'));
      expect((await reply).kind).to.equal('answer');
      expect(posts).to.equal(1);
    } finally {
      delete (navigator as unknown as { onLine?: boolean }).onLine;
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
  });

  it('rejects with the server\'s error code', async () => {
    const { connection: c } = track(connection({ tenant: () => 'finns-inte', fallbackAfter: 1 }));
    const error = await c.ask('Vad är nära vård?').then(() => undefined, (e: unknown) => e);
    expect(error).to.be.instanceOf(ConnectionError);
    expect((error as ConnectionError).code).to.equal('unknown_tenant');
  });
});
