import { describe, expect, it } from 'vitest';
import { straightenWordOrder } from './word-order';

describe('straightenWordOrder', () => {
  it.each([
    ['nu andas han knappt', 'nu andas knappt'],
    ['varfor kan jag inte andas', 'varfor kan inte andas'],
    ['sen dess bloder hon jattemycket', 'sen dess bloder jattemycket'],
    ['idag svarar pappa inte', 'idag svarar inte'],
  ])('drops the subject the verb put behind it: %j', (text, read) => {
    expect(straightenWordOrder(text)).toBe(read);
  });

  it.each(['battre om jag inte fanns', 'hon sa att hon inte kommer finnas imorgon', 'jag kan inte andas', 'vad ar nara vard'])(
    'keeps a subject after a subjunction or in plain order: %j',
    (text) => {
      expect(straightenWordOrder(text)).toBe(text);
    },
  );
});
