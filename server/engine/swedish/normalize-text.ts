/**
 * The one canonical form of every text the guide compares: a visitor's message, knowledge entries,
 * synonyms, the listed questions the loader checks for duplicates, and (folded further) what the triage
 * and intent patterns read. One function, so that kb:check, the search and the triage never disagree on
 * whether two texts are the same.
 *
 * NFKC rather than plain NFC: it composes macOS's decomposed "a + combining ring" into "å" like NFC
 * does, and also undoes compatibility forms that PDF copy-paste brings into entries (the "ﬁ" ligature in
 * "ﬁnansiering", full-width letters). Swedish has no casing rules of its own (unlike Turkish or
 * Lithuanian), so toLowerCase is its lowercase, and much cheaper than toLocaleLowerCase.
 */
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2039\u203A\u00B4\u0060]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
// Soft hyphens and zero-width characters sit invisibly inside words ("hälso\u00ADvård") and would split
// them; control characters have no place in a question.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000B-\u001F\u007F]/g;
// JavaScript's \s already covers no-break and thin spaces (U+00A0, U+202F) and line breaks.
const WHITESPACE = /\s+/g;
/** Only text beyond Latin-1 and its extensions can hold what NFKC changes (combining marks, ligatures, full-width letters). */
const BEYOND_LATIN = /[^\u0000-\u02FF]/;
/** Any character the replacements below change: most messages have none and skip them. */
const SPECIAL = new RegExp([DASHES, SINGLE_QUOTES, DOUBLE_QUOTES, INVISIBLE].map((re) => re.source).join('|'));

export const normalizeText = (text: string): string => {
  let s = BEYOND_LATIN.test(text) ? text.normalize('NFKC') : text;
  if (SPECIAL.test(s)) {
    s = s.replace(INVISIBLE, '').replace(DASHES, '-').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
  }
  return s.replace(WHITESPACE, ' ').trim().toLowerCase();
};

/** Two questions are the same question when their normalised texts differ only in punctuation and spacing. */
export const questionKey = (text: string): string => keyOfNormalized(normalizeText(text));

/** What is neither a letter nor a digit, in any script, and the same for text within Latin-1 (most text: several times faster). */
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const NOT_WORD_LATIN1 = /[^a-zA-Z0-9\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u00B2\u00B3\u00B9\u00BC-\u00BE]+/g;
const LATIN1 = /^[\u0000-\u00FF]*$/;

/** questionKey of a text normalizeText already gave. */
export const keyOfNormalized = (normalized: string): string =>
  normalized.replace(LATIN1.test(normalized) ? NOT_WORD_LATIN1 : NOT_WORD, ' ').trim();
