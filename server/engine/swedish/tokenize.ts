/**
 * Word tokens: runs of letters and digits. Everything else splits, hyphens too, so "e-tjänst"
 * becomes ["e", "tjänst"] in entries, questions and synonyms alike and phrases still line up.
 * Combining marks belong to the word so that text which skipped normalizeText does not break
 * "va\u030ard" in two; callers should normalise first all the same.
 */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export const tokenize = (text: string): string[] => text.match(WORD) ?? [];
