import { newId } from '../engine/new-id';
import type { Logger } from '../log/logger';
import { clientFrame, closeCodes, describeIssues, type ErrorFrame, type ServerFrame } from '../protocol';
import { TokenBucket } from '../http/token-bucket';
import type { RateLimiter } from '../http/rate-limiter';
import { InFlight } from '../lifecycle/in-flight';
import type { Recorder } from '../store/recorder';
import { atEndOfTurn } from './at-end-of-turn';
import type { Answers } from '../answers/answers';

/** The part of a `ws` WebSocket a session uses; tests may hand in a fake. */
export type SocketLike = {
  send(data: string, done?: (error?: Error) => void): void;
  close(code?: number, reason?: string): void;
  readonly readyState: number;
  readonly bufferedAmount?: number;
  pause?(): void;
  resume?(): void;
};

export type SessionLimits = {
  /** Frames a minute on this socket (RATE_LIMIT_PER_MIN); 0 for none. @default 0 */
  framesPerMinute?: number;
  /** The address's questions a minute, shared with its other sockets and HTTP (RATE_LIMIT_PER_ADDRESS_PER_MIN). */
  addressLimiter?: RateLimiter;
  /** The key of this socket's address in `addressLimiter`. */
  addressKey?: string;
  /** Close (1000) after this long without a frame from the visitor; 0 never. @default 0 */
  idleTimeoutMs?: number;
  /** Stop reading from the socket while more than this many bytes wait to be sent. @default 262144 */
  maxBufferedBytes?: number;
};

/** Refused frames in a row, after the rate-limit error frames, before the socket is closed with 1008. */
export const STRIKES_BEFORE_CLOSE = 10;

const OPEN = 1;
const INVALID = Symbol('invalid JSON');

