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
  /** The rule fires when ANY of these matches (and `requires` and `unless` agree). */
  patterns?: readonly string[];
  /**
   * Single words matched with one typo allowed (a letter wrong, missing, extra or two swapped), as the
   * start of a word, so `självmord` also catches "sjävmordstankar". Only for words of 6+ letters that
   * are never harmless: the start-of-word match includes every compound.
   */
  fuzzy?: readonly string[];
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
export const compileMatcher = (id: string, spec: MatcherSpec): TextMatcher => {
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
  if (!patterns.length && !fuzzy.length) throw new Error(`rule ${id}: needs patterns or fuzzy words`);

  return (folded) => {
    const hit =
      patterns.some((re) => re.test(folded)) ||
      (fuzzy.length > 0 && folded.split(' ').some((token) => fuzzy.some((word) => startsWithinOneEdit(token, word))));
    return (
      hit &&
      requires.every((group) => group.some((re) => re.test(folded))) &&
      !unless.some((re) => re.test(folded))
    );
  };
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
