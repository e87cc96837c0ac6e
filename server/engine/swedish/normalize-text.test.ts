import { describe, it, expect } from 'vitest';
import { normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it('gives decomposed (macOS) text the same form as composed text', () => {
    const decomposed = 'Na\u0308ra va\u030Ard';
    expect(decomposed).not.toBe('Nära vård');
    expect(normalizeText(decomposed)).toBe(normalizeText('Nära vård'));
    expect(normalizeText(decomposed)).toBe('nära vård');
  });

  it('lowercases Swedish capitals', () => {
    expect(normalizeText('ÅRSRAPPORT ÄLDREOMSORG ÖREBRO')).toBe('årsrapport äldreomsorg örebro');
  });

  it('unifies dashes, quotes and whitespace', () => {
    expect(normalizeText('  Vad\u00A0är  “god och nära vård”\u2009–\u2009och ‘varför’?\n')).toBe('vad är "god och nära vård" - och \'varför\'?');
    expect(normalizeText('2022\u20132025')).toBe('2022-2025');
  });

  it('removes soft hyphens and zero-width characters inside words', () => {
    expect(normalizeText('hälso\u00ADvård om\u200Bställning')).toBe('hälsovård omställning');
  });

  it('undoes ligatures from PDF copy-paste', () => {
    expect(normalizeText('\uFB01nansiering')).toBe('finansiering');
  });
});
