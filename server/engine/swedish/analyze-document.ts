import { normalizeText } from './normalize-text';
import { stem } from './stem';
import { isContentWord } from './stopwords';
import { tokenize } from './tokenize';

/**
 * The terms to index for a text: normalise → tokenize → drop stopwords → stem.
 * Stopwords go BEFORE stemming: Snowball stems "nära" to "när", a stopword.
 */
export const analyzeDocument = (text: string): string[] =>
  tokenize(normalizeText(text)).filter(isContentWord).map(stem);

/**
 * MiniSearch's `tokenize` option: normalised surface words, stopwords still in. Also what to feed
 * `new Vocabulary(...)`, which wants the surface words, not stems.
 */
export const tokenizeForIndex = (text: string): string[] => tokenize(normalizeText(text));

/**
 * MiniSearch's `processTerm` option: the stem, or null to leave a stopword out.
 * Together with tokenizeForIndex it indexes exactly what analyzeDocument returns.
 */
export const processTermForIndex = (term: string): string | null =>
  isContentWord(term) ? stem(term) : null;
