import { describe, it, expect } from 'vitest';
import { stem } from './stem';

describe('stem', () => {
  it('is the Snowball Swedish stem', () => {
    expect(stem('vårdcentralerna')).toBe('vårdcentral');
    expect(stem('reformen')).toBe('reform');
    expect(stem('kommunen')).toBe(stem('kommuner'));
  });

  it('turns "nära" into "när" — the reason stopwords are removed before stemming', () => {
    expect(stem('nära')).toBe('när');
  });

  it('also removes the definite neuter -et that Snowball leaves', () => {
    expect(stem('målet')).toBe(stem('mål'));
    expect(stem('beslutet')).toBe(stem('beslut'));
    expect(stem('uppdraget')).toBe(stem('uppdrag'));
    expect(stem('arbetet')).toBe(stem('arbete'));
    expect(stem('landstinget')).toBe(stem('landstingen'));
    expect(stem('paketet')).toBe(stem('paket'));
    expect(new Set(['kvalitet', 'kvaliteten', 'kvaliteter'].map(stem))).toEqual(new Set(['kvalit']));
    expect(stem('internet')).toBe('internet');
    expect(stem('vet')).toBe('vet');
  });

  it('gives a word ending in -s the stem of its other forms', () => {
    expect(new Set(['diagnos', 'diagnoser', 'diagnosen', 'diagnoserna'].map(stem)).size).toBe(1);
    expect(new Set(['resurs', 'resurser', 'resursen', 'resursens'].map(stem)).size).toBe(1);
    expect(new Set(['kurs', 'kursen', 'kurser'].map(stem)).size).toBe(1);
    expect(stem('regionens')).toBe(stem('regionen'));
    expect(stem('process')).toBe(stem('processer'));
    expect(stem('kris')).toBe(stem('kriser'));
    expect(stem('hus')).toBe('hus');
  });

  it('keeps numbers whole', () => {
    expect(stem('2022')).toBe('2022');
  });

  it('gives the same answer from its cache', () => {
    expect(stem('omställningen')).toBe('omställning');
    expect(stem('omställningen')).toBe('omställning');
  });
});
