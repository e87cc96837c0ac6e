// A large, generated check of the search method alone, beside the hand-written question sets: every
// listed question of every entry a tenant sees, with one word left out at a time, as typed and without
// å/ä/ö. Does the guide still find the entry the question came from? A method that ranks well finds it
// without being told any of these questions (an entry's own question word for word is a shortcut;
// with a word missing it is a search).
import { type Knowledge, entriesFor } from '../../server/knowledge/knowledge';
import type { GradedReply } from './grade';

export type SelfRetrieval = {
  /** Questions asked. */
  asked: number;
  /** Answered with the entry the question came from. */
  answered: number;
  /** A clarification offering that entry. */
  offered: number;
  /** Answered with, or offering only, other entries. */
  wrong: number;
  /** Anything else (fallback, small talk…). */
  other: number;
};

const foldSwedish = (text: string) => text.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o');

/** The variants of one listed question: each word left out in turn, as typed and folded (3 words or more). */
export const variantsOf = (question: string): string[] => {
  const words = question.replace(/[?!.]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length < 3) return [];
  return words.flatMap((_, i) => {
    const shorter = words.filter((_, j) => j !== i).join(' ');
    return [shorter, foldSwedish(shorter)];
  });
};

/** Asks every variant of every entry's questions, each as a new conversation, and counts the outcomes. */
export const selfRetrieval = (knowledge: Knowledge, ask: (tenant: string, text: string) => GradedReply): SelfRetrieval => {
  const tally: SelfRetrieval = { asked: 0, answered: 0, offered: 0, wrong: 0, other: 0 };
  for (const tenant of knowledge.tenants.keys()) {
    for (const entry of entriesFor(knowledge, tenant)) {
      for (const question of entry.questions) {
        for (const text of variantsOf(question)) {
          const reply = ask(tenant, text);
          tally.asked++;
          if (reply.kind === 'answer') reply.entryId === entry.id ? tally.answered++ : tally.wrong++;
          else if (reply.kind === 'clarify') (reply.suggestions as string[] | undefined)?.includes(entry.questions[0]!) ? tally.offered++ : tally.wrong++;
          else tally.other++;
        }
      }
    }
  }
  return tally;
};
