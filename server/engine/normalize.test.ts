import { describe, expect, it } from 'vitest';
import { normalizeQuestion, questionKey, withoutMarkup } from './normalize';

describe('normalizeQuestion', () => {
  it('composes decomposed Unicode (macOS) to NFC so it matches', () => {
    expect(normalizeQuestion('Vad a\u0308r na\u0308ra va\u030ard?')).toBe('vad är nära vård?');
  });
  it('lowercases Swedish letters and folds whitespace', () => {
    expect(normalizeQuestion('  ÄR   PRIMÄRVÅRDEN\n\tNAVET? ')).toBe('är primärvården navet?');
  });
  it('unifies dashes and drops invisible characters', () => {
    expect(normalizeQuestion('4–5 år\u200b\u00ad')).toBe('4-5 år');
  });
  it('drops markup pasted into a question: a script whole, other tags alone, and leaves a "<" in prose', () => {
    expect(withoutMarkup(normalizeQuestion("<script>alert('hej')</script> Vad är nära vård?"))).toBe('vad är nära vård?');
    expect(withoutMarkup(normalizeQuestion('<img src=x onerror=alert(1)><b>vad</b> är nära vård'))).toBe('vad är nära vård');
    expect(withoutMarkup(normalizeQuestion('är 3<5 viktigt?'))).toBe('är 3<5 viktigt?');
    expect(withoutMarkup(normalizeQuestion('{{7*7}} ${7*7} <%= 7*7 %> #{7*7}'))).toBe('');
    expect(withoutMarkup(normalizeQuestion('{{config}} vad är nära vård?'))).toBe('vad är nära vård?');
  });
  it('caps the length', () => {
    expect(normalizeQuestion('a'.repeat(900))).toHaveLength(500);
  });
  it('treats questions differing in case and punctuation as the same', () => {
    expect(questionKey('Vad är nära vård?')).toBe(questionKey('vad är NÄRA vård'));
  });
});
