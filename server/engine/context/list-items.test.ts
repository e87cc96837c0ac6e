import { describe, expect, it } from 'vitest';
import { itemNamedIn, itemNames, listItems, pointsAtSuggestion, wordsOf } from './list-items';

describe('listItems', () => {
  it('reads the first list of an answer as plain text', () => {
    const body = 'Fyra delområden:\n- Min **egen kraft** tas tillvara\n- Tillsammans för [min trygghet](https://x.se)\n\nKälla: x\n- not this';
    expect(listItems(body)).toEqual(['Min egen kraft tas tillvara', 'Tillsammans för min trygghet']);
  });

  it('reads numbered lists and finds none in prose', () => {
    expect(listItems('1. ett\n2) två')).toEqual(['ett', 'två']);
    expect(listItems('Bara text, inga punkter.')).toEqual([]);
  });
});

describe('pointsAtSuggestion', () => {
  it.each(['det andra förslaget', 'alternativ 2', 'den tredje frågan'])('%j names a suggestion', (text) => {
    expect(pointsAtSuggestion(text)).toBe(true);
  });
  it.each(['den tredje', 'berätta mer om den sista', 'vad betyder den första delen'])('%j does not', (text) => {
    expect(pointsAtSuggestion(text)).toBe(false);
  });
});

describe('itemNamedIn', () => {
  const items = ['Tillsammans: samarbete med dig', 'Nära: jämlik vård i hela länet', 'God hälsa, vård och omsorg: effektiv vård'];
  it.each([
    ['vad betyder Nära?', items[1]],
    ['och delen som heter nara?', items[1]],
    ['God hälsa, vård och omsorg?', items[2]],
    ['vem ansvarar för tillsammansdelen?', items[0]],
    ['vad innebär Nära-biten?', items[1]],
  ])('%j names %j', (text, item) => {
    expect(itemNamedIn(wordsOf(text), items, itemNames(items))).toBe(item);
  });
  it.each(['vad är nära vård?', 'Vad betyder nära vård för mig som bor i Strängnäs?', 'hur många delar finns det?', 'vem ansvarar för nära vård?', 'vem ansvarar för vården i tillsammansdelen?'])('%j names none', (text) => {
    expect(itemNamedIn(wordsOf(text), items, itemNames(items))).toBeUndefined();
  });
});
