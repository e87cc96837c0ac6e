import { foldPattern } from './fold-for-matching';

/**
 * What a rule looks for, in data. Shared by the safety triage and the intents.
 *
 * Every string is a regular-expression source matched against folded text
 * (see `foldForMatching`: lowercase a–z, 0–9 and single spaces, no å/ä/ö), so:
 * - write lowercase Swedish; å/ä/ö in a pattern are folded too, so `bröst` also matches "brost";
 * - words are separated by exactly one space; punctuation is gone, so never match on `?` or `,`;
 * - use `\b` for word edges; `^` and `$` are the start and end of the whole message.
 */
export type MatcherSpec = {
  /** The rule fires when ANY of these, a fuzzy word or a phrase matches (and `requires` and `unless` agree). */
  patterns?: readonly string[];
  /**
   * Single words matched with one typo allowed (a letter wrong, missing, extra or two swapped), as the
   * start of a word, so `självmord` also catches "sjävmordstankar". Only for words of 6+ letters that
   * are never harmless: the start-of-word match includes every compound.
   */
  fuzzy?: readonly string[];
  /**
   * Literal phrases, any of which fires the rule when it stands in the text as whole words ("ligger helt
   * stilla", "kameror i väggarna"): for long lists of the ways people describe one situation. Written as a
   * visitor writes them; compared after the same folding as the text.
   */
  phrases?: readonly string[];
  /** Every group must ALSO have a match: e.g. a symptom AND a person it happens to. */
  requires?: readonly (readonly string[])[];
  /** The rule does not fire when any of these matches: keep them narrow, a miss here is silent. */
  unless?: readonly string[];
};

/** A compiled spec: takes text already folded by `foldForMatching`. */
export type TextMatcher = (folded: string) => boolean;

/** Shortest word `fuzzy` accepts: shorter ones sit one typo away from too many innocent words. */
export const MIN_FUZZY_LENGTH = 6;

/** Compiles a spec once; throws naming `id` when a pattern is not a valid regular expression. */
/** For phrases: the words a word of the text may stand for (itself, and what a slip of it may be). */
export type WordVariants = (word: string) => readonly string[];

export const compileMatcher = (id: string, spec: MatcherSpec, variants: WordVariants = (word) => [word]): TextMatcher => {
  const compile = (sources: readonly string[] = []): RegExp[] =>
    sources.map((source) => {
      try {
        return new RegExp(foldPattern(source), 'u');
      } catch (error) {
        throw new Error(`rule ${id}: invalid pattern ${JSON.stringify(source)}: ${(error as Error).message}`);
      }
    });
  const patterns = compile(spec.patterns);
  const requires = (spec.requires ?? []).map((group) => compile(group));
  const unless = compile(spec.unless);
  const fuzzy = (spec.fuzzy ?? []).map((word) => {
    const folded = foldPattern(word);
    if (!/^[a-z]+$/.test(folded) || folded.length < MIN_FUZZY_LENGTH) {
      throw new Error(`rule ${id}: fuzzy word ${JSON.stringify(word)} must be one word of at least ${MIN_FUZZY_LENGTH} letters`);
    }
    return folded;
  });
  const phrases = phraseIndex(spec.phrases ?? []);
  if (!patterns.length && !fuzzy.length && !phrases.size) throw new Error(`rule ${id}: needs patterns, fuzzy words or phrases`);

  return (folded) => {
    const hit =
      patterns.some((re) => re.test(folded)) ||
      (fuzzy.length > 0 && folded.split(' ').some((token) => fuzzy.some((word) => startsWithinOneEdit(token, word)))) ||
      (phrases.size > 0 && hasPhrase(folded, phrases, variants));
    return (
      hit &&
      requires.every((group) => group.some((re) => re.test(folded))) &&
      !unless.some((re) => re.test(folded))
    );
  };
};

/** Phrases by their first word, as word lists, for a lookup per word of the text instead of a scan of the list. */
const phraseIndex = (phrases: readonly string[]): Map<string, string[][]> => {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ').filter(Boolean);
    if (!words.length) continue;
    const list = index.get(words[0]!) ?? [];
    list.push(words);
    index.set(words[0]!, list);
  }
  return index;
};

/** Whether a phrase stands in the text as whole words, each word of the text read as any of its variants. */
const hasPhrase = (folded: string, phrases: Map<string, string[][]>, variants: WordVariants): boolean => {
  const words = folded.split(' ');
  const read = words.map((word) => variants(word));
  for (let i = 0; i < words.length; i++) {
    for (const first of read[i]!) {
      const candidates = phrases.get(first);
      // A one-word phrase matches only as written: a slip is forgiven only with the rest of a phrase around it.
      if (candidates?.some((phrase) => phrase.length <= words.length - i && phrase.every((word, j) => (phrase.length === 1 ? words[i] === word : read[i + j]!.includes(word))))) return true;
    }
  }
  return false;
};

/** True when some start of `token` is at most one edit from `word`. */
export const startsWithinOneEdit = (token: string, word: string): boolean => {
  for (let length = word.length - 1; length <= word.length + 1; length++) {
    if (length <= token.length && withinOneEdit(token.slice(0, length), word)) return true;
  }
  return false;
};

/** Damerau distance ≤ 1: equal, or one substitution, insertion, deletion or swap of neighbours. */
export const withinOneEdit = (a: string, b: string): boolean => {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    return (
      a.slice(i + 1) === b.slice(i + 1) ||
      (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
};
