import { randomUUID } from 'node:crypto';
import type { Engine } from '../engine/engine';
import type { Logger } from '../log/logger';
import { clientFrame, describeIssues, type ErrorFrame, type ServerFrame } from '../protocol';
import { toWireReply } from '../http/to-wire-reply';

export type SocketLike = { send(data: string): void; close(code?: number, reason?: string): void; readonly readyState: number };

/**
 * One visitor's socket: parses each frame with the protocol schema, answers asks through the engine,
 * and answers a bad frame with an error frame while keeping the connection open.
 */
export class SocketSession {
  readonly conversationId: string;
  readonly #socket: SocketLike;
  readonly #engine: Engine;
  readonly #tenant: string;
  readonly #log: Logger;

  constructor({ socket, engine, tenant, conversationId, log }: { socket: SocketLike; engine: Engine; tenant: string; conversationId?: string; log: Logger }) {
    this.#socket = socket;
    this.#engine = engine;
    this.#tenant = tenant;
    this.conversationId = conversationId ?? randomUUID();
    this.#log = log;
  }

  open(): void {
    this.#send({ type: 'hello', conversationId: this.conversationId });
  }

  receive(data: unknown, isBinary = false): void {
    if (isBinary || typeof data !== 'string') return this.#error(undefined, 'invalid_frame', 'Frames must be JSON text.');
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return this.#error(undefined, 'invalid_json', 'The frame is not valid JSON.');
    }
    const id = typeof json === 'object' && json !== null && typeof (json as { id?: unknown }).id === 'string' && (json as { id: string }).id.length <= 100
      ? (json as { id: string }).id : undefined;
    const parsed = clientFrame.safeParse(json);
    if (!parsed.success) return this.#error(id, 'invalid_frame', describeIssues(parsed.error));
    const frame = parsed.data;
    if (frame.type === 'ask') {
      const reply = this.#engine.ask({ tenant: this.#tenant, text: frame.text, conversationId: this.conversationId, lang: frame.lang });
      this.#log.info('ask', { tenant: this.#tenant, kind: reply.kind, route: reply.trace.route, entry: reply.entryId });
      this.#send({ type: 'reply', id: frame.id, ...toWireReply(reply) });
    } else {
      this.#log.info('feedback', { tenant: this.#tenant, helpful: frame.helpful, hasComment: !!frame.comment });
      this.#send({ type: 'ack', id: frame.id });
    }
  }

  #error(id: string | undefined, code: ErrorFrame['error']['code'], message: string) {
    this.#send({ type: 'error', ...(id ? { id } : {}), error: { code, message } });
  }

  #send(frame: ServerFrame) {
    if (this.#socket.readyState === 1) this.#socket.send(JSON.stringify(frame));
  }
}
