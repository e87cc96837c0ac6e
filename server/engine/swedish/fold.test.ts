import { describe, it, expect } from 'vitest';
import { fold, hasDiacritics } from './fold';

describe('fold', () => {
  it('strips å, ä, ö, é and friends', () => {
    expect(fold('färdplan')).toBe('fardplan');
    expect(fold('målbild')).toBe('malbild');
    expect(fold('hälsocentralen')).toBe('halsocentralen');
    expect(fold('öppenvård')).toBe('oppenvard');
    expect(fold('idé')).toBe('ide');
    expect(fold('ø')).toBe('o');
  });

  it('keeps words that differ apart: halsen is not hälsan', () => {
    expect(fold('halsen')).not.toBe(fold('hälsan'));
  });

  it('tells words with diacritics', () => {
    expect(hasDiacritics('nära')).toBe(true);
    expect(hasDiacritics('nara')).toBe(false);
  });
});
