import { describe, expect, it } from 'vitest';
import { asksForANumber, givesANumber } from './asks-for-a-number';

describe('asksForANumber', () => {
  it('reads "hur många", "hur mycket" and "how many", with or without å/ä/ö', () => {
    for (const q of ['Hur många undersköterskor är anställda i Arvika?', 'hur manga kommuner ar med', 'How many municipalities take part?', 'Hur mycket kostar det?']) {
      expect(asksForANumber(q), q).toBe(true);
    }
    for (const q of ['Vad är nära vård?', 'Hur fungerar det?', 'Många undrar vad nära vård är']) expect(asksForANumber(q), q).toBe(false);
  });
});

describe('givesANumber', () => {
  it('finds numbers in figures and words, not "en" or "ett"', () => {
    for (const t of ['Målbilden har fyra delområden.', 'Länets 16 kommuner', 'ett tiotal', 'Both regions', 'hälften av alla']) expect(givesANumber(t), t).toBe(true);
    for (const t of ['Nära vård är ett nytt sätt att arbeta för en bättre vård.', 'Undersköterskor får ett förändrat arbetssätt.']) expect(givesANumber(t), t).toBe(false);
  });
});
