import type { MatcherSpec } from '../triage/text-matcher';

/**
 * What a message is, when it is not a question for the knowledge base:
 * - `greeting`, `thanks`, `goodbye`: small talk, only when the message is essentially just that;
 * - `about`: asks what the guide is ("vem är du", "är du en robot");
 * - `human`: asks for a person, a phone number or someone to contact, anywhere in the message.
 */
export type IntentKind = 'greeting' | 'thanks' | 'goodbye' | 'about' | 'human';

export type Intent = {
  kind: IntentKind;
  /** Id of the rule that fired, for logs and tests. */
  rule: string;
};

/** One intent rule, as data: see rules.ts. */
export type IntentRule = MatcherSpec & {
  /** Unique, kebab-case, starting with the kind: `human-talk-to-person`. */
  id: string;
  kind: IntentKind;
  /** Only messages of at most this many words can fire the rule: set it on anchored small-talk rules. */
  maxWords?: number;
  /** Messages this rule must catch on its own; the tests run every one. */
  examples: readonly string[];
};