/** The frame's id when it has a usable one, for error frames: the client can match them to its ask. */
const idOf = (json: unknown): string | undefined => {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const id = (json as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 && id.length <= 100 ? id : undefined;
};

/**
 * One visitor's socket: parses each frame with the protocol schema, answers asks through the engine,
 * and answers a bad frame with an error frame while keeping the connection open. It also holds the
 * socket's limits: a rate limit (an error frame, then close 1008 on continued abuse), an idle timeout,
 * and backpressure: while the visitor does not read its replies, it stops reading its questions.
 */
export class SocketSession {
  readonly conversationId: string;
  readonly #socket: SocketLike;
  readonly #answers: Answers;
  readonly #tenant: string;
  readonly #log: Logger;
  readonly #inFlight: InFlight;
  readonly #bucket: TokenBucket;
  readonly #limits: SessionLimits;
  readonly #maxBuffered: number;
  readonly #recorder: Recorder | undefined;
  #idleTimer: NodeJS.Timeout | undefined;
  #strikes = 0;
  /** The frames being handled after an answer that waits for the store; undefined when nothing waits. */
  #turn: Promise<void> | undefined;
  #paused = false;
  #closed = false;
  /** Frames waiting for the end of the event loop's turn, and their length. */
  #outbox: string[] = [];
  #outboxBytes = 0;
  /** Counts for the close log line. */
  readonly stats = { frames: 0, asks: 0, refused: 0 };

  constructor({ socket, answers, tenant, conversationId, log, limits = {}, inFlight = new InFlight(), recorder }: {
    socket: SocketLike;
    /** Answers the ask frames: the same path as POST /api/v1/ask. */
    answers: Answers;
    tenant: string;
    conversationId?: string;
    log: Logger;
    limits?: SessionLimits;
    inFlight?: InFlight;
    /** Keeps feedback. */
    recorder?: Recorder;
  }) {
    this.#recorder = recorder;
    this.#socket = socket;
    this.#answers = answers;
    this.#tenant = tenant;
    this.conversationId = conversationId ?? newId();
    this.#log = log;
    this.#inFlight = inFlight;
    this.#limits = limits;
    this.#bucket = new TokenBucket(limits.framesPerMinute ?? 0);
    this.#maxBuffered = limits.maxBufferedBytes ?? 256 * 1024;
  }

  open(): void {
    this.#send({ type: 'hello', conversationId: this.conversationId });
    this.#touch();
  }

  /**
   * Handles one frame, in order; never throws: whatever goes wrong is answered with an error frame and logged.
   * An answer that waits for the store (several instances) holds the frames after it until it is sent.
   */
  receive(data: unknown, isBinary = false): void {
    const later = this.#turn ? this.#turn.then(() => this.#receive(data, isBinary)) : this.#receive(data, isBinary);
    if (!later) return;
    const turn: Promise<void> = later.then(() => {
      if (this.#turn === turn) this.#turn = undefined;
    });
    this.#turn = turn;
  }

  /** The frame handled now, or a promise when its answer waits for the store; never rejects. */
  #receive(data: unknown, isBinary: boolean): Promise<void> | void {
    if (this.#closed) return;
    this.stats.frames++;
    this.#touch();
    let id: string | undefined;
    try {
      const json = isBinary || typeof data !== 'string' ? undefined : this.#parse(data);
      id = idOf(json);
      const waitMs = this.#bucket.take();
      if (waitMs > 0) return this.#refuse(id, waitMs);
      this.#strikes = 0;
      if (isBinary || typeof data !== 'string') return this.#error(id, 'invalid_frame', 'Frames must be JSON text.');
      if (json === INVALID) return this.#error(undefined, 'invalid_json', 'The frame is not valid JSON.');
      const parsed = clientFrame.safeParse(json);
      if (!parsed.success) return this.#error(id, 'invalid_frame', describeIssues(parsed.error));
      const frame = parsed.data;
      if (frame.type === 'ask') {
        const addressWait = this.#limits.addressLimiter?.take(this.#limits.addressKey ?? 'unknown') ?? 0;
        if (addressWait > 0) return this.#refuse(id, addressWait);
        this.stats.asks++;
        const done = this.#inFlight.begin();
        let waiting = false;
        try {
          // Synchronous with one instance: an await here would let the next frames of the same chunk overtake this reply.
          const reply = this.#answers.ask(
            { tenant: this.#tenant, text: frame.text, conversationId: this.conversationId, lang: frame.lang }, this.#log,
            // The conversation is read from the shared store once, when the socket's first question arrives.
            { arriving: this.stats.asks === 1 },
          );
          if (!(reply instanceof Promise)) return this.#send({ type: 'reply', id: frame.id, ...reply });
          waiting = true;
          return reply.then(
            (r) => this.#send({ type: 'reply', id: frame.id, ...r }),
            (error: unknown) => {
              this.#log.error('socket.frame_failed', { error });
              this.#error(id, 'internal', 'Something went wrong on our side.');
            },
          ).finally(done);
        } finally {
          if (!waiting) done();
        }
      } else {
        this.#log.info('feedback', { tenant: this.#tenant, helpful: frame.helpful, hasComment: !!frame.comment });
        void this.#recorder?.feedback({ tenant: this.#tenant, replyId: frame.replyId, helpful: frame.helpful, comment: frame.comment });
        this.#send({ type: 'ack', ...(frame.id ? { id: frame.id } : {}) });
      }
    } catch (error) {
      this.#log.error('socket.frame_failed', { error });
      this.#error(id, 'internal', 'Something went wrong on our side.');
    }
  }

  /** The socket closed: stop the timers. */
  closed(): void {
    this.#closed = true;
    this.#outbox = [];
    this.#outboxBytes = 0;
    clearTimeout(this.#idleTimer);
  }

  #parse(data: string): unknown {
    try {
      return JSON.parse(data);
    } catch {
      return INVALID;
    }
  }

  /** Rate limited: an error frame saying when to retry; after STRIKES_BEFORE_CLOSE in a row, close 1008. */
  #refuse(id: string | undefined, waitMs: number) {
    this.stats.refused++;
    if (++this.#strikes >= STRIKES_BEFORE_CLOSE) {
      this.#log.warn('socket.abuse_closed', { strikes: this.#strikes });
      this.#close(closeCodes.policy, 'rate limit exceeded');
      return;
    }
    const retryAfter = Math.ceil(waitMs / 1000);
    if (this.#strikes === 1) this.#log.warn('rate_limited', { retryAfter });
    this.#send({ type: 'error', ...(id ? { id } : {}), error: { code: 'rate_limited', message: `Too many messages; try again in ${retryAfter} s.` }, retryAfter });
  }

  #touch() {
    const ms = this.#limits.idleTimeoutMs ?? 0;
    if (ms <= 0 || this.#closed) return;
    if (this.#idleTimer) this.#idleTimer.refresh();
    else {
      this.#idleTimer = setTimeout(() => {
        this.#log.info('socket.idle_closed', { after: ms });
        this.#close(closeCodes.idle, 'idle timeout');
      }, ms);
      this.#idleTimer.unref();
    }
  }

  #error(id: string | undefined, code: ErrorFrame['error']['code'], message: string) {
    this.#send({ type: 'error', ...(id ? { id } : {}), error: { code, message } });
  }

  /** Frames are written at the end of the event loop's turn (at-end-of-turn.ts), in order. */
  #send(frame: ServerFrame) {
    this.#sendJson(JSON.stringify(frame));
  }

  #sendJson(data: string) {
    const socket = this.#socket;
    if (socket.readyState !== OPEN) return;
    this.#outbox.push(data);
    this.#outboxBytes += data.length;
    if (this.#outbox.length === 1) atEndOfTurn(this.#flush);
    // A visitor that does not read: stop reading its frames until it catches up, so replies cannot pile up.
    const buffered = (socket.bufferedAmount ?? 0) + this.#outboxBytes;
    if (!this.#paused && buffered > this.#maxBuffered && socket.pause) {
      this.#paused = true;
      socket.pause();
      this.#log.warn('socket.backpressure', { buffered });
    }
  }

  readonly #flush = () => this.#writeOutbox();

  #writeOutbox() {
    const frames = this.#outbox;
    if (frames.length === 0) return;
    this.#outbox = [];
    this.#outboxBytes = 0;
    const socket = this.#socket;
    if (socket.readyState !== OPEN) return;
    frames.forEach((data, i) => {
      // Told when the frame is written only once the buffer nears the limit (or, paused, when the last is):
      // the usual frame needs no callback.
      const near = (socket.bufferedAmount ?? 0) + data.length > this.#maxBuffered / 2 || (this.#paused && i === frames.length - 1);
      socket.send(data, near ? this.#onWritten : undefined);
    });
    // Paused for what was waiting here, which the socket has taken at once: read on.
    this.#drained();
  }

  /** Closes from this side, after the frames waiting for the end of the turn. */
  #close(code: number, reason: string) {
    this.#closed = true;
    this.#writeOutbox();
    this.#socket.close(code, reason);
  }

  readonly #onWritten = () => this.#drained();

  #drained() {
    if (this.#paused && (this.#socket.bufferedAmount ?? 0) <= this.#maxBuffered / 2) {
      this.#paused = false;
      this.#socket.resume?.();
      this.#log.info('socket.resumed', {});
    }
  }
}
