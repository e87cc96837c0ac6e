import { describe, expect, it } from 'vitest';
import { straightenWordOrder } from './word-order';

describe('straightenWordOrder', () => {
  it.each([
    ['nu andas han knappt', 'nu han andas knappt'],
    ['varfor kan jag inte andas', 'varfor jag kan inte andas'],
    ['sen dess bloder hon jattemycket', 'sen dess hon bloder jattemycket'],
    ['idag svarar pappa inte', 'idag pappa svarar inte'],
    ['imorgon finns jag inte', 'imorgon jag finns inte'],
  ])('puts the subject the verb put behind it back before the verb: %j', (text, read) => {
    expect(straightenWordOrder(text)).toBe(read);
  });

  it.each([
    ['battre om jag inte fanns', 'battre om jag fanns inte'],
    ['hon sa att hon inte kommer finnas imorgon', 'hon sa att hon kommer inte finnas imorgon'],
    ['jag kanner att jag inte orkar leva', 'jag kanner att jag orkar inte leva'],
  ])('puts "not" behind the verb in a subordinate clause: %j', (text, read) => {
    expect(straightenWordOrder(text)).toBe(read);
  });

  it.each(['jag kan inte andas', 'vad ar nara vard', 'han andas inte'])(
    'keeps plain order: %j',
    (text) => {
      expect(straightenWordOrder(text)).toBe(text);
    },
  );
});
