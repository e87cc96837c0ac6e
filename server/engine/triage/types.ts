import type { MatcherSpec } from './text-matcher';

/**
 * Which situation a message describes, most urgent first:
 * - `emergency`: life may be in danger now → 112;
 * - `suicide`: thoughts of suicide or self-harm, direct or indirect → Mind Självmordslinjen 90101, and 112;
 * - `child`: a child at risk, also from violence at home → 112, socialtjänsten, and Bris for the child;
 * - `violence`: violence or threats at home or in a close relationship → 112 and Kvinnofridslinjen;
 * - `psychiatric`: an acute psychiatric crisis (psychosis, voices, out of control) → 112 and 1177;
 * - `poisoning`: something swallowed or touched that is probably not acute → Giftinformationscentralen, 112 if symptoms;
 * - `medical`: asks for advice about symptoms or treatment → 1177, never the knowledge base.
 */
export type TriageLevel = 'emergency' | 'suicide' | 'child' | 'violence' | 'psychiatric' | 'poisoning' | 'medical';

/** Most urgent first: when rules of several levels fire, the first level here wins. */
export const TRIAGE_LEVELS: readonly TriageLevel[] = ['emergency', 'suicide', 'child', 'violence', 'psychiatric', 'poisoning', 'medical'];

export type TriageResult = {
  level: TriageLevel;
  /** Id of the rule that fired, for logs and tests; never shown to the visitor. */
  rule: string;
  /** Less urgent situations the message also describes ("tagit alla tabletter, vill inte leva"): their numbers are shown too. */
  also?: TriageLevel[];
};

/** One triage rule, as data: see rules.ts for how to write one. */
export type TriageRule = MatcherSpec & {
  /** Unique, kebab-case, starting with the level: `emergency-chest-pain`. */
  id: string;
  level: TriageLevel;
  /** Messages this rule must catch on its own; the tests run every one. */
  examples: readonly string[];
};
