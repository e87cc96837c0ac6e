export { triage, matchingTriageRules } from './triage';
export { safetyReply, crisisContacts, type SafetyReply } from './safety-reply';
export { TRIAGE_RULES } from './rules';
export { foldForMatching } from './fold-for-matching';
export { TRIAGE_LEVELS, type TriageLevel, type TriageResult, type TriageRule } from './types';
export { checkMustTrigger, checkMustNotTrigger, type SafetyListProblem } from './check-safety-lists';
