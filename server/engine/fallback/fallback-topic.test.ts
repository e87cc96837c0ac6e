import { describe, expect, it } from 'vitest';
import { fallbackTopic } from './fallback-topic';

describe('fallbackTopic', () => {
  it.each([
    ['Hur byter jag vårdcentral?', 'care'],
    ['Var ligger närmaste hälsocentral?', 'care'],
    ['Hur får jag en remiss till sjukhuset?', 'care'],
    ['Kan jag förnya mitt recept?', 'care'],
    ['Ska jag ringa 1177?', 'care'],
    ['Hur ansöker jag om hemtjänst?', 'homecare'],
    ['Hur får min mamma plats på ett särskilt boende?', 'homecare'],
    ['Vem beslutar om trygghetslarm?', 'homecare'],
    ['Vad kostar ett besök?', 'fees'],
    ['Jag har fått en faktura från regionen', 'fees'],
    ['Hur fungerar högkostnadsskyddet?', 'fees'],
  ])('"%s" belongs to %s', (text, topic) => {
    expect(fallbackTopic(text)).toBe(topic);
  });

  it.each([
    ['var ligger vardcentralen', 'care'],
    ['HEMTJANST', 'homecare'],
    ['aldreomsorg i kommunen', 'homecare'],
    ['vad ar avgiften', 'fees'],
  ])('reads "%s", typed without å/ä/ö or in capitals, as %s', (text, topic) => {
    expect(fallbackTopic(text)).toBe(topic);
  });

  it("puts home care first (its fees are the municipality's), then a fee before health care", () => {
    expect(fallbackTopic('Vad kostar ett besök på vårdcentralen?')).toBe('fees');
    expect(fallbackTopic('Vad är avgiften för hemtjänst?')).toBe('homecare');
  });

  it('puts home care before health care', () => {
    expect(fallbackTopic('Hur får jag hemtjänst efter sjukhuset?')).toBe('homecare');
  });

  it.each([
    ['Where is my doctor?', 'care'],
    ['How do I get home care?', 'homecare'],
    ['How much does it cost?', 'fees'],
  ])('reads the English "%s" as %s', (text, topic) => {
    expect(fallbackTopic(text)).toBe(topic);
  });

  it.each(['Vad är färdplanen?', 'Vem är Christian Persman?', 'Vad tycker du om fotboll?', ''])('"%s" belongs nowhere in particular', (text) => {
    expect(fallbackTopic(text)).toBeNull();
  });
});
