import { normalizeText } from './swedish/normalize-text';

export { questionKey, keyOfNormalized } from './swedish/normalize-text';

/** Longest question the engine reads; the wire protocol refuses longer ones before they get here. */
export const MAX_QUESTION_CHARS = 500;

/** The first step of every question: the one canonical form (swedish/normalize-text.ts), length capped. */
export const normalizeQuestion = (text: string, maxChars = MAX_QUESTION_CHARS): string => normalizeText(text).slice(0, maxChars);
