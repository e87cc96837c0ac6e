import { normalizeText } from '../swedish/normalize-text';

/**
 * The one text form every triage and intent pattern is matched against.
 *
 * Visitors type on phones, on foreign keyboards and in a hurry: "brostet", "sjalvmord" and "medvetslös"
 * must all hit the same rule as the correctly spelled word. So both the visitor's text and the rule's
 * pattern are folded the same way: lowercase, diacritics stripped (å, ä → a; ö → o; é → e), hyphens
 * inside words dropped (e-post → epost, stroke-vården → strokevarden), everything that is not a–z or
 * 0–9 turned into one space. The result is plain ASCII words separated by single spaces, so `\b`
 * behaves and a pattern author only ever thinks about words.
 */

/** Folds a visitor's text for matching. Idempotent; the caller may already have normalised it. */
export const foldForMatching = (text: string): string => foldLatin1(text) ?? foldByReplacing(text);

/** The same fold, as a chain of replacements: the reference the one-pass fold below is made from. Exported for tests. */
export const foldByReplacing = (text: string): string =>
  // The one canonical form of the guide's texts first (swedish/normalize-text.ts), then folded for patterns.
  foldDiacritics(normalizeText(text))
    // "can't" → "cant", so English contractions stay one word.
    .replace(/['’`´]/g, '')
    // Hyphens inside a word join it: a compound written "stroke-vården" is the same word as "strokevården".
    .replace(/(?<=[a-z0-9])[-‐‑](?=[a-z0-9])/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Folds a pattern's regex source the same way as the text, without lowercasing it
 * (that would turn escapes like `\S` into `\s`). Authors write patterns in lowercase Swedish.
 */
export const foldPattern = (source: string): string => foldDiacritics(source.normalize('NFC'));

/** The Swedish letters, folded without a Unicode decomposition: most messages have no other. */
const SWEDISH: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', è: 'e', ü: 'u', á: 'a', à: 'a' };

const foldDiacritics = (text: string): string => {
  const swedish = text.replace(/[åäöéèüáà]/g, (c) => SWEDISH[c]!);
  // Anything else beyond ASCII (other accents, æ, ø, ß, combining marks): decompose and drop the marks.
  if (!/[^\x00-\x7f]/.test(swedish)) return swedish;
  return swedish
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss');
};

/**
 * What each Latin-1 character becomes, read off `foldByReplacing` itself (between two letters, so that
 * spaces, joins and drops show): a folded letter or digit, a space, dropped (an apostrophe, a soft
 * hyphen), the hyphen (joins letters), or 0 for a character only the full fold handles ("æ" → "ae").
 */
const SPACE = 32;
const DROPPED = -1;
const HYPHEN = -2;
const LATIN1 = Int16Array.from({ length: 256 }, (_, code) => {
  const c = String.fromCharCode(code);
  const folded = foldByReplacing(`x${c}x`);
  if (folded === 'x x') return SPACE;
  if (folded === 'xx') return c === '-' ? HYPHEN : DROPPED;
  return folded.length === 3 ? folded.charCodeAt(1) : 0;
});
/** Longest text folded in one pass: its letters are spread as the arguments of one call. */
const MAX_ONE_PASS = 4000;
const isLetterOrDigit = (code: number) => code !== SPACE && code > 0;

/**
 * The fold in one pass over the text, for the messages it can do (every character Latin-1 and in the
 * table), which are nearly all: it runs on every message before any rule. Undefined for the rest.
 */
const foldLatin1 = (text: string): string | undefined => {
  // A message is far shorter; a long text (an entry checked by kb:check) takes the replacements.
  if (text.length > MAX_ONE_PASS) return undefined;
  const codes: number[] = [];
  /** What the character at `i` becomes (0 past the end or beyond Latin-1). */
  const at = (i: number) => {
    const code = text.charCodeAt(i);
    return code < 256 ? LATIN1[code]! : 0;
  };
  let space = false;
  for (let i = 0; i < text.length; i++) {
    let folded = at(i);
    if (folded === 0) return undefined;
    if (folded === DROPPED) continue;
    if (folded === HYPHEN) {
      // Joins only between a letter or digit and the next one (past dropped characters), as the replacement does.
      let next = i + 1;
      while (next < text.length && at(next) === DROPPED) next++;
      const after = next < text.length ? at(next) : 0;
      const before = codes.length > 0 && !space;
      if (before && isLetterOrDigit(after)) continue;
      folded = SPACE;
    }
    if (folded === SPACE) space = codes.length > 0;
    else {
      if (space) codes.push(SPACE);
      space = false;
      codes.push(folded);
    }
  }
  return String.fromCharCode(...codes);
};
