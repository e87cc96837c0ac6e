import type { ReplyKind } from '../protocol';
import type { Conversation } from '../engine/context/conversation-store';

/** A question the knowledge base did not answer, as kept: its text is already masked. */
export type UnansweredQuestion = {
  tenant: string;
  at: number;
  kind: Extract<ReplyKind, 'fallback' | 'clarify' | 'escalate'>;
  text: string;
  /** Its stemmed content words, sorted and space-separated: what the report groups it by (worked out once, when written). */
  terms?: string | null;
  /** The reply the guide gave: a handoff names it, and is taken only for a fallback or escalate reply. */
  replyId?: string | null;
};

/** A stored row: its time and id order rows for reading a slice at a time. */
export type Stored<T> = T & { id: number };

/**
 * Rows after `after` (the last row of the slice before) in time order, at most `limit`: the report reads
 * a slice, lets the server breathe, reads on. Without `after`, from the start; without `limit`, all.
 */
export type Slice = { after?: { at: number; id: number }; limit?: number };

/** 👍/👎 on a reply, as kept: the comment is already masked; `entryId` is the entry the reply came from, if any. */
export type FeedbackRecord = { tenant: string; at: number; replyId: string; entryId: string | null; helpful: boolean; comment: string | null };

/** A question a visitor asked us to pass on to a person, with what the visitor chose to add. */
export type HandoffPayload = {
  question: string;
  /** What the guide answered, so the person sees why it came to them. */
  kind: string;
  name?: string;
  email?: string;
  phone?: string;
  message?: string;
};

export type Handoff = {
  id: string;
  tenant: string;
  replyId: string;
  createdAt: number;
  attempts: number;
  payload: HandoffPayload;
};

/** A named editor of one organisation (`national` for the national entries). */
export type Editor = { user: string; tenant: string; passwordHash: string; createdAt: number };
/** A logged-in editor: the hash of the cookie's random id, and the token every change must carry (CSRF). */
export type EditorSession = { idHash: string; user: string; csrf: string; expiresAt: number };

/** A saved version of an entry file: the whole text, who saved it and when (`text` null: the file was deleted). */
export type Revision = { id: number; tenant: string; file: string; user: string; at: number; text: string | null };

/** Replies of one kind on one day for one tenant. */
export type DailyCount = { tenant: string; day: string; kind: string; n: number };

/** A value now (SQLite answers in the same call) or later (PostgreSQL answers over the network). */
export type Awaitable<T> = T | Promise<T>;

/**
 * Where the guide keeps what editors and handoff need. Everything is per tenant. SQLite in DATA_DIR
 * implements it for one server (synchronously); PostgreSQL implements the same for several instances.
 * Callers await every result, whichever it is.
 */
export interface Store {
  /** Questions the guide could not answer, written together (one transaction). */
  recordQuestions(questions: readonly UnansweredQuestion[]): Awaitable<void>;
  recordFeedback(feedback: FeedbackRecord): Awaitable<void>;
  unanswered(tenant: string, since: number, slice?: Slice): Awaitable<Stored<UnansweredQuestion>[]>;
  feedback(tenant: string, since: number, slice?: Slice): Awaitable<Stored<FeedbackRecord>[]>;

