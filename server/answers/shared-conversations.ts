import { CONVERSATION_TTL_MS, type ConversationStore } from '../engine/context/conversation-store';
import type { Logger } from '../log/logger';
import type { SharedStore } from '../store/store';

/** How often the shared conversations past their TTL are deleted. */
const SWEEP_MS = 10 * 60 * 1000;

/**
 * The engine's conversations shared by several instances through the store (PostgreSQL): read when a visitor arrives
 * on this instance (a new socket, every HTTP question), written after every reply, before the visitor has it. So a
 * reconnect that lands on another instance goes on where the last reply left off; between arrivals, the engine's own
 * memory is the cache. A store that fails costs the context, never the reply.
 */
export class SharedConversations {
  readonly #store: SharedStore;
  readonly #local: ConversationStore;
  readonly #log: Logger;
  readonly #sweep: NodeJS.Timeout;

  constructor({ store, local, log }: { store: SharedStore; local: ConversationStore; log: Logger }) {
    this.#store = store;
    this.#local = local;
    this.#log = log;
    this.#sweep = setInterval(() => {
      this.#store.purgeConversations(Date.now() - CONVERSATION_TTL_MS).catch((error: unknown) => this.#log.error('store.conversations_purge_failed', { error }));
    }, SWEEP_MS);
    this.#sweep.unref();
  }

  /** Before the engine reads the question: the conversation as the instance that answered last left it. */
  async arrive(id: string, tenant: string): Promise<void> {
    try {
      this.#local.put(id, await this.#store.conversation(id, tenant, Date.now() - CONVERSATION_TTL_MS));
    } catch (error) {
      this.#log.error('store.conversation_read_failed', { error });
    }
  }

  /** After the engine replied. */
  async save(id: string): Promise<void> {
    const conversation = this.#local.peek(id);
    if (!conversation) return;
    try {
      await this.#store.saveConversation(conversation);
    } catch (error) {
      this.#log.error('store.conversation_write_failed', { error });
    }
  }

  stop(): void {
    clearInterval(this.#sweep);
  }
}
