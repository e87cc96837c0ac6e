/**
 * The widget's line to the server: a Lit ReactiveController around one WebSocket (`GET /ws`), with
 * reconnection (exponential backoff with jitter), an offline queue, and `POST /api/v1/ask` as the fallback
 * when a WebSocket cannot be opened at all (a proxy or a host page's CSP can forbid them).
 *
 * Guarantees:
 * - an ask is written to the wire at most once: a question asked while offline waits in the queue and is
 *   sent when the socket opens; a question whose socket drops before its reply fails with `connection_lost`
 *   instead of being sent again, so the visitor decides whether to ask again;
 * - nothing is opened, and nothing is stored, before `start()`: the element calls it when the visitor opens
 *   the guide, and only from then on is the conversation id kept (in the given storage: sessionStorage).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ErrorCode, HandoffBody, HandoffReceipt, Reply, ServerFrame } from '../server/protocol.js';

export type ConnectionState =
  /** Not started, or stopped. */
  | 'idle'
  /** Opening the socket. */
  | 'connecting'
  /** The socket is open. */
  | 'open'
  /** The socket dropped or the browser is offline; asks wait in the queue. */
  | 'offline'
  /** WebSockets cannot be used; asks go over HTTP. */
  | 'http';

/** Codes of the server's errors (protocol.ts) plus the ones only the client can see. */
export type ConnectionErrorCode = ErrorCode | 'timeout' | 'connection_lost' | 'network' | 'stopped';

export class ConnectionError extends Error {
  constructor(
    readonly code: ConnectionErrorCode,
    message: string,
    /** Seconds, from a 429's `Retry-After`. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ConnectionError';
  }
}

export type ConnectionOptions = {
  /** The server's base URL, e.g. `https://guide.example.se/`; read at each connect. */
  server: () => string;
  /** The tenant id; read at each connect. */
  tenant: () => string;
  /** The visitor's language, sent with each ask. */
  lang?: () => string;
  /** Where the conversation id is kept, or null to keep nothing. @default sessionStorage */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** Replaceable for tests. @default globalThis.WebSocket */
  WebSocket?: typeof WebSocket;
  /** Replaceable for tests. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** First reconnect delay in ms; doubles per failed attempt up to `maxDelay`, jittered. @default 1000 */
  baseDelay?: number;
  /** @default 30000 */
  maxDelay?: number;
  /** Failed attempts to open a socket, without it ever opening, before asks go over HTTP. @default 2 */
  fallbackAfter?: number;
  /** How long to wait for a reply before failing the ask with `timeout`, in ms. @default 30000 */
  replyTimeout?: number;
};

type Ack = { settle: (error?: ConnectionError) => void };

type Pending = {
  id: string;
  text: string;
  sent: boolean;
  resolve: (reply: Reply) => void;
  reject: (error: ConnectionError) => void;
  timer?: ReturnType<typeof setTimeout>;
};

let counter = 0;
/** A client id for an ask; not secret, only unique within this page (crypto.randomUUID needs a secure context). */
const nextId = () => `c${Date.now().toString(36)}${(++counter).toString(36)}${Math.random().toString(36).slice(2, 8)}`;

const storageKey = (tenant: string) => `nara-guide:${tenant}:conversation`;

const defaultStorage = () => {
  try {
    return globalThis.sessionStorage;
  } catch {
    return null; // sandboxed frames throw on access
  }
};

export class Connection implements ReactiveController {
  state: ConnectionState = 'idle';
  /** From the server's hello or the last reply; sent back to resume the conversation. */
  conversationId: string | undefined;

  private readonly host: ReactiveControllerHost;
  private readonly options: Required<Omit<ConnectionOptions, 'storage'>> & Pick<ConnectionOptions, 'storage'>;
  private socket: WebSocket | undefined;
  private started = false;
  private attempts = 0;
  private everOpened = false;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly pending = new Map<string, Pending>();
  /** Feedback frames sent over the socket, waiting for the server's ack. */
  private readonly acks = new Map<string, Ack>();

