/**
 * The wire protocol: every HTTP body and every WebSocket frame, as zod schemas.
 * This is the one place the public interface (shared/API.md, version 1) is written down in code.
 * The widget imports the types only, so none of zod reaches the browser bundle.
 */
import { z } from 'zod';
import { oneLine, plainText } from './text/plain-text';

/** Tenant ids are lowercase slugs; whether one exists is the tenant registry's call (404), not the schema's. */
export const tenantId = z.string().min(1).max(64).regex(/^[a-z0-9-]+$/, 'must be a lowercase tenant id');

/**
 * Longest question the engine searches, in characters (the server's MAX_QUESTION_CHARS). A longer message is
 * not refused: its crisis is heard (triage reads all of it) and otherwise the reply asks for it shorter, never
 * answering a part cut silently. The body and frame size limits (413, close 1009) bound what is read at all.
 */
export const MAX_QUESTION_LENGTH = 500;

export const conversationIdSchema = z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/, 'must be an id from an earlier reply');
const lang = z.enum(['sv', 'en']);

/** A question's text, trimmed, at most `maxLength` characters. */
const questionText = (maxLength: number) =>
  z.string().trim().min(1, 'must not be empty').max(maxLength, `must be at most ${maxLength} characters`);

/** A visitor's message, trimmed: as long as the body or frame size limit lets it be (see MAX_QUESTION_LENGTH). */
const messageText = z.string().trim().min(1, 'must not be empty');

export const askBody = z.object({
  tenant: tenantId,
  text: messageText,
  conversationId: conversationIdSchema.optional(),
  lang: lang.optional(),
});
export type AskBody = z.infer<typeof askBody>;

export const feedbackBody = z.object({
  tenant: tenantId,
  conversationId: conversationIdSchema,
  replyId: z.string().min(1).max(100),
  helpful: z.boolean(),
  comment: z.string().max(1000).optional(),
});
export type FeedbackBody = z.infer<typeof feedbackBody>;

/**
 * Extension: POST /api/v1/handoff, "Skicka frågan till oss". What the visitor saw and confirmed:
 * the question, and the contact details and message the visitor chose to add.
 */
export const handoffBodyFor = (maxLength: number) => z.object({
  tenant: tenantId,
  conversationId: conversationIdSchema,
  replyId: z.string().min(1).max(100),
  // What reaches a contact centre, in an e-mail's lines or a webhook's fields: one line each (no line break
  // can add a header or a line of its own), the message with its lines; no control characters in any.
  question: questionText(maxLength).transform(oneLine),
  name: z.string().trim().max(200).transform(oneLine).optional(),
  email: z.string().trim().max(254).transform(oneLine).optional(),
  phone: z.string().trim().max(40).transform(oneLine).optional(),
  message: z.string().trim().max(1000).transform(plainText).optional(),
});
export type HandoffBody = z.infer<ReturnType<typeof handoffBodyFor>>;
/** The receipt: the handoff is stored and will be delivered (202). */
export type HandoffReceipt = { handoffId: string; status: 'stored' };

export const replyKind = z.enum(['answer', 'clarify', 'fallback', 'escalate', 'safety', 'smalltalk']);
export type ReplyKind = z.infer<typeof replyKind>;

export const source = z.object({ title: z.string(), url: z.string() });
export type Source = z.infer<typeof source>;

export const contact = z.object({
  label: z.string(),
  phone: z.string().optional(),
  url: z.string().optional(),
  email: z.string().optional(),
  form: z.string().optional(),
  hours: z.string().optional(),
  about: z.string().optional(),
});
export type Contact = z.infer<typeof contact>;

export const reply = z.object({
  conversationId: z.string(),
  replyId: z.string(),
  kind: replyKind,
  text: z.string(),
  sources: z.array(source),
  suggestions: z.array(z.string()),
  contacts: z.array(contact),
  /** Extension: the knowledge entry an `answer` comes from. */
  entryId: z.string().optional(),
  /** Extension: the language of `text` ('sv' or 'en'); an answer from the knowledge base is Swedish. */
  lang: z.enum(['sv', 'en']).optional(),
  /** Extension: true when the widget may offer "Skicka frågan till oss" (POST /api/v1/handoff) after this reply. */
  handoff: z.boolean().optional(),
  /**
   * Extension: true on a safety reply and on every later reply in a conversation that signalled a crisis.
   * The first contacts are then the crisis contacts: show them above the text.
   */
  crisis: z.boolean().optional(),
});
export type Reply = z.infer<typeof reply>;

// ---- WebSocket frames ----

export const askFrame = z.object({
  type: z.literal('ask'),
  id: z.string().min(1).max(100),
  text: messageText,
  lang: lang.optional(),
});
export const feedbackFrame = feedbackBody.omit({ tenant: true, conversationId: true }).extend({
  type: z.literal('feedback'),
  id: z.string().min(1).max(100).optional(),
});
export const clientFrame = z.discriminatedUnion('type', [askFrame, feedbackFrame]);
export type ClientFrame = z.infer<typeof clientFrame>;

/**
 * Close codes the server uses (extension of API.md): 1000 idle for too long, 1001 the server is
 * shutting down (reconnect), 1007 a text frame that is not UTF-8, 1008 continued abuse after
 * rate-limit errors, 1009 a frame over the size limit. A dead peer is cut without a close frame (1006).
 */
export const closeCodes = { idle: 1000, goingAway: 1001, invalidData: 1007, policy: 1008, tooLarge: 1009 } as const;

export type HelloFrame = { type: 'hello'; conversationId: string };
export type ReplyFrame = { type: 'reply'; id: string } & Reply;
export type AckFrame = { type: 'ack'; id?: string };
/** `retryAfter` (extension): seconds until a rate-limited client may send again. */
export type ErrorFrame = { type: 'error'; id?: string; error: ErrorBody['error']; retryAfter?: number };
export type ServerFrame = HelloFrame | ReplyFrame | AckFrame | ErrorFrame;

// ---- Errors ----

export type ErrorCode =
  | 'invalid_body'
  | 'invalid_json'
  | 'invalid_frame'
  | 'unknown_tenant'
  | 'not_found'
  | 'too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'too_many_connections'
  | 'origin_not_allowed'
  | 'not_ready'
  | 'handoff_unavailable'
  | 'handoff_not_offered'
  | 'unauthorized'
  | 'csrf_token_missing'
  | 'internal';

export type ErrorBody = { error: { code: ErrorCode; message: string } };

export const errorBody = (code: ErrorCode, message: string): ErrorBody => ({ error: { code, message } });

/** One readable line from a zod error: `text: must not be empty; tenant: Required`. */
export const describeIssues = (error: z.ZodError): string =>
  error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'body'}: ${issue.message}`)
    .join('; ');

/** The public widget configuration, GET /api/v1/tenants/:tenant. */
export type TenantPublicConfig = {
  id: string;
  name: string;
  organisation: string;
  website: string;
  greeting: string;
  starters: string[];
  contacts: Contact[];
  theme: { accent: string; accentText: string };
  lang: 'sv';
};
