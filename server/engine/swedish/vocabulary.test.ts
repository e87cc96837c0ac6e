import { describe, it, expect } from 'vitest';
import { Vocabulary } from './vocabulary';

const BRIEF = ['nära', 'vård', 'färdplan', 'målbild', 'hälsan', 'omställning', 'arbetet', 'norrbotten', 'omställningen'];
const vocabulary = new Vocabulary(BRIEF);
const words = (token: string) => vocabulary.resolve(token).map((t) => t.word);

describe('Vocabulary.resolve', () => {
  it('resolves a known word to itself', () => {
    expect(vocabulary.resolve('vård')).toEqual([{ word: 'vård', stem: 'vård', weight: 1, via: 'exact' }]);
  });

  it('accepts another inflection of a known word as exact: the index holds stems', () => {
    expect(vocabulary.resolve('omställningarna')).toEqual([{ word: 'omställningarna', stem: 'omställning', weight: 1, via: 'exact' }]);
  });

  it('restores å, ä, ö', () => {
    expect(vocabulary.resolve('nara')).toEqual([{ word: 'nära', stem: 'när', weight: 0.95, via: 'diacritics' }]);
    expect(words('vard')).toEqual(['vård']);
    expect(words('fardplan')).toEqual(['färdplan']);
    expect(words('malbild')).toEqual(['målbild']);
    expect(vocabulary.resolve('fardplan')[0]?.via).toBe('diacritics');
  });

  it('reads a word typed without å/ä/ö that meets another word only by its stem as both: "behovs" is "behov" or "behövs"', () => {
    const both = new Vocabulary(['behov', 'behövs', 'vård']);
    expect(both.resolve('behovs').map((t) => [t.word, t.via])).toEqual([['behovs', 'exact'], ['behövs', 'diacritics']]);
    expect(both.resolve('behov').map((t) => t.word)).toEqual(['behov']);
    expect(both.resolve('behövs').map((t) => t.word)).toEqual(['behövs']);
  });

  it('reads a place name shortened to its first letter and its last part, when one word fits', () => {
    const places = new Vocabulary(['västerbotten', 'norrbotten', 'västernorrland']);
    expect(places.resolve('vbotten').map((t) => [t.word, t.weight])).toEqual([['västerbotten', 0.8]]);
    expect(places.resolve('nbotten').map((t) => t.word)).toEqual(['norrbotten']);
    // Too short a last part to name one word.
    expect(places.resolve('vland')).toEqual([]);
  });

  it('never makes "halsen" (the throat) into "hälsan" (the health)', () => {
    expect(vocabulary.resolve('halsen')).toEqual([]);
    // not even when the base has other forms of hälsa, whose stem "häls" folds to "hals"
    expect(new Vocabulary(['hälsa', 'hälsan', 'hälsans']).resolve('halsen')).toEqual([]);
    expect(new Vocabulary(['hälsa', 'hälsan']).resolve('halsan').map((t) => t.word)).toEqual(['hälsan']);
  });

  it('reads a word as the last part of known compounds only when their first part is a word of the base too', () => {
    const v = new Vocabulary(['delområden', 'del', 'gemensam', 'länsgemensam', 'län']);
    expect(v.resolve('området').map((t) => t.word)).toEqual(['delområden']);
    // "gemensam" is not "gem" + "ensam": "ensam" is an unknown word, not one of the base's compounds.
    expect(v.resolve('ensam').map((t) => t.word)).not.toContain('gemensam');
  });

  it('reads a word as the first part of known compounds: "kontakter" reaches "kontaktvägar"', () => {
    const v = new Vocabulary(['kontaktvägar', 'kontaktvägarna']);
    expect(v.resolve('kontakter')).toEqual([{ word: 'kontaktvägar', stem: 'kontaktväg', weight: 0.5, via: 'compound' }]);
  });

  it('reads words typed together apart when a stopword is among them, never a compound', () => {
    const v = new Vocabulary(['nära', 'bästa', 'sätt', 'god', 'vård', 'sommar', 'jobb', 'vänlig', 'ord']);
    expect(v.segment('naramig')).toEqual(['nara', 'mig']);
    expect(v.segment('godochnaravard')).toEqual(['god', 'och', 'nara', 'vard']);
    expect(v.segment('pabasta')).toEqual(['pa', 'basta']);
    expect(v.segment('sommarjobb')).toBeNull();
    // "vänligen" is not "vänlig" + "en": a short stopword at the end is an ending.
    expect(v.segment('vänligen')).toBeNull();
    // Nor is "ordföranden" "ord för än den": mostly small words around one content word is a word the base lacks.
    expect(v.segment('ordföranden')).toBeNull();
    // A question typed whole opens with its question word, as no word does.
    expect(new Vocabulary(['viktigt']).segment('vadärviktigtfördig')?.join(' ')).toMatch(/^(vad ar|va dar) viktigt for dig$/);
  });

  it('splits compounds at a linking s', () => {
    expect(vocabulary.resolve('omställningsarbetet')).toEqual([
      { word: 'omställning', stem: 'omställning', weight: 0.7, via: 'compound' },
      { word: 'arbetet', stem: 'arb', weight: 0.7, via: 'compound' },
    ]);
    expect(words('målbildsarbetet')).toEqual(['målbild', 'arbetet']);
  });

  it('matches compound parts by stem and prefers fewer, longer parts', () => {
    const v = new Vocabulary(['primärvård', 'primär', 'vård', 'reform', 'hälsa', 'centralen']);
    expect(v.resolve('primärvårdsreformen').map((t) => t.word)).toEqual(['primärvård', 'reform']);
    // hälso- is the compound form of hälsa
    expect(v.resolve('hälsocentralen').map((t) => t.word)).toEqual(['hälsa', 'centralen']);
  });

  it('falls back to the one known part of a compound, at a low weight, lower when the head is unknown', () => {
    const v = new Vocabulary(['primärvård', 'kommun', 'omställningen']);
    // "reformen" is the head: the question is about a reform, so the known modifier counts little.
    expect(v.resolve('primärvårdsreformen')).toEqual([{ word: 'primärvård', stem: 'primärvård', weight: 0.25, via: 'compound' }]);
    expect(v.resolve('länsomställningen')).toEqual([{ word: 'omställningen', stem: 'omställning', weight: 0.5, via: 'compound' }]);
    // not a word that merely begins like a known one
    expect(v.resolve('kommunikation')).toEqual([]);
  });

  it('forgives typos in longer words', () => {
    expect(vocabulary.resolve('norbotten')).toEqual([{ word: 'norrbotten', stem: 'norrbot', weight: 0.8, via: 'typo' }]);
    expect(words('omstälningen')).toEqual(['omställningen']);
    expect(vocabulary.resolve('omstälningen')[0]?.via).toBe('typo');
  });

  it('forgives a typo in a word typed without å, ä, ö when the word is long', () => {
    expect(words('omstalningen')).toEqual(['omställningen']);
  });

  it('does not guess for short or far-off words', () => {
    expect(vocabulary.resolve('vrd')).toEqual([]);
    expect(vocabulary.resolve('katt')).toEqual([]);
    expect(vocabulary.resolve('hälsorna')).toEqual([]);
  });

  it('prefers the more frequent of equally close words and returns at most two', () => {
    const v = new Vocabulary(['kommunen', 'kommunen', 'kommunen', 'kommuner', 'kommunal']);
    expect(v.resolve('kommunex').map((t) => t.word)).toEqual(['kommunen']);
    const w = new Vocabulary(['ansvar', 'anslag', 'ansvaret']);
    expect(w.resolve('ansvag').map((t) => t.word)).toEqual(['anslag', 'ansvar']);
  });

  it('leaves stopwords and numbers out of guessing', () => {
    const v = new Vocabulary(['och', 'inte', '2022', 'vård']);
    expect(v.knows('och')).toBe(false);
    expect(v.knows('2022')).toBe(true);
    expect(v.resolve('intte')).toEqual([]);
    expect(v.resolve('2023')).toEqual([]);
  });

  it('exposes known words and stems', () => {
    expect(vocabulary.knows('nära')).toBe(true);
    expect(vocabulary.knows('nara')).toBe(false);
    expect(vocabulary.knowsStem('när')).toBe(true);
    expect(vocabulary.stems().has('omställning')).toBe(true);
    expect(vocabulary.wordsWithStem('omställning')).toEqual(['omställning', 'omställningen']);
    expect(vocabulary.size).toBe(9);
  });

  it('returns the same answer twice and callers cannot spoil the cache', () => {
    const first = vocabulary.resolve('nara');
    first.pop();
    expect(words('nara')).toEqual(['nära']);
  });

  it('resolves quickly in a 20,000-word vocabulary', () => {
    const syllables = ['vård', 'om', 'ställ', 'ning', 'en', 'mål', 'bild', 'plan', 'färd', 'hälsa', 'kom', 'mun', 'reg', 'ion', 'arbet', 'et', 'pri', 'mär', 'cent', 'ral'];
    const big: string[] = [];
    for (let i = 0; big.length < 20_000; i++) {
      let w = '';
      for (let n = i + 7; n > 0; n = Math.floor(n / syllables.length)) w += syllables[n % syllables.length];
      big.push(w);
    }
    const v = new Vocabulary(big);
    const queries = big.slice(0, 500).map((w) => `${w.slice(0, 3)}x${w.slice(3)}`);
    const start = performance.now();
    for (const q of queries) v.resolve(q);
    const perToken = (performance.now() - start) / queries.length;
    expect(perToken).toBeLessThan(5);
  });
});