  constructor(host: ReactiveControllerHost, options: ConnectionOptions) {
    this.host = host;
    this.options = {
      lang: () => 'sv',
      WebSocket: globalThis.WebSocket,
      fetch: (...args) => globalThis.fetch(...args),
      baseDelay: 1000,
      maxDelay: 30_000,
      fallbackAfter: 2,
      replyTimeout: 30_000,
      ...options,
    };
    host.addController(this);
  }

  /** True while asks are waiting for a reply or for a connection. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** True while an ask waits for the connection (nothing written yet). */
  get queued(): boolean {
    for (const ask of this.pending.values()) if (!ask.sent) return true;
    return false;
  }

  /** Starts talking to the server: the visitor has opened the guide. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.conversationId ??= this.read();
    if (this.state === 'idle') this.connect();
  }

  /**
   * Closes the socket, fails what is pending and forgets the conversation in memory (the tenant or server
   * changed); `start()` then resumes the one saved for the tenant now configured, if any.
   */
  reset(): void {
    this.stop();
    this.conversationId = undefined;
  }

  /** Asks a question; resolves with the reply or rejects with a ConnectionError. */
  ask(text: string): Promise<Reply> {
    return new Promise<Reply>((resolve, reject) => {
      const ask: Pending = { id: nextId(), text, sent: false, resolve, reject };
      this.pending.set(ask.id, ask);
      this.start();
      // A visitor asking is a good moment to retry a dropped socket, instead of waiting out the backoff.
      if (this.state === 'offline') this.connect();
      this.flush();
      this.host.requestUpdate();
    });
  }

  /**
   * Sends 👍/👎 (and an optional comment) on a reply: over the open socket, else `POST /api/v1/feedback`.
   * Resolves once the server has it; never queued, since feedback on an old reply is not worth a retry loop.
   */
  feedback(replyId: string, helpful: boolean, comment?: string): Promise<void> {
    const body = { replyId, helpful, ...(comment ? { comment } : {}) };
    const socket = this.socket;
    if (this.state !== 'open' || socket?.readyState !== 1) return this.postFeedback(body);
    return new Promise<void>((resolve, reject) => {
      const id = nextId();
      const timer = setTimeout(() => ack.settle(new ConnectionError('timeout', 'No ack in time.')), this.options.replyTimeout);
      const ack: Ack = {
        settle: (error) => {
          if (!this.acks.delete(id)) return;
          clearTimeout(timer);
          if (error) reject(error);
          else resolve();
        },
      };
      this.acks.set(id, ack);
      socket.send(JSON.stringify({ type: 'feedback', id, ...body }));
    });
  }

  private async postFeedback(body: { replyId: string; helpful: boolean; comment?: string }): Promise<void> {
    if (!this.conversationId) throw new ConnectionError('invalid_body', 'No conversation yet.');
    const response = await this.postJson('api/v1/feedback', { conversationId: this.conversationId, ...body });
    if (!response.ok) throw new ConnectionError(response.status === 429 ? 'rate_limited' : 'internal', `HTTP ${response.status}`);
  }

  /**
   * "Skicka frågan till oss": `POST /api/v1/handoff` with what the visitor saw and confirmed. Resolves with
   * the receipt only on 202, once the server has stored it for delivery; the same reply sent again gets the
   * same receipt, so a retry after a lost answer sends nothing twice.
   */
  async handoff(body: Omit<HandoffBody, 'tenant'>): Promise<HandoffReceipt> {
    const response = await this.postJson('api/v1/handoff', body);
    const receipt = (await response.json().catch(() => undefined)) as Partial<HandoffReceipt> | { error?: { code?: ErrorCode } } | undefined;
    if (response.status === 202 && receipt && 'handoffId' in receipt && typeof receipt.handoffId === 'string') {
      return { handoffId: receipt.handoffId, status: 'stored' };
    }
    const code = (receipt as { error?: { code?: ErrorCode } } | undefined)?.error?.code;
    throw new ConnectionError(response.status === 429 ? 'rate_limited' : (code ?? 'internal'), `HTTP ${response.status}`);
  }

