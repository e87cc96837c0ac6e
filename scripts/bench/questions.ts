// What the bench asks: for each tenant, a fixed, seeded mix of the ways visitors write — an entry's own
// question word for word (the engine's shortcut), the same without å/ä/ö or with a word dropped (full
// search), free questions the base may or may not answer, small talk and the odd safety message.
import type { Knowledge } from '../../server/knowledge/knowledge';
import { entriesByOwner, entriesFor, NATIONAL } from '../../server/knowledge/knowledge';
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

/** The listed questions a tenant's visitors may ask about: the national ones and its own (without a copy of the national list per tenant). */
export type QuestionSource = { tenants: readonly string[]; national: readonly string[]; own: (tenant: string) => readonly string[] };

/** A knowledge base's listed questions as a QuestionSource. */
export const questionSource = (knowledge: Knowledge): QuestionSource => {
  const byOwner = entriesByOwner(knowledge.entries.values(), [NATIONAL, ...knowledge.tenants.keys()]);
  const questions = (owner: string) => byOwner.get(owner)?.flatMap((e) => e.questions) ?? [];
  return { tenants: [...knowledge.tenants.keys()], national: questions(NATIONAL), own: questions };
};

/** Ways visitors open or close a question, for unique variants. */
const OPENINGS = ['', '', '', 'hej! ', 'hej, ', 'en fråga: ', 'jag undrar ', 'undrar ', 'snälla, ', 'kan du berätta ', 'hejsan ', 'god morgon, '];
const CLOSINGS = ['', '', '', '?', '??', ' tack', ' egentligen', ' då', ' alltså', ' för min del', ' tack på förhand', ' i korthet'];

/** A typo in one word of five letters or more: two letters swapped, or one left out. */
const typo = (text: string, rnd: () => number) => {
  const words = text.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 5);
  if (!long.length) return text;
  const [word, i] = long[Math.floor(rnd() * long.length)]!;
  const at = 1 + Math.floor(rnd() * (word.length - 2));
  words[i] = rnd() < 0.5 ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word.slice(0, at) + word.slice(at + 1);
  return words.join(' ');
};

/**
 * `count` questions for each tenant, no two alike across all tenants (so no cache of the server's ever
 * answers one; fewer only if the variants run out): the mix's kinds of question, each opened, closed,
 * misspelt or shortened as visitors do, deterministic for a given base and seed. Questions are lower case, as most visitors type.
 */
export const uniqueQuestions = ({ tenants, national, own }: QuestionSource, count = 1000, seed = 11): Record<string, string[]> => {
  const rnd = random(seed);
  const seen = new Set<string>();
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const mix: Record<string, string[]> = {};
  for (const tenant of tenants) {
    const ours = own(tenant);
    const list: string[] = [];
    for (let tries = 0; list.length < count && tries < count * 50; tries++) {
      // A listed question, national or the tenant's own in proportion to their numbers; now and then a free one.
      const i = Math.floor(rnd() * (national.length + ours.length));
      let text = rnd() < 0.85 ? (i < national.length ? national[i]! : ours[i - national.length]!).toLowerCase() : pick(FREE);
      if (rnd() < 0.3) text = foldSwedish(text);
      if (rnd() < 0.3) text = dropWord(text, rnd);
      if (rnd() < 0.4) text = typo(text, rnd);
      text = `${pick(OPENINGS)}${text.replace(/[?.!]+$/, '')}${pick(CLOSINGS)}`.trim();
      if (seen.has(text)) continue;
      seen.add(text);
      list.push(text);
    }
    mix[tenant] = list;
  }
  return mix;
};
