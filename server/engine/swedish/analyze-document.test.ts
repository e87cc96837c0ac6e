import MiniSearch from 'minisearch';
import { describe, it, expect } from 'vitest';
import { analyzeDocument, processTermForIndex, tokenizeForIndex } from './analyze-document';
import { stem } from './stem';

describe('analyzeDocument', () => {
  it('keeps "nära": stopwords go before stemming', () => {
    expect(analyzeDocument('Nära vård')).toEqual(['när', 'vård']);
  });

  it('drops stopwords and question words but keeps god, tillsammans, första', () => {
    expect(analyzeDocument('Vad är god och nära vård? Vi gör det tillsammans, första steget.'))
      .toEqual(['god', 'när', 'vård', 'gör', 'tillsamman', 'först', 'steg']); // "steget" → "steg": see stem.ts
  });

  it('keeps numbers and normalises decomposed text', () => {
    expect(analyzeDocument('Reformen från 2022 om va\u030Ardcentralerna')).toEqual(['reform', '2022', 'vårdcentral']);
  });
});

describe('tokenizeForIndex + processTermForIndex', () => {
  it('index exactly what analyzeDocument returns', () => {
    const text = 'Digitalt när det går – God och nära vård i Norrbotten, e-tjänster från 2022.';
    const viaMiniSearch = tokenizeForIndex(text).map(processTermForIndex).filter((t) => t !== null);
    expect(viaMiniSearch).toEqual(analyzeDocument(text));
    expect(tokenizeForIndex('Nära Vård')).toEqual(['nära', 'vård']);
    expect(processTermForIndex('och')).toBeNull();
  });

  it('work as MiniSearch options, searched with ready-made stems', () => {
    const search = new MiniSearch({ fields: ['text'], tokenize: tokenizeForIndex, processTerm: processTermForIndex });
    search.addAll([
      { id: 'nara', text: 'Nära vård är en omställning av hälso- och sjukvården.' },
      { id: 'hals', text: 'Ont i halsen? Ring 1177.' },
    ]);
    const find = (stems: string[]) =>
      search.search(stems.join(' '), { tokenize: (q) => q.split(' '), processTerm: (t) => t }).map((r) => r.id);
    expect(find(['när', 'vård'])).toEqual(['nara']);
    expect(find([stem('hals')])).toEqual(['hals']);
    expect(find(['när'])).toEqual(['nara']);
  });
});