  hostConnected(): void {
    if (this.started && this.state === 'idle') this.connect();
    globalThis.addEventListener?.('online', this.onOnline);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this.onOnline);
    if (this.state === 'http') return; // HTTP asks finish on their own; nothing stays open
    this.close();
    this.failSent();
    this.setState('idle');
  }

  // ---- the socket ----

  private connect(): void {
    clearTimeout(this.reconnectTimer);
    if (this.state === 'http') return;
    if (globalThis.navigator?.onLine === false) return this.setState('offline');
    this.setState('connecting');
    const url = new URL('ws', this.base());
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('tenant', this.options.tenant());
    if (this.conversationId) url.searchParams.set('conversationId', this.conversationId);
    let socket: WebSocket;
    try {
      socket = new this.options.WebSocket(url.href);
    } catch {
      return this.useHttp(); // a CSP or a missing WebSocket: there is no point in retrying
    }
    this.socket = socket;
    socket.onopen = () => {
      this.attempts = 0;
      this.everOpened = true;
      this.setState('open');
      this.flush();
    };
    socket.onmessage = (event) => this.receive(event.data);
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.dropped();
    };
    // Chromium fires only `error`, never `close`, when the page's CSP blocks the socket's address: a socket
    // that fails before it opens is dropped here, so the fallback to HTTP comes (and a later close is ignored).
    socket.onerror = () => {
      if (this.socket !== socket || socket.readyState === 1 /* OPEN */) return;
      this.socket = undefined;
      try {
        socket.close();
      } catch {
        // already closing
      }
      this.dropped();
    };
  }

  private dropped(): void {
    this.failSent();
    this.attempts++;
    if (!this.everOpened && this.attempts >= this.options.fallbackAfter) return this.useHttp();
    this.setState('offline');
    const delay = Math.min(this.options.maxDelay, this.options.baseDelay * 2 ** (this.attempts - 1));
    this.reconnectTimer = setTimeout(() => this.connect(), delay / 2 + Math.random() * (delay / 2));
  }

  private readonly onOnline = () => {
    if (this.state === 'http') this.flush();
    else if (this.started && this.state === 'offline') {
      this.attempts = 0;
      this.connect();
    }
  };

  private receive(data: unknown): void {
    let frame: ServerFrame;
    try {
      frame = JSON.parse(String(data)) as ServerFrame;
    } catch {
      return;
    }
    if (frame.type === 'hello') {
      this.remember(frame.conversationId);
    } else if (frame.type === 'reply') {
      const { type: _type, id, ...reply } = frame;
      const ask = this.pending.get(id);
      if (!ask) return;
      this.remember(reply.conversationId);
      this.settle(ask, reply);
    } else if (frame.type === 'ack') {
      if (frame.id !== undefined) this.acks.get(frame.id)?.settle();
    } else if (frame.type === 'error' && frame.id !== undefined) {
      const error = new ConnectionError(frame.error.code, frame.error.message);
      const ask = this.pending.get(frame.id);
      if (ask) this.settle(ask, error);
      this.acks.get(frame.id)?.settle(error);
    }
  }

  /** Writes every queued ask to an open socket, or over HTTP in fallback; each one once. */
  private flush(): void {
    for (const ask of this.pending.values()) {
      if (ask.sent) continue;
      if (this.state === 'http') {
        // Offline in HTTP mode: wait for the browser's `online` event rather than fail the question.
        if (globalThis.navigator?.onLine === false) return;
        ask.sent = true;
        this.post(ask);
      } else if (this.state === 'open' && this.socket?.readyState === 1) {
        ask.sent = true;
        this.socket.send(JSON.stringify({ type: 'ask', id: ask.id, text: ask.text, lang: this.options.lang() }));
        this.startTimer(ask);
      }
    }
  }

  // ---- HTTP ----

  private useHttp(): void {
    clearTimeout(this.reconnectTimer);
    this.setState('http');
    this.flush();
  }

  private async post(ask: Pending): Promise<void> {
    this.startTimer(ask);
    try {
      const response = await this.postJson('api/v1/ask', { text: ask.text, conversationId: this.conversationId, lang: this.options.lang() });
      const body = (await response.json().catch(() => undefined)) as (Reply & { error?: { code: ErrorCode; message: string } }) | undefined;
      if (response.ok && body && !body.error) {
        this.remember(body.conversationId);
        this.settle(ask, body);
      } else {
        const retryAfter = Number(response.headers.get('Retry-After')) || undefined;
        this.settle(ask, new ConnectionError(body?.error?.code ?? 'internal', body?.error?.message ?? `HTTP ${response.status}`, retryAfter));
      }
    } catch {
      this.settle(ask, new ConnectionError('network', 'The server could not be reached.'));
    }
  }

  /** POSTs JSON with the tenant to a path of the server's API; no cookies. Fails with `network` when unreachable. */
  private postJson(path: string, body: object): Promise<Response> {
    return this.options
      .fetch(new URL(path, this.base()).href, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'omit',
        body: JSON.stringify({ tenant: this.options.tenant(), ...body }),
      })
      .catch(() => {
        throw new ConnectionError('network', 'The server could not be reached.');
      });
  }

  // ---- bookkeeping ----

  /** Asks already written may or may not have reached the server: fail them rather than send them twice. */
  private failSent(): void {
    const lost = () => new ConnectionError('connection_lost', 'The connection closed before the reply.');
    for (const ask of this.pending.values()) if (ask.sent) this.settle(ask, lost());
    for (const ack of this.acks.values()) ack.settle(lost());
  }

  private startTimer(ask: Pending): void {
    ask.timer = setTimeout(() => this.settle(ask, new ConnectionError('timeout', 'No reply in time.')), this.options.replyTimeout);
  }

  private settle(ask: Pending, result: Reply | ConnectionError): void {
    if (!this.pending.delete(ask.id)) return;
    clearTimeout(ask.timer);
    if (result instanceof ConnectionError) ask.reject(result);
    else ask.resolve(result);
    this.host.requestUpdate();
  }

  private stop(): void {
    this.started = false;
    this.close();
    for (const ask of this.pending.values()) this.settle(ask, new ConnectionError('stopped', 'The conversation was reset.'));
    for (const ack of this.acks.values()) ack.settle(new ConnectionError('stopped', 'The conversation was reset.'));
    this.attempts = 0;
    this.everOpened = false;
    this.setState('idle');
  }

  private close(): void {
    clearTimeout(this.reconnectTimer);
    const socket = this.socket;
    this.socket = undefined; // so its close event is not taken for a drop
    socket?.close();
  }

  private setState(state: ConnectionState): void {
    if (this.state === state) return;
    this.state = state;
    this.host.requestUpdate();
  }

  private base(): string {
    const server = this.options.server();
    return server.endsWith('/') ? server : `${server}/`;
  }

  private remember(conversationId: string | undefined): void {
    if (!conversationId || conversationId === this.conversationId) return;
    this.conversationId = conversationId;
    this.write(conversationId);
  }

  private storage() {
    return this.options.storage === undefined ? defaultStorage() : this.options.storage;
  }

  private read(): string | undefined {
    try {
      return this.storage()?.getItem(storageKey(this.options.tenant())) ?? undefined;
    } catch {
      return undefined;
    }
  }

  private write(conversationId: string): void {
    try {
      this.storage()?.setItem(storageKey(this.options.tenant()), conversationId);
    } catch {
      // Storage full or forbidden: the conversation still works, it just does not survive a page load.
    }
  }
}
