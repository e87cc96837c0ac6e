import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { Synonyms, SynonymsError, parseSynonyms } from './synonyms';
import { tokenize } from './tokenize';
import { normalizeText } from './normalize-text';

const YAML = `# Synonymer
- [vårdcentral, hälsocentral, vårdcentralen, hälsocentralen]
- [nära vård, god och nära vård, god nära vård]
- [målbild, vision, mål]
- [digitalt, e-tjänst]
- [kommun, municipality, local authority]
`;
const synonyms = Synonyms.fromYaml(YAML, 'knowledge/synonyms.yaml');
const expand = (query: string) => synonyms.expand(tokenize(normalizeText(query)));
const words = (query: string) => expand(query).map((e) => e.word).sort();

describe('parseSynonyms', () => {
  it('reads groups with their lines, normalised', () => {
    expect(parseSynonyms('# x\n- [Vårdcentral, HÄLSOCENTRAL]\n\n- [nära vård, god och nära vård]\n', 'f.yaml')).toEqual([
      { line: 2, members: ['vårdcentral', 'hälsocentral'] },
      { line: 4, members: ['nära vård', 'god och nära vård'] },
    ]);
  });

  it('takes numbers and yes/no words as words', () => {
    expect(parseSynonyms('- [2022, tjugotjugotvå]\n- [sant, true]\n', 'f.yaml').map((g) => g.members)).toEqual([['2022', 'tjugotjugotvå'], ['sant', 'true']]);
    expect(() => parseSynonyms('- [vård, ~]\n', 'f.yaml')).toThrow('f.yaml:1: ett ord i gruppen är tomt — skriv ordet eller ta bort kommatecknet');
    expect(() => parseSynonyms('- [vård, {a: b}]\n', 'f.yaml')).toThrow('f.yaml:1: ett ord ska vara text — skriv bara ordet, till exempel vårdcentral');
  });

  it('accepts an empty file', () => {
    expect(parseSynonyms('# inga synonymer än\n', 'f.yaml')).toEqual([]);
  });

  it('names the file and line of a group with one word, in Swedish', () => {
    const text = '# Synonymer\n- [vårdcentral, hälsocentral]\n- [region, landsting]\n- [målbild]\n';
    expect(() => parseSynonyms(text, 'knowledge/synonyms.yaml'))
      .toThrow('knowledge/synonyms.yaml:4: en grupp ska ha minst två ord — lägg till ett ord eller ta bort raden');
  });

  it('names the line of a YAML syntax error', () => {
    expect(() => parseSynonyms('- [vårdcentral, hälsocentral]\n- [region, landsting\n- [a, b]\n', 'knowledge/synonyms.yaml'))
      .toThrow(/^knowledge\/synonyms\.yaml:[23]: YAML-fel: .* — kontrollera/);
  });

  it('names the line of a group that is not a list, and of a repeated word', () => {
    expect(() => parseSynonyms('- [a1, b1]\n- vårdcentral\n', 's.yaml'))
      .toThrow('s.yaml:2: raden ska vara en lista med ord inom hakparenteser, till exempel - [vårdcentral, hälsocentral] — rätta raden');
    expect(() => parseSynonyms('- [region, landsting]\n- [self care, Self-care]\n', 's.yaml'))
      .toThrow('s.yaml:2: "self-care" står två gånger i gruppen — ta bort det ena');
  });

  it('reports every problem, and words that are only stopwords', () => {
    try {
      parseSynonyms('- [ok1, ok2]\n- [en]\n- [och, det]\n', 's.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SynonymsError);
      expect((e as SynonymsError).problems.map((p) => p.line)).toEqual([2, 2, 3, 3]);
      expect((e as SynonymsError).problems[2]?.message).toBe('"och" består bara av småord som guiden hoppar över — skriv ett ord med innehåll eller ta bort det');
    }
  });

  it('accepts the real knowledge/synonyms.yaml', () => {
    const text = readFileSync(new URL('../../../knowledge/synonyms.yaml', import.meta.url), 'utf8');
    const groups = parseSynonyms(text, 'knowledge/synonyms.yaml');
    expect(groups.length).toBeGreaterThan(30);
    expect(groups.some((g) => g.members.includes('hälsocentral') && g.members.includes('vårdcentral'))).toBe(true);
  });
});

describe('Synonyms.expand', () => {
  it('expands the northern "hälsocentral" to "vårdcentral"', () => {
    expect(words('finns det en hälsocentral här')).toEqual(['vårdcentral']);
    expect(expand('finns det en hälsocentral här')).toEqual([{ word: 'vårdcentral', weight: 0.6, from: [3] }]);
  });

  it('matches other inflections by stem and words typed without å, ä, ö', () => {
    expect(words('hälsocentralerna')).toEqual(['vårdcentral']);
    expect(words('halsocentralen')).toEqual(['vårdcentral']);
  });

  it('recognises the phrase "god och nära vård" as one match', () => {
    expect(expand('vad är god och nära vård')).toEqual([]);
    const other = Synonyms.fromYaml('- [god och nära vård, närvård]\n', 'f.yaml');
    expect(other.expand(tokenize('vad är god och nära vård'))).toEqual([{ word: 'närvård', weight: 0.6, from: [2, 3, 4, 5] }]);
  });

  it('prefers the longest phrase, so "nära vård" is not also "vård" alone', () => {
    const s = Synonyms.fromYaml('- [nära vård, närvård]\n- [vård, sjukvård]\n', 'f.yaml');
    expect(s.expand(tokenize('nära vård')).map((e) => e.word)).toEqual(['närvård']);
    expect(s.expand(tokenize('vård')).map((e) => e.word)).toEqual(['sjukvård']);
  });

  it('adds the words of other phrases that are not in the query', () => {
    const s = Synonyms.fromYaml('- [fast läkarkontakt, egen läkare]\n', 'f.yaml');
    expect(s.expand(tokenize('fast läkarkontakt')).map((e) => e.word)).toEqual(['egen', 'läkare']);
  });

  it('does not add the qualifier of a longer member that contains the matched one', () => {
    // "god och nära vård" qualifies "nära vård": "god" alone is no synonym of it.
    expect(words('nära vård')).toEqual([]);
  });

  it('needs a phrase in order and whole', () => {
    expect(words('local')).toEqual([]);
    expect(words('authority local')).toEqual([]);
    expect(words('the local authority')).toEqual(['kommun', 'municipality']);
  });

  it('matches phrases split at hyphens', () => {
    expect(words('e-tjänst')).toEqual(['digitalt']);
  });

  it('uses the alternatives a caller knows for a position, at their weight', () => {
    const out = synonyms.expand(['malbil'], [[{ word: 'målbild', weight: 0.8 }]]);
    expect(out.map((e) => e.word).sort()).toEqual(['mål', 'vision']);
    expect(out[0]?.weight).toBeCloseTo(0.48);
  });
});
