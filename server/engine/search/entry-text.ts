import { withoutSourceLine } from '../../knowledge/source-line';
import type { Entry } from '../../knowledge/entry-schema';
import { questionKey } from '../normalize';
import { interrogativeOfTokens, normalizeText, tokenizeForIndex, type Interrogative } from '../swedish';

/** What the index needs of an entry's text, the same in every tenant's index. */
export type EntryText = {
  /** Tokens of the indexed fields: normalised surface words, stopwords still in. */
  readonly tokens: { readonly questions: readonly string[]; readonly keywords: readonly string[]; readonly body: readonly string[] };
  /** Tokens of each listed question. */
  readonly questionTokens: readonly (readonly string[])[];
  readonly questionKeys: readonly string[];
  /** The share of the listed questions that ask each kind of question ("varför…" → 'why'). */
  readonly interrogatives: ReadonlyMap<Interrogative, number>;
};

/**
 * By entry object: the loader keeps an unchanged file's `Entry` across reloads, so its text is
 * tokenised once, not once per tenant and per reload. Entries are immutable; weak, so it goes with them.
 */
const analysed = new WeakMap<Entry, EntryText>();

export const entryText = (entry: Entry): EntryText => {
  let text = analysed.get(entry);
  if (!text) {
    const questionTokens = entry.questions.map(tokenizeForIndex);
    text = {
      tokens: {
        // The questions' tokens one after another, as tokenising them joined would give.
        questions: questionTokens.flat(),
        keywords: tokenizeForIndex(entry.keywords.join('\n')),
        body: tokenizeForIndex(stripMarkdown(withoutSourceLine(entry.body))),
      },
      questionTokens,
      questionKeys: entry.questions.map(questionKey),
      interrogatives: shares(questionTokens.map(interrogativeOfTokens)),
    };
    analysed.set(entry, text);
  }
  return text;
};

/** Links keep their text, emphasis marks go: the index sees words, not Markdown. */
export const stripMarkdown = (md: string): string =>
  normalizeText(md.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_#>`]/g, ' '));

/** How often each kind occurs among the listed questions, as a share of them. */
const shares = (kinds: (Interrogative | null)[]): Map<Interrogative, number> => {
  const counts = new Map<Interrogative, number>();
  for (const k of kinds) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const [k, n] of counts) counts.set(k, n / kinds.length);
  return counts;
};
