import { fold } from './fold';
import { normalizeText } from './normalize-text';
import { tokenize } from './tokenize';

/** What a question asks for, read from its question word. */
export type Interrogative = 'what' | 'who' | 'when' | 'why' | 'how' | 'where';

const CLASSES: Record<string, Interrogative> = {
  vad: 'what', va: 'what', vilka: 'what', vilken: 'what', vilket: 'what', what: 'what', which: 'what',
  vem: 'who', vems: 'who', who: 'who',
  när: 'when', nar: 'when', when: 'when',
  varför: 'why', varfor: 'why', why: 'why',
  hur: 'how', how: 'how',
  var: 'where', vart: 'where', varifrån: 'where', varifran: 'where', where: 'where',
};
/** Whether a word, folded or not, is a question word ("vad", "nar", "who"). */
export const isQuestionWord = (word: string): boolean => Object.hasOwn(CLASSES, word);
/** What "vilket …?" asks for when it asks when, folded as the tokens are read. */
const TIMES = new Set(['ar', 'artal', 'datum', 'manad', 'year', 'month', 'date']);
/** Words a visitor puts before the question word: "och när…", "men varför…", "asså hur…". */
const LEAD = new Set(['och', 'men', 'så', 'sa', 'asså', 'alltså', 'typ', 'and', 'but', 'so']);

/**
 * The kind of question: "Varför behövs nära vård?" → 'why'. Read from the first word after any
 * lead-in, else from the first question word anywhere except "var" (also a form of "vara").
 * Null for a question without one ("målbild norrbotten").
 *
 * Two entries that cover a question equally well are told apart by it: "varför…" prefers the entry
 * that answers a why-question over the one that defines the same words.
 */
export const interrogativeOf = (text: string): Interrogative | null => interrogativeOfTokens(tokenize(normalizeText(text)));

/** The longest question word: a longer token is none, folded or not. */
const LONGEST = Math.max(...Object.keys(CLASSES).map((w) => w.length));

/** interrogativeOf for a text already normalised and tokenised (tokenizeForIndex). */
export const interrogativeOfTokens = (words: readonly string[]): Interrogative | null => {
  const tokens = words.map((t) => (CLASSES[t] || t.length > LONGEST ? t : fold(t)));
  let i = 0;
  while (i < tokens.length && LEAD.has(tokens[i]!)) i++;
  const first = tokens[i];
  // "vilket år?", "what year": a question of when.
  if ((first === 'vilket' || first === 'vilken' || first === 'what' || first === 'which') && TIMES.has(tokens[i + 1] ?? '')) return 'when';
  if (first && CLASSES[first]) return CLASSES[first];
  for (const token of tokens.slice(i)) if (token !== 'var' && CLASSES[token]) return CLASSES[token];
  // "Är det därför man gör omställningen?": a yes-or-no question about the reason asks why.
  return tokens.includes('darfor') ? 'why' : null;
};
