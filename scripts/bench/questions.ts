// What the bench asks: for each tenant, a fixed, seeded mix of the ways visitors write — an entry's own
// question word for word (the engine's shortcut), the same without å/ä/ö or with a word dropped (full
// search), free questions the base may or may not answer, small talk and the odd safety message.
import type { Knowledge } from '../../server/knowledge/knowledge';
import { entriesFor } from '../../server/knowledge/knowledge';
import { random } from './stats';

const FREE = [
  'vad är nära vård',
  'varför ska vården ställas om?',
  'vem bestämmer om primärvården',
  'hur påverkar omställningen mig som patient',
  'finns det en tidsplan',
  'vad gör kommunen',
  'vilka samarbetar',
  'hur hittar jag min vårdcentral',
  'vad kostar ett besök hos tandläkaren',
  'när öppnar biblioteket',
  'hej',
  'tack för hjälpen',
  'kan jag prata med en människa',
  'jag har ont i bröstet och svårt att andas',
];

const foldSwedish = (text: string) => text.replace(/[åä]/g, 'a').replace(/[ÅÄ]/g, 'A').replace(/ö/g, 'o').replace(/Ö/g, 'O');

const dropWord = (text: string, rnd: () => number) => {
  const words = text.replace(/[?!.]$/, '').split(/\s+/);
  if (words.length < 3) return text.toLowerCase();
  words.splice(1 + Math.floor(rnd() * (words.length - 1)), 1);
  return words.join(' ').toLowerCase();
};

/** `count` questions for each tenant, deterministic for a given knowledge base and seed. */
export const questionMix = (knowledge: Knowledge, count = 200, seed = 7): Record<string, string[]> => {
  const rnd = random(seed);
  const mix: Record<string, string[]> = {};
  for (const tenant of knowledge.tenants.keys()) {
    const entries = entriesFor(knowledge, tenant);
    const list: string[] = [];
    for (let i = 0; i < count; i++) {
      const roll = rnd();
      const entry = entries[Math.floor(rnd() * entries.length)]!;
      const question = entry.questions[Math.floor(rnd() * entry.questions.length)]!;
      if (roll < 0.3) list.push(question);
      else if (roll < 0.55) list.push(foldSwedish(question.toLowerCase()));
      else if (roll < 0.85) list.push(dropWord(question, rnd));
      else list.push(FREE[Math.floor(rnd() * FREE.length)]!);
    }
    mix[tenant] = list;
  }
  return mix;
};
