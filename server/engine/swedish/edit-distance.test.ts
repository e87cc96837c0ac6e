import { describe, it, expect } from 'vitest';
import { editDistance, letterMask, popcount } from './edit-distance';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps as one edit each', () => {
    expect(editDistance('norbotten', 'norrbotten', 2)).toBe(1);
    expect(editDistance('omstälningen', 'omställningen', 2)).toBe(1);
    expect(editDistance('vårdcentarl', 'vårdcentral', 2)).toBe(1);
    expect(editDistance('kommun', 'kommon', 2)).toBe(1);
  });

  it('treats å, ä, ö as letters of their own', () => {
    expect(editDistance('halsen', 'hälsan', 2)).toBe(2);
  });

  it('stops at max + 1', () => {
    expect(editDistance('primärvård', 'omställning', 2)).toBe(3);
    expect(editDistance('abc', 'abcdef', 1)).toBe(2);
  });

  it('handles long words after short ones (buffers grow)', () => {
    const long = 'hälso- och sjukvårdslagstiftningsarbetet'.repeat(2);
    expect(editDistance(long, `${long}x`, 1)).toBe(1);
  });
});

describe('letterMask', () => {
  it('never rules out a true match: one substitution changes at most two bits', () => {
    expect(popcount(letterMask('halsen') ^ letterMask('hälsan'))).toBeLessThanOrEqual(4);
    expect(popcount(letterMask('norbotten') ^ letterMask('norrbotten'))).toBe(0);
  });
});
