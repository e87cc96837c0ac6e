/**
 * Removes personal data from text before it leaves the process (logs, storage):
 * personnummer and samordningsnummer (by shape, valid check digit or not), phone numbers, e-mail addresses.
 * It errs towards masking: a 10- or 12-digit run shaped like a birth date and four digits is masked
 * even when it is something else. Dates, years, amounts and the short national numbers (112, 1177,
 * 90101, 113 13) are left alone.
 *
 * Text is first brought to one form, so a number cannot hide behind how it is written: NFKC (full-width
 * digits and ＠ become ASCII), invisible characters removed (a zero-width space inside a number), and
 * every other digit system (Arabic-Indic, Devanagari, …) read as 0–9. What is kept is that form.
 */

// Zero-width spaces and joiners, soft hyphen, word joiner and invisible operators, BOM, bidi marks,
// embeddings, overrides and isolates, Mongolian vowel separator: nothing a visitor means to say.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// A decimal digit that is not 0–9.
const OTHER_DIGIT = /[^\P{Nd}0-9]/gu;
const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * A digit's value: Unicode encodes every system's digits as a run of ten, 0 to 9 (a stability
 * guarantee), so it is the distance from the start of its run, modulo ten for adjacent runs.
 */
const digitValue = (digit: string): string => {
  const code = digit.codePointAt(0)!;
  let start = code;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return String((code - start) % 10);
};

/** The one form masking works on (see above); ASCII text is already in it. */
const canonical = (text: string): string =>
  /^[\x00-\x7F]*$/.test(text) ? text : text.normalize('NFKC').replace(INVISIBLE, '').replace(OTHER_DIGIT, digitValue);
// Starts only where a run of address characters starts, with bounded parts: linear time on any input.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,256}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}(?![\p{L}\p{N}-])/gu;

// [YY]YYMMDD, a separator or none, four digits. The day may be a samordningsnummer's (day + 60: 61–91).
// Separators as people type them: -, +, en and em dashes, a space or a no-break space, and between
// any two pairs of digits one of those, a dot, a slash or an underscore ("85.07.09/98_05").
const SEP = String.raw`[-+\u2010-\u2014\s./_]?`;
const PERSONNUMMER = new RegExp(
  String.raw`(?<![\p{N}-])(?:(?:1[89]|20)${SEP})?\d{2}${SEP}(?:0[1-9]|1[0-2])${SEP}(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])${SEP}\d{2}${SEP}\d{2}(?!\p{N})`,
  'gu',
);

// A phone number: +46, 0046, any other +CC, or a leading 0, then digit groups with spaces, dashes, dots,
// slashes, underscores or parentheses between them. How many digits decides (below), not the grouping.
// Not inside a number grouped by spaces ("12 000 000 000 kr"); times and dates are let go below.
const GROUP_SEP = String.raw`[\s\u2010-\u2014./_-]?`;
const PHONE_BODY = String.raw`\(?(?:\+\d{1,3}|00\d{1,3}|0)${GROUP_SEP}(?:\(0\)[\s-]?)?\(?\d{1,4}\)?(?:${GROUP_SEP}\d{1,4}){1,5}(?!\p{N})`;
const PHONE = new RegExp(String.raw`(?<![\p{N}+]|\p{N}[\s.,])` + PHONE_BODY, 'gu');
// Right after a masked number, the next may follow with only a space: "070 123 45 67 073 111 22 33".
const NEXT_PHONE = new RegExp(String.raw`\s+` + PHONE_BODY, 'uy');

// Day-month-year with two-digit day and month, e.g. 01-02-2024 or 01.02.2024: a date, never a phone
// number; nor is a span of clock times, "08.00–16.30".
const DATE_DMY = /^\d{2}[\s./-]\d{2}[\s./-](?:19|20)\d{2}$/;
const TIME_SPAN = /^[0-2]\d[.:][0-5]\d\s?[-\u2010-\u2014]\s?[0-2]\d[.:][0-5]\d$/;

const digitCount = (text: string) => text.replace(/\D/g, '').length;

/** A Swedish number has 8–11 digits with its leading 0 (07x-xxx xx xx, 08-xxx xx xx, 0xxx-xx xx xx); abroad up to 15. */
const maxDigits = (match: string) => (match.startsWith('+') || (match.startsWith('00') && !/^00[\s-]/.test(match)) ? 15 : 11);

/**
 * How much of a PHONE match is a phone number: its length, or 0 when none of it is. A match that ran
 * on into the next number ("070 123 45 67 073 …") is cut back group by group until it fits.
 */
const phoneLength = (match: string): number => {
  if (DATE_DMY.test(match) || TIME_SPAN.test(match)) return 0;
  const groups = match.match(/\D*\d+/g) ?? [];
  for (let n = groups.length; n >= 1; n--) {
    const head = groups.slice(0, n).join('');
    const digits = digitCount(head);
    if (digits > maxDigits(head)) continue;
    return digits >= 8 ? head.length : 0;
  }
  return 0;
};

const maskPhones = (text: string): string => {
  let out = '';
  let from = 0;
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    const length = phoneLength(m[0]);
    if (length === 0) continue;
    out += `${text.slice(from, m.index)}[telefon]`;
    from = m.index + length;
    for (;;) {
      NEXT_PHONE.lastIndex = from;
      const next = NEXT_PHONE.exec(text);
      const space = next?.[0].length ? next[0].length - next[0].trimStart().length : 0;
      const nextLength = next ? phoneLength(next[0].slice(space)) : 0;
      if (!nextLength) break;
      out += `${text.slice(from, from + space)}[telefon]`;
      from += space + nextLength;
    }
    PHONE.lastIndex = from;
  }
  return out + text.slice(from);
};

/** Every pattern above needs a digit or an @ (in any form): text without either is returned as it is, at once. */
const MAYBE_PERSONAL = /[\p{Nd}@\uFE6B\uFF20]/u;

export const mask = (text: string): string => {
  if (!MAYBE_PERSONAL.test(text)) return text;
  const plain = canonical(text);
  return maskPhones(plain.replace(EMAIL, '[e-post]').replace(PERSONNUMMER, '[personnummer]'));
};
