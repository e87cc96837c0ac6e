import type { EngineReply } from '../engine/engine';
import type { FeedbackBody } from '../protocol';
import type { Logger } from '../log/logger';
import { mask } from '../privacy/mask';
import { questionTerms } from '../report/question-terms';
import { oneLine } from '../text/plain-text';
import type { Store, UnansweredQuestion } from './store';

const KEPT_KINDS: ReadonlySet<string> = new Set(['fallback', 'clarify', 'escalate']);

/** Replies remembered per tenant for feedback to name its entry: enough for the feedback of the last minutes. */
const REMEMBERED_REPLIES = 20_000;
/**
 * Unanswered questions are written together, at most this long after they were asked (one transaction
 * instead of one per question: a busy server writes a few times a second, not hundreds).
 */
export const FLUSH_MS = 50;
const FLUSH_COUNT = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What the guide keeps from a conversation, in one place for HTTP and sockets: the text of questions
 * that ended in fallback, clarify or escalate, and feedback, both masked before they are written.
 * Nothing else about the visitor. A failing store is logged and never costs the visitor the reply.
 */
export class Recorder {
  readonly store: Store;
  readonly #log: Logger;
  readonly #now: () => number;
  /**
   * Per tenant, replyId → the entry the reply came from. Two generations of half the size
   * each; the older is dropped whole when the newer fills (no eviction one by one).
   */
  readonly #entries = new Map<string, { young: Map<string, string>; old: Map<string, string> }>();
  /** Masked questions not yet written. */
  #pending: UnansweredQuestion[] = [];
  /** Replies a day not yet written, by tenant, day and kind. */
  #counts = new Map<string, number>();
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor({ store, log, now = Date.now }: { store: Store; log: Logger; now?: () => number }) {
    this.store = store;
    this.#log = log;
    this.#now = now;
  }

  /** After the engine replied to `text`. */
  reply(tenant: string, text: string, reply: EngineReply): void {
    const countKey = `${tenant}\u0000${this.#today()}\u0000${reply.kind}`;
    this.#counts.set(countKey, (this.#counts.get(countKey) ?? 0) + 1);
    this.#timer ??= setTimeout(() => void this.flush(), FLUSH_MS);
    // Only replies from an entry: feedback on any other names none, remembered or not.
    if (reply.entryId) this.#remember(tenant, reply.replyId, reply.entryId);
    if (!KEPT_KINDS.has(reply.kind)) return;
    const masked = mask(oneLine(text));
    this.#pending.push({ tenant, at: this.#now(), kind: reply.kind as UnansweredQuestion['kind'], text: masked, terms: questionTerms(masked), replyId: reply.replyId });
    if (this.#pending.length >= FLUSH_COUNT) void this.flush();
    else this.#timer ??= setTimeout(() => void this.flush(), FLUSH_MS);
  }

  /** Today's date (UTC), worked out once a day rather than for every reply. */
  #today(): string {
    const now = this.#now();
    if (now >= this.#dayEnds) {
      this.#day = new Date(now).toISOString().slice(0, 10);
      this.#dayEnds = (Math.floor(now / DAY_MS) + 1) * DAY_MS;
    }
    return this.#day;
  }

  #day = '';
  #dayEnds = 0;

  /**
   * Writes the questions and counts not yet written; the report, a handoff and shutdown call it so nothing
   * waits or is lost. Writes run one after another, so this resolves once everything taken until now is
   * written (or its failure logged), including a write already under way.
   */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const counts = [...this.#counts].map(([key, n]) => {
      const [tenant, day, kind] = key.split('\u0000') as [string, string, string];
      return { tenant, day, kind, n };
    });
    const batch = this.#pending;
    this.#counts = new Map();
    this.#pending = [];
    if (counts.length === 0 && batch.length === 0) return this.#writing;
    this.#writing = this.#writing.then(async () => {
      if (counts.length) {
        try {
          await this.store.countReplies(counts);
        } catch (error) {
          this.#log.error('store.counts_failed', { error });
        }
      }
      if (batch.length) {
        try {
          await this.store.recordQuestions(batch);
        } catch (error) {
          this.#log.error('store.question_failed', { error, questions: batch.length });
        }
      }
    });
    return this.#writing;
  }

  /** The writes under way, in order; never rejects. */
  #writing: Promise<void> = Promise.resolve();

  /** 👍/👎 from a visitor; the comment is masked, and the entry is named when the reply is remembered. */
  async feedback({ tenant, replyId, helpful, comment }: Pick<FeedbackBody, 'tenant' | 'replyId' | 'helpful' | 'comment'>): Promise<void> {
    try {
      await this.store.recordFeedback({
        tenant, at: this.#now(), replyId, helpful,
        entryId: this.#entryOf(tenant, replyId),
        comment: comment && oneLine(comment) ? mask(oneLine(comment)) : null,
      });
    } catch (error) {
      this.#log.error('store.feedback_failed', { error });
    }
  }

  #remember(tenant: string, replyId: string, entryId: string) {
    let replies = this.#entries.get(tenant);
    if (!replies) this.#entries.set(tenant, (replies = { young: new Map(), old: new Map() }));
    replies.young.set(replyId, entryId);
    if (replies.young.size >= REMEMBERED_REPLIES / 2) {
      replies.old = replies.young;
      replies.young = new Map();
    }
  }

  #entryOf(tenant: string, replyId: string): string | null {
    const replies = this.#entries.get(tenant);
    return (replies?.young.has(replyId) ? replies.young.get(replyId) : replies?.old.get(replyId)) ?? null;
  }
}
