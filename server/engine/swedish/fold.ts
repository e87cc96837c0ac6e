/**
 * Diacritic-free form of a word, for lookups that forgive a missing ring or dots ("nara" → "nära").
 * Only ever compare whole surface words this way, never stems: "halsen" (the throat) and "hälsan"
 * (the health) fold apart, but their stems "hals" and "häls" would fold together.
 */
const MARKS = /\p{M}/gu;
// Letters that are not "base + mark" in Unicode, so NFD alone would keep them.
const SPECIAL: Record<string, string> = { æ: 'ae', ø: 'o', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', œ: 'oe' };
const SPECIAL_RE = /[æøßłđðþœ]/g;
const ASCII_ONLY = /^[\x00-\x7F]*$/;

export const fold = (word: string): string =>
  ASCII_ONLY.test(word) ? word : word.normalize('NFD').replace(MARKS, '').replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c).normalize('NFC');

/** True when the word has any letter that fold() would change, e.g. å, ä, ö, é. */
export const hasDiacritics = (word: string): boolean => fold(word) !== word;
