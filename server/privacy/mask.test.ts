import { describe, expect, it } from 'vitest';
import { mask } from './mask';

// Real-shaped numbers, most with a wrong check digit on purpose: masking goes by shape.
const personnummer = [
  ['12 digits with hyphen', '19121212-1212'],
  ['12 digits without separator', '191212121212'],
  ['10 digits with hyphen', '121212-1212'],
  ['10 digits without separator', '1212121212'],
  ['over 100 years old (plus sign)', '121212+1212'],
  ['with a space', '850709 9805'],
  ['with an en dash (autocorrect)', '850709–9805'],
  ['with a no-break space', '850709\u00a09805'],
  ['born in the 2000s', '20050101-2384'],
  ['invalid check digit', '19850709-9806'],
  ['samordningsnummer, 10 digits', '701063-2391'],
  ['samordningsnummer, 12 digits', '197010632391'],
  ['samordningsnummer, day 91', '19800191-1234'],
  // Issue 14.6: written so that a plain ASCII pattern does not see it.
  ['in full-width digits', '１９１２１２１２－１２１２'],
  ['in Arabic-Indic digits', '١٩١٢١٢١٢-١٢١٢'],
  ['in Devanagari digits', '१९१२१२१२१२१२'],
  ['with a zero-width space inside', '191212\u200B12-1212'],
  ['with a soft hyphen and a word joiner inside', '1912\u00AD1212\u20601212'],
  ['separated by a dot', '850709.9805'],
  ['separated by a slash', '850709/9805'],
  ['separated by an underscore', '850709_9805'],
  ['in pairs with spaces', '85 07 09 98 05'],
  ['in pairs with dots', '19.85.07.09.98.05'],
] as const;

const phones = [
  ['mobile with hyphen', '070-123 45 67'],
  ['mobile grouped in pairs', '070 123 45 67'],
  ['Stockholm number', '08-123 456 78'],
  ['Stockholm in parentheses', '(08) 123 45 67'],
  ['small town area code', '0920-23 45 67'],
  ['international +46', '+46 70 123 45 67'],
  ['international +46 without spaces', '+46701234567'],
  ['international with (0)', '+46 (0)70-123 45 67'],
  ['international 0046', '0046 70 123 45 67'],
  ['Norwegian number', '+47 22 12 34 56'],
  ['with en dashes', '070–123 45 67'],
  ['in full-width digits', '０７０－１２３ ４５ ６７'],
  ['in Arabic-Indic digits', '٠٧٠-١٢٣ ٤٥ ٦٧'],
  ['in Eastern Arabic (Persian) digits', '۰۷۰-۱۲۳ ۴۵ ۶۷'],
  ['with a zero-width space inside', '070\u200B-123\u200B45\u200B67'],
  ['with dots', '070.123.45.67'],
  ['with slashes', '070/123 45 67'],
  ['with underscores', '070_123_45_67'],
  ['international with dots', '+46.70.123.45.67'],
] as const;

const emails = [
  ['plain', 'anna.svensson@example.se'],
  ['plus tag', 'anna+vard@region.example.se'],
  ['Swedish letters', 'åsa.öberg@kommun.se'],
  ['with a full-width at sign', 'anna.svensson＠example.se'],
  ['with a zero-width space inside', 'anna\u200B.svensson@example\u200B.se'],
] as const;

// Things a question about nära vård may well contain, that are not personal data.
const leftAlone = [
  ['an ISO date', '2024-01-15'],
  ['a compact date', '20240115'],
  ['a Swedish date with month name', '15 januari 2024'],
  ['a date written day first', '01-02-2024'],
  ['a year range', '2019–2027'],
  ['an amount with spaces', '1 500 000 kr'],
  ['a large amount', '12 000 000 000 kronor'],
  ['an amount with decimals', '12 345,50 kronor'],
  ['a percentage', '0,5 %'],
  ['opening hours', 'vardagar 08.00–16.30'],
  ['opening hours with a hyphen', 'öppet 08.00-16.30'],
  ['a date with dots', '01.02.2024'],
  ['a date with slashes', '01/02/2024'],
  ['a clock time', 'kl. 08:00'],
  ['emergency number', '112'],
  ['healthcare guide', '1177'],
  ['suicide line', '90101'],
  ['poison information', '113 13'],
  ['a postal code', '972 38 Luleå'],
  ['a six-digit date', '240115'],
  ['a municipality code and a count', '0484 och 35 000 invånare'],
  ['a short reference', 'ärende 2024/123'],
] as const;

describe('mask', () => {
  it.each(personnummer)('masks a personnummer: %s', (_name, value) => {
    expect(mask(`Mitt personnummer är ${value}, vad gäller?`)).toBe('Mitt personnummer är [personnummer], vad gäller?');
  });

  it.each(phones)('masks a phone number: %s', (_name, value) => {
    expect(mask(`Ring mig på ${value} tack`)).toBe('Ring mig på [telefon] tack');
  });

  it.each(emails)('masks an e-mail address: %s', (_name, value) => {
    expect(mask(`Skriv till ${value}.`)).toBe('Skriv till [e-post].');
  });

  it.each(leftAlone)('leaves %s alone', (_name, value) => {
    const text = `Fråga om ${value} i regionen`;
    expect(mask(text)).toBe(text);
  });

  it('masks a mobile number in one run, which is also shaped like a personnummer', () => {
    expect(mask('Ring 0701234567 tack')).toMatch(/^Ring \[(telefon|personnummer)\] tack$/);
  });

  it('masks two phone numbers written one after the other', () => {
    expect(mask('070 123 45 67 073 111 22 33')).toBe('[telefon] [telefon]');
  });

  it('masks everything in one text and keeps the words', () => {
    expect(mask('Jag (19121212-1212) nås på 070-123 45 67 eller anna@example.se sedan 2024-01-15.'))
      .toBe('Jag ([personnummer]) nås på [telefon] eller [e-post] sedan 2024-01-15.');
  });

  it('is idempotent', () => {
    const once = mask('19121212-1212, 070-123 45 67, anna@example.se');
    expect(mask(once)).toBe(once);
  });

  it('stays fast on long adversarial input (no catastrophic backtracking)', () => {
    const inputs = ['0'.repeat(100_000), '0 '.repeat(50_000), '070-'.repeat(25_000), '1912121'.repeat(15_000), `${'a'.repeat(50_000)}@${'b.'.repeat(25_000)}`];
    for (const input of inputs) {
      const started = performance.now();
      mask(input);
      expect(performance.now() - started, input.slice(0, 12)).toBeLessThan(500);
    }
  });
});
