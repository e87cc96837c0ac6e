import { describe, expect, it } from 'vitest';
import { interrogativeOf } from './interrogative';

describe('interrogativeOf', () => {
  it.each([
    ['Varför behövs nära vård?', 'why'],
    ['varfor behovs nara vard', 'why'],
    ['Och när beslutades den?', 'when'],
    ['Vem finansierar det?', 'who'],
    ['Vad är målbilden?', 'what'],
    ['Vilka är de fyra delområdena?', 'what'],
    ['vilket år?', 'when'],
    ['Är det därför man gör omställningen?', 'why'],
    ['What year was it decided?', 'when'],
    ['Hur lång tid ska omställningen ta?', 'how'],
    ['Var kan jag läsa mer?', 'where'],
    ['Strängnäs, vad gör kommunen?', 'what'],
    ['Why is the reform needed?', 'why'],
  ] as const)('%j → %s', (text, expected) => {
    expect(interrogativeOf(text)).toBe(expected);
  });

  it.each(['målbild norrbotten', 'Det var bra', ''])('finds none in %j', (text) => {
    expect(interrogativeOf(text)).toBeNull();
  });
});
