import type { TriageLevel } from '../triage/types';

/** What the engine remembers of one conversation, and nothing about the visitor. */
export type Conversation = {
  id: string;
  tenant: string;
  /** The entry the conversation is about now: follow-ups are read against it. */
  topicEntryId?: string;
  /** The entry of the last reply, when that reply was an answer: "den tredje" may mean an item of its list. */
  lastAnswerEntryId?: string;
  /** The suggestions shown with the last reply, in order, with the entry each stands for. */
  suggestions: { text: string; entryId: string; key?: string }[];
  /** Fallbacks in a row; two in a row escalate. */
  fallbacksInARow: number;
  /** The crises the conversation has signalled, most urgent first: every later reply keeps their contacts at the top. */
  crisis?: TriageLevel[];
  /** The language the visitor last wrote in, for messages that show none ("primary care"). */
  lang?: 'sv' | 'en';
  lastSeen: number;
};

/** A conversation is forgotten this long after its last question (here, and in a store several instances share). */
export const CONVERSATION_TTL_MS = 2 * 60 * 60 * 1000;

export type ConversationStoreOptions = {
  /** Forget a conversation this long after its last question. @default 2 hours */
  ttlMs?: number;
  /** Most conversations kept; the least recently used go first. @default 100_000 */
  maxConversations?: number;
  now?: () => number;
};

/** Opens between sweeps for conversations past their TTL (each open checks its own conversation anyway). */
const SWEEP_EVERY = 1024;

/**
 * In-memory conversations, least recently used first out. A Map keeps insertion order, so re-inserting
 * on use gives LRU order. Evictions are done in passes (the expired ones every SWEEP_EVERY opens, a tenth
 * of the maximum when it is passed), never one by one from the front of the Map on every open: in V8
 * that walks over everything deleted there before and gets slower the longer the server runs.
 */
export class ConversationStore {
  readonly #ttlMs: number;
  readonly #max: number;
  readonly #now: () => number;
  readonly #byId = new Map<string, Conversation>();
  #opens = 0;

  constructor({ ttlMs = CONVERSATION_TTL_MS, maxConversations = 100_000, now = Date.now }: ConversationStoreOptions = {}) {
    this.#ttlMs = ttlMs;
    this.#max = maxConversations;
    this.#now = now;
  }

  /** The conversation with this id on this tenant, or a new one (under the given id, so a client resuming after a restart keeps its id). */
  open(id: string, tenant: string): Conversation {
    const now = this.#now();
    let conversation = this.#byId.get(id);
    if (conversation && (conversation.tenant !== tenant || now - conversation.lastSeen > this.#ttlMs)) conversation = undefined;
    this.#byId.delete(id);
    conversation ??= { id, tenant, suggestions: [], fallbacksInARow: 0, lastSeen: now };
    conversation.lastSeen = now;
    this.#byId.set(id, conversation);
    if (this.#byId.size > this.#max || ++this.#opens % SWEEP_EVERY === 0) this.#evict(now);
    return conversation;
  }

  /** The conversation kept under this id, as it is (not touched: a read for saving it elsewhere). */
  peek(id: string): Conversation | undefined {
    return this.#byId.get(id);
  }

  /**
   * Replaces what is kept under the conversation's id with it (read from a store several instances share), or forgets
   * the id (`undefined`: the shared store has none, so what is kept here is out of date).
   */
  put(id: string, conversation: Conversation | undefined): void {
    this.#byId.delete(id);
    if (conversation) this.#byId.set(id, conversation);
  }

  get size(): number {
    return this.#byId.size;
  }

  /** Drops the expired conversations, and the least recently used down to 90 % of the maximum when it was passed. */
  #evict(now: number) {
    const keep = this.#byId.size > this.#max ? this.#max - Math.floor(this.#max / 10) : this.#max;
    for (const [id, c] of this.#byId) {
      if (this.#byId.size <= keep && now - c.lastSeen <= this.#ttlMs) break;
      this.#byId.delete(id);
    }
  }
}
