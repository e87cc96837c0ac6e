import { describe, it, expect } from 'vitest';
import { analyzeQuery } from './analyze-query';
import { Synonyms } from './synonyms';
import { Vocabulary } from './vocabulary';
import { tokenizeForIndex } from './analyze-document';

const KB = `Nära vård är en omställning av hälso- och sjukvården. Målbild och färdplan för Norrbotten.
Vårdcentralen är din väg in. Omställningen började 2022. Hälsan i fokus, arbetet görs tillsammans med kommunen.
Digitalt när det går. God och nära vård beslutades av riksdagen.`;
const vocabulary = new Vocabulary(tokenizeForIndex(KB));
const synonyms = Synonyms.fromYaml(`
- [vårdcentral, hälsocentral, vårdcentralen, hälsocentralen]
- [nära vård, god och nära vård, god nära vård]
- [kommun, municipality]
- [nära vård, close care, local care]
`, 'knowledge/synonyms.yaml');
const analyze = (q: string) => analyzeQuery(q, vocabulary, synonyms);
const stemsOf = (q: string) => analyze(q).stems.map((s) => s.stem).sort();

describe('analyzeQuery', () => {
  it('pairs the stems of content words next to each other, read as written or with å/ä/ö, stopwords aside', () => {
    expect(analyze('malbild och fardplan for Norrbotten').pairs).toEqual(['målbild färdplan', 'färdplan norrbot']);
    // A word nothing reads breaks the run.
    expect(analyze('målbild xyzzy färdplan').pairs).toEqual([]);
  });

  it('leaves out expressions of time that say nothing of what is asked, also typed without å/ä/ö', () => {
    expect(analyze('Jag hör hela tiden om nära vård').tokens).toEqual(['hör', 'nära', 'vård']);
    expect(analyze('hur ser omstallningen ut nu for tiden').tokens).toEqual(['ser', 'omstallningen']);
    // Words of the expressions alone are still read.
    expect(analyze('hela omställningen').tokens).toEqual(['hela', 'omställningen']);
  });

  it('yields stems for both words of "nära vård"', () => {
    const a = analyze('nära vård');
    expect(a.tokens).toEqual(['nära', 'vård']);
    expect(a.terms.filter((t) => t.via === 'exact').map((t) => t.stem)).toEqual(['när', 'vård']);
    // Not "god" from the group [nära vård, god och nära vård, …]: that member only qualifies "nära vård".
    expect(a.stems).toEqual([{ stem: 'när', weight: 1 }, { stem: 'vård', weight: 1 }]);
    expect(a.unknown).toEqual([]);
  });

  it('weighs a slip for a light word as the light word', () => {
    const v = new Vocabulary(tokenizeForIndex(`${KB} Vad är nära vård egentligen?`));
    const slip = analyzeQuery('varför nära vård egentlgen', v, synonyms).terms.find((t) => t.token === 'egentlgen');
    const typed = analyzeQuery('varför nära vård egentligen', v, synonyms).terms.find((t) => t.token === 'egentligen');
    expect(slip?.via).toBe('typo');
    expect(slip!.weight).toBeLessThanOrEqual(typed!.weight);
  });

  it('never reads a light word as a slip of another word', () => {
    const v = new Vocabulary(tokenizeForIndex(`${KB} Var kan jag hitta mer om omställningen?`));
    // "sitta" is one edit from "hitta", which the base uses; it is a word of its own.
    expect(analyzeQuery('varför ska jag sitta framför en skärm', v, synonyms).terms.filter((t) => t.token === 'sitta')).toEqual([]);
    expect(analyzeQuery('var kan jag hitta', v, synonyms).terms.some((t) => t.token === 'hitta' && t.via === 'exact')).toBe(true);
  });

  it('reads a question typed without å, ä, ö', () => {
    const a = analyze('vad ar god och nara vard');
    expect(a.tokens).toEqual(['god', 'nara', 'vard']);
    expect(a.terms.filter((t) => t.via !== 'synonym')).toEqual([
      { token: 'god', word: 'god', stem: 'god', weight: 1, via: 'exact' },
      { token: 'nara', word: 'nära', stem: 'när', weight: 0.95, via: 'diacritics' },
      { token: 'vard', word: 'vård', stem: 'vård', weight: 0.95, via: 'diacritics' },
    ]);
    expect(a.questionWords).toEqual(['vad']);
    expect(a.unknown).toEqual([]);
  });

  it('accounts for every content token: a term or unknown', () => {
    const a = analyze('Hur ser målbildsarbetet ut i norbotten, och vad kostar kaffet?');
    expect(a.tokens).toEqual(['ser', 'målbildsarbetet', 'norbotten', 'kostar', 'kaffet']);
    expect(a.unknown).toEqual(['ser', 'kostar', 'kaffet']);
    expect(a.terms.filter((t) => t.token === 'målbildsarbetet').map((t) => [t.word, t.via])).toEqual([['målbild', 'compound'], ['arbetet', 'compound']]);
    expect(a.terms.find((t) => t.token === 'norbotten')).toEqual({ token: 'norbotten', word: 'norrbotten', stem: 'norrbot', weight: 0.8, via: 'typo' });
    const covered = new Set(a.terms.map((t) => t.token));
    for (const t of a.tokens) expect(covered.has(t) !== a.unknown.includes(t), t).toBe(true);
  });

  it('covers a regional word through its synonym', () => {
    const a = analyze('var ligger min hälsocentral');
    expect(a.terms.find((t) => t.token === 'hälsocentral')).toEqual({ token: 'hälsocentral', word: 'vårdcentral', stem: 'vårdcentral', weight: 0.6, via: 'synonym' });
    expect(a.unknown).toEqual(['ligger', 'min'].filter((t) => a.tokens.includes(t)));
    expect(a.questionWords).toEqual(['var']);
  });

  it('does not count "halsen" as hälsan', () => {
    const a = analyze('ont i halsen');
    expect(a.unknown).toEqual(['ont', 'halsen']);
    expect(a.terms).toEqual([]);
  });

  it('recognises the phrase "god och nära vård" and English synonyms left by the English reading ("close care")', () => {
    expect(analyze('god och nära vård').unknown).toEqual([]);
    // English arrives read into Swedish (language/english-to-swedish.ts): what is left are the words the synonyms know.
    const en = analyze('vad är close care i min municipality');
    expect(en.tokens).toEqual(['close', 'care', 'municipality']);
    expect(en.unknown).toEqual([]);
    expect(stemsOf('vad är close care i min municipality')).toEqual(['kommun', 'när', 'vård']);
    expect(en.questionWords).toEqual(['vad']);
  });

  it('gives each stem once in stems, at its highest weight', () => {
    const a = analyze('vård vard');
    expect(a.tokens).toEqual(['vård', 'vard']);
    expect(a.stems).toEqual([{ stem: 'vård', weight: 1 }]);
  });

  it('returns nothing for a question of only stopwords', () => {
    expect(analyze('vad är det?')).toEqual({ tokens: [], terms: [], unknown: [], foreign: [], aside: [], stems: [], pairs: [], questionWords: ['vad'], interrogative: 'what' });
  });
});
