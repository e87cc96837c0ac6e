/**
 * Removes personal data from text before it leaves the process (logs, storage):
 * personnummer and samordningsnummer (by shape, check digit or not), phone numbers, e-mail addresses.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// YYYYMMDD-XXXX, YYMMDD-XXXX, YYMMDD+XXXX, YYMMDDXXXX, YYYYMMDDXXXX; samordningsnummer add 60 to the day (61–91).
const PERSONNUMMER = /(?<![\d-])(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])[-+ ]?\d{4}(?!\d)/g;
// Swedish phone numbers: +46 or 0 followed by 6–12 digits with spaces, dashes or parentheses between groups.
const PHONE = /(?<![\d])(?:\+46|0046|0)[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{2,4}){2,4}(?![\d])/g;

export const mask = (text: string): string =>
  text
    .replace(EMAIL, '[e-post]')
    .replace(PERSONNUMMER, '[personnummer]')
    .replace(PHONE, '[telefon]');
