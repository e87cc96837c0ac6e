/** Swedish text processing for the engine: normalising, stopwords, stemming, typo-tolerant lookup, synonyms. */
export { normalizeText, questionKey, keyOfNormalized } from './normalize-text';
export { tokenize } from './tokenize';
export { fold, hasDiacritics } from './fold';
export { stem } from './stem';
export { stopwords, isStopword, isContentWord, QUESTION_WORDS } from './stopwords';
export { editDistance } from './edit-distance';
export { Vocabulary, WEIGHTS, type ResolvedTerm, type Via } from './vocabulary';
export { parseSynonyms, Synonyms, SynonymsError, SYNONYM_WEIGHT, type SynonymGroup, type SynonymExpansion, type Alternative } from './synonyms';
export { analyzeDocument, tokenizeForIndex, processTermForIndex } from './analyze-document';
export { analyzeQuery, type QueryAnalysis, type QueryTerm } from './analyze-query';
export { isLightWord, LIGHT_WEIGHT } from './light-words';
export { interrogativeOf, interrogativeOfTokens, type Interrogative } from './interrogative';