  /**
   * Stores a handoff in the outbox; returns its id. The same tenant and reply give the same handoff:
   * a visitor who sends twice (a retry, a double click) is stored and delivered once.
   */
  enqueueHandoff(handoff: { id: string; tenant: string; replyId: string; createdAt: number; payload: HandoffPayload }): Awaitable<{ id: string; created: boolean }>;
  /** Whether the guide gave this tenant's reply `replyId` as a fallback or escalate (the replies that offer a handoff) since `since`. */
  offeredHandoff(tenant: string, replyId: string, since: number): Awaitable<boolean>;
  /** Handoffs stored for a tenant since `since` (its daily cap). */
  handoffsSince(tenant: string, since: number): Awaitable<number>;
  /**
   * Handoffs due for a delivery attempt at `now`, oldest first; each is leased until `leaseUntil` so no other
   * worker takes it meanwhile. A lease that has run out is free again: that is how a dead worker's handoffs
   * come back, and the only way.
   */
  claimDueHandoffs(now: number, leaseUntil: number, limit: number): Awaitable<Handoff[]>;
  /** Delivered: never sent again; the payload (the visitor's words and contact details) is dropped. */
  markDelivered(id: string, at: number): Awaitable<void>;
  /** An attempt failed: try again at `nextAt`, or give up (`nextAt` null). */
  markFailed(id: string, error: string, nextAt: number | null): Awaitable<void>;
  handoffStatus(id: string): Awaitable<{ status: 'pending' | 'delivered' | 'failed'; attempts: number } | undefined>;

  /** Adds an editor's account; false when the user name is taken. */
  addEditor(editor: Editor): Awaitable<boolean>;
  /** Removes an account and ends its sessions; false when there was none. */
  removeEditor(user: string): Awaitable<boolean>;
  setEditorPassword(user: string, passwordHash: string): Awaitable<boolean>;
  editor(user: string): Awaitable<Editor | undefined>;
  /** Every account, of one tenant when named, by user name. */
  editors(tenant?: string): Awaitable<Editor[]>;
  /** Starts a session; the cookie's id is stored only as its hash. */
  createSession(session: EditorSession): Awaitable<void>;
  /** A session that has not expired at `now`, with its account; undefined otherwise. */
  session(idHash: string, now: number): Awaitable<(EditorSession & { tenant: string }) | undefined>;
  endSession(idHash: string): Awaitable<void>;

  /** Keeps a version of an entry file (its path under the knowledge folder); returns its id. */
  addRevision(revision: Omit<Revision, 'id'>): Awaitable<number>;
  /** A file's versions, newest first. */
  revisions(file: string): Awaitable<Revision[]>;
  revision(id: number): Awaitable<Revision | undefined>;

  /** Wordings of unanswered questions an editor has dealt with, at `at`: the report leaves out those asked until then. */
  markQuestionsHandled(tenant: string, texts: readonly string[], at: number): Awaitable<void>;
  /** Adds to the count of replies of a kind on a day (UTC, `YYYY-MM-DD`), one transaction for all. */
  countReplies(counts: readonly DailyCount[]): Awaitable<void>;
  /** The tenant's reply counts from `sinceDay` on, and 👎 a day. */
  dailyCounts(tenant: string, sinceDay: string): Awaitable<{ replies: DailyCount[]; notHelpful: { day: string; n: number }[] }>;
  /** The tenant's handled wordings, with when each was last marked. */
  handledQuestions(tenant: string): Awaitable<Map<string, number>>;

  /** Deletes what is older than `cutoff` (ms since epoch); returns how many rows went. */
  purgeOlderThan(cutoff: number): Awaitable<number>;
  close(): Awaitable<void>;
}

/**
 * What several instances share beyond the Store (PostgreSQL): the conversations, so a visitor's next question is read
 * in context whichever instance it lands on, and the entry files' revisions, so an edit saved on one is served by all.
 */
export interface SharedStore extends Store {
  /** The conversation as last saved by any instance; undefined when there is none on this tenant or it expired. */
  conversation(id: string, tenant: string, notSeenSince: number): Promise<Conversation | undefined>;
  saveConversation(conversation: Conversation): Promise<void>;
  /** Deletes the conversations not seen since `cutoff`; returns how many went. */
  purgeConversations(cutoff: number): Promise<number>;
  /** The newest revision of every file that has one. */
  latestRevisions(): Promise<Revision[]>;
  /**
   * Calls `onRevision` with every revision saved from now on, by any instance (this one too), and `onGap` when news
   * may have been missed (the connection was lost and is back): read `latestRevisions` then. Returns the stop function.
   */
  watchRevisions(onRevision: (id: number) => void, onGap: () => void): Promise<() => Promise<void>>;
}
