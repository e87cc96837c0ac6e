import { describe, it, expect } from 'vitest';
import { QUESTION_WORDS, isContentWord, isStopword, stopwords } from './stopwords';

describe('stopwords', () => {
  it('is a short list, about the size of Snowball (114 words), not one of the 400-word lists', () => {
    expect(stopwords.size).toBeGreaterThan(114);
    expect(stopwords.size).toBeLessThan(160);
  });

  it('drops the usual function words, and the prepositions Snowball lacks', () => {
    for (const w of ['och', 'i', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'inte', 'om', 'ur', 'enligt', 'bland', 'vems', 'va']) {
      expect(isStopword(w), w).toBe(true);
    }
  });

  it('drops the pronoun "hen" as it drops "hon", but does not split text into it', () => {
    for (const w of ['hen', 'hens', 'henom']) expect(isStopword(w), w).toBe(true);
    expect(stopwords.has('hen')).toBe(false);
  });

  it('keeps words that carry meaning for nära vård', () => {
    for (const w of ['god', 'goda', 'tillsammans', 'första', 'andra', 'tredje', 'nära', 'vård', 'hälsa', 'mål', 'år', 'bättre', 'egen', 'själv', 'tid']) {
      expect(isStopword(w), w).toBe(false);
    }
  });

  it('counts question words as stopwords, "när" among them', () => {
    expect([...QUESTION_WORDS].sort()).toEqual(['hur', 'var', 'varför', 'vad', 'vart', 'vem', 'vilka', 'vilken', 'vilket', 'när'].sort());
    for (const w of QUESTION_WORDS) expect(stopwords.has(w), w).toBe(true);
  });

  it('recognises stopwords typed without å, ä, ö', () => {
    expect(isStopword('ar')).toBe(true); // är
    expect(isStopword('pa')).toBe(true); // på
    expect(isStopword('nar')).toBe(true); // när
    expect(isStopword('nara')).toBe(false);
  });

  it('reads courtesy as no content for the search, but leaves it out of the words the triage splits text into', () => {
    expect(isStopword('tack')).toBe(true);
    expect(isStopword('snälla')).toBe(true);
    expect(stopwords.has('tack')).toBe(false);
  });

  it('treats lone letters as no content but keeps lone digits', () => {
    expect(isContentWord('e')).toBe(false);
    expect(isContentWord('1')).toBe(true);
    expect(isContentWord('vård')).toBe(true);
  });
});
