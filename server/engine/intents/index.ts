export { detectIntent, matchingIntentRules } from './detect-intent';
export { greetingAlone, stripGreeting } from './strip-greeting';
export { intentReply } from './intent-reply';
export { INTENT_RULES } from './rules';
export type { Intent, IntentKind, IntentRule } from './types';
