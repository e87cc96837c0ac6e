import { foldForMatching } from '../triage/fold-for-matching';
import { compileMatcher } from '../triage/text-matcher';
import { INTENT_RULES } from './rules';
import type { Intent, IntentRule } from './types';

const compileRules = (rules: readonly IntentRule[]) => {
  const seen = new Set<string>();
  return rules.map((rule) => {
    if (seen.has(rule.id)) throw new Error(`intents: duplicate rule id ${rule.id}`);
    seen.add(rule.id);
    return { id: rule.id, kind: rule.kind, maxWords: rule.maxWords ?? Infinity, matches: compileMatcher(rule.id, rule) };
  });
};

const COMPILED = compileRules(INTENT_RULES);

/** Words that only make a message warmer or vaguer, folded: "Vem är du egentligen?", "det var verkligen till hjälp". */
const FILLERS = new Set(['verkligen', 'egentligen', 'faktiskt', 'assa', 'alltsa', 'liksom', 'typ', 'riktigt', 'really', 'actually']);

/** The text the rules read: folded, fillers left out (all of a message that is only fillers is kept). */
const readForIntents = (text: string): string => {
  const folded = foldForMatching(text);
  const kept = folded.split(' ').filter((word) => !FILLERS.has(word)).join(' ');
  return kept || folded;
};

/**
 * Recognises small talk, questions about the guide itself and requests for a person. Run it after
 * `triage` (a safety reply always wins) and before the search. Null means: search the knowledge base,
 * with `stripGreeting(text)` so "Hej, vad är målbilden?" searches "vad är målbilden?".
 *
 * @example detectIntent('Hejsan') // { kind: 'greeting', rule: 'greeting' }
 * @example detectIntent('Hej, vad är nära vård?') // null
 */
export const detectIntent = (text: string): Intent | null => {
  const folded = readForIntents(text);
  if (!folded) return null;
  const words = folded.split(' ').length;
  const rule = COMPILED.find((candidate) => words <= candidate.maxWords && candidate.matches(folded));
  return rule ? { kind: rule.kind, rule: rule.id } : null;
};

/** Every rule that fires, in order: for tests and logs. */
export const matchingIntentRules = (text: string): Intent[] => {
  const folded = readForIntents(text);
  if (!folded) return [];
  const words = folded.split(' ').length;
  return COMPILED.filter((rule) => words <= rule.maxWords && rule.matches(folded)).map(({ id, kind }) => ({ kind, rule: id }));
};
