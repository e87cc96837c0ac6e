/** Longest question the engine reads; the wire protocol refuses longer ones before they get here. */
export const MAX_QUESTION_CHARS = 500;

/**
 * The first step of every question: Unicode NFC (macOS may send "a" + combining ring, which matches
 * nothing until composed), Swedish lowercase, dashes and quotes unified, whitespace folded, length capped.
 */
export const normalizeQuestion = (text: string, maxChars = MAX_QUESTION_CHARS): string => {
  let s = text;
  // Below U+0300 nothing composes (no combining marks), so NFC would change nothing.
  if (BEYOND_LATIN.test(s)) s = s.normalize('NFC');
  if (SPECIAL.test(s)) {
    s = s
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[\u2018\u2019\u201a\u201b\u00b4`]/g, "'")
      .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
      // Invisible characters that break matching (zero-width, soft hyphen, BOM) and control characters.
      .replace(/[\u00ad\u200b-\u200d\u2060\ufeff\u0000-\u0008\u000b-\u001f\u007f]/g, '');
  }
  // Swedish has no casing rules of its own (unlike Turkish or Lithuanian): toLowerCase is sv's lowercase.
  return s.replace(/\s+/g, ' ').trim().toLowerCase().slice(0, maxChars);
};

const BEYOND_LATIN = /[^\u0000-\u02ff]/;
/** Any character the replacements in normalizeQuestion change. */
const SPECIAL = /[\u2010-\u2015\u2212\u2018\u2019\u201a\u201b\u00b4`\u201c\u201d\u201e\u00ab\u00bb\u00ad\u200b-\u200d\u2060\ufeff\u0000-\u0008\u000b-\u001f\u007f]/;

/** Two questions are the same question when they differ only in case, punctuation and spacing. */
export const questionKey = (text: string): string => keyOfNormalized(normalizeQuestion(text));

/** questionKey of a text normalizeQuestion already gave. */
export const keyOfNormalized = (normalized: string): string => normalized.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
