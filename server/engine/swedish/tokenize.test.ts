import { describe, it, expect } from 'vitest';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('splits on anything that is not a letter or digit', () => {
    expect(tokenize('vad är god och nära vård? (sou 2020:19)')).toEqual(['vad', 'är', 'god', 'och', 'nära', 'vård', 'sou', '2020', '19']);
  });

  it('keeps numbers and splits hyphenated words the same way everywhere', () => {
    expect(tokenize('e-tjänster 4-5 år från 2022')).toEqual(['e', 'tjänster', '4', '5', 'år', 'från', '2022']);
  });

  it('does not split a word at a combining mark', () => {
    expect(tokenize('va\u030Ard')).toEqual(['va\u030Ard']);
  });

  it('returns [] for text without words', () => {
    expect(tokenize(' ?! -- ')).toEqual([]);
  });
});
