import type { Entry } from '../../knowledge/entry-schema';
import { processTermForIndex } from '../swedish/analyze-document';
import { entryText } from './entry-text';

/**
 * By entry object, made when an entry is first ranked closely (most never are): entries are immutable, and an
 * unchanged file keeps its `Entry` across reloads.
 */
const made = new WeakMap<Entry, ReadonlySet<string>>();

/**
 * The pairs of content words that stand next to each other (stopwords between them aside) in an entry's listed
 * questions and its text, by stem, as "stem stem": "Att förebygga sjukdom och ohälsa …" has "förebygg sjukdom",
 * "Det ska vara lätt för invånaren …" has "lätt invån". Each listed question on its own.
 */
export const entryPairs = (entry: Entry): ReadonlySet<string> => {
  let pairs = made.get(entry);
  if (!pairs) {
    const text = entryText(entry);
    const found = new Set<string>();
    for (const tokens of [...text.questionTokens, text.tokens.body]) {
      let before: string | null = null;
      for (const token of tokens) {
        const stem = processTermForIndex(token);
        if (stem === null) continue;
        if (before !== null && before !== stem) found.add(`${before} ${stem}`);
        before = stem;
      }
    }
    made.set(entry, (pairs = found));
  }
  return pairs;
};

/** The share of a question's word pairs an entry has (0 when the question has none). */
export const pairShare = (entry: Entry, pairs: readonly string[]): number => {
  if (!pairs.length) return 0;
  const own = entryPairs(entry);
  let shared = 0;
  for (const pair of pairs) if (own.has(pair)) shared++;
  return shared / pairs.length;
};
