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
export const foldForMatching = (text: string): string =>
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
