/**
 * One canonical form for every text the engine compares: knowledge entries, synonyms and questions.
 *
 * NFKC rather than plain NFC: it composes macOS's decomposed "a + combining ring" into "å" like NFC
 * does, and also undoes compatibility forms that PDF copy-paste brings into entries (the "ﬁ"
 * ligature in "ﬁnansiering", full-width letters).
 */
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2039\u203A\u00B4\u0060]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
// Soft hyphens and zero-width characters sit invisibly inside words ("hälso\u00ADvård") and would split them.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// JavaScript's \s already covers no-break and thin spaces (U+00A0, U+202F) and line breaks.
const WHITESPACE = /\s+/g;

export const normalizeText = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .toLocaleLowerCase('sv')
    .replace(DASHES, '-')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(WHITESPACE, ' ')
    .trim();
