/**
 * Removes personal data from text before it leaves the process (logs, storage):
 * personnummer and samordningsnummer (by shape, valid check digit or not), phone numbers, e-mail addresses.
 * It errs towards masking: a 10- or 12-digit run shaped like a birth date and four digits is masked
 * even when it is something else. Dates, years, amounts and the short national numbers (112, 1177,
 * 90101, 113 13) are left alone.
 */
// Starts only where a run of address characters starts, with bounded parts: linear time on any input.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,256}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}(?![\p{L}\p{N}-])/gu;

// [YY]YYMMDD, a separator or none, four digits. The day may be a samordningsnummer's (day + 60: 61–91).
// Separators as people type them: -, +, en and em dashes, a space or a no-break space.
const PERSONNUMMER = /(?<![\p{N}-])(?:1[89]|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])[-+\u2010-\u2014\s]?\d{4}(?!\p{N})/gu;

// A phone number: +46, 0046, any other +CC, or a leading 0, then digit groups with spaces, dashes or
// parentheses between them. How many digits decides (below), not the grouping. Not inside a number
// grouped by spaces ("12 000 000 000 kr"), and dots never separate groups ("08.00–16.30" is a time).
const PHONE_BODY = String.raw`\(?(?:\+\d{1,3}|00\d{1,3}|0)[\s\u2010-\u2014-]?(?:\(0\)[\s-]?)?\(?\d{1,4}\)?(?:[\s\u2010-\u2014-]?\d{1,4}){1,5}(?!\p{N})`;
const PHONE = new RegExp(String.raw`(?<![\p{N}+]|\p{N}[\s.,])` + PHONE_BODY, 'gu');
// Right after a masked number, the next may follow with only a space: "070 123 45 67 073 111 22 33".
const NEXT_PHONE = new RegExp(String.raw`\s+` + PHONE_BODY, 'uy');

// Day-month-year with two-digit day and month, e.g. 01-02-2024: a date, never a phone number.
const DATE_DMY = /^\d{2}[\s-]\d{2}[\s-](?:19|20)\d{2}$/;

const digitCount = (text: string) => text.replace(/\D/g, '').length;

/** A Swedish number has 8–11 digits with its leading 0 (07x-xxx xx xx, 08-xxx xx xx, 0xxx-xx xx xx); abroad up to 15. */
const maxDigits = (match: string) => (match.startsWith('+') || (match.startsWith('00') && !/^00[\s-]/.test(match)) ? 15 : 11);

/**
 * How much of a PHONE match is a phone number: its length, or 0 when none of it is. A match that ran
 * on into the next number ("070 123 45 67 073 …") is cut back group by group until it fits.
 */
const phoneLength = (match: string): number => {
  if (DATE_DMY.test(match)) return 0;
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

/** Every pattern above needs an ASCII digit or an @: text without either is returned as it is, at once. */
const MAYBE_PERSONAL = /[0-9@]/;

export const mask = (text: string): string =>
  MAYBE_PERSONAL.test(text) ? maskPhones(text.replace(EMAIL, '[e-post]').replace(PERSONNUMMER, '[personnummer]')) : text;
