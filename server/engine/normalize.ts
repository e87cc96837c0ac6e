import { normalizeText } from './swedish/normalize-text';

export { questionKey, keyOfNormalized } from './swedish/normalize-text';

/** Longest text the engine reads for an answer; a longer message is triaged whole, then asked for shorter (engine.ts). */
export const MAX_QUESTION_CHARS = 500;

/** The first step of every question: the one canonical form (swedish/normalize-text.ts), length capped. */
export const normalizeQuestion = (text: string, maxChars = MAX_QUESTION_CHARS): string => normalizeText(text).slice(0, maxChars);

/**
 * Markup pasted into a question: a script or style element whole, any other tag alone ("<b>vad</b> är…" keeps its words),
 * and template expressions ("{{7*7}}", "${7*7}", "<%= 7*7 %>", "#{7*7}"), whose numbers are no question ("7" is "sju").
 */
const MARKUP = /<(script|style)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)|<\/?[a-z][^<>]*>|\{\{[^{}]*\}\}|[$#]\{[^{}]*\}|<%[\s\S]*?(%>|$)/gi;
const MAY_HAVE_MARKUP = /<[a-z/%]|\{\{|[$#]\{/i;

/** A question without the markup pasted into it, for reading what it asks (the triage reads it all). */
export const withoutMarkup = (text: string): string =>
  MAY_HAVE_MARKUP.test(text) ? text.replace(MARKUP, ' ').replace(/\s+/g, ' ').trim() : text;
