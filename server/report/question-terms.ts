import { isContentWord, normalizeText, stem, tokenize } from '../engine/swedish';

/**
 * A question's stemmed content words, sorted, deduplicated and space-separated: what the report groups
 * it by. "Hur byter jag vårdcentral?" and "byta vårdcentral" both give "byt vårdcentral". Worked out once,
 * when the question is written.
 */
export const questionTerms = (text: string): string =>
  [...new Set(tokenize(normalizeText(text)).filter(isContentWord).map(stem))].sort().join(' ');
