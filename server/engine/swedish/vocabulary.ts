import { editDistance, letterMask, popcount } from './edit-distance';
import { fold, hasDiacritics } from './fold';
import { isQuestionWord } from './interrogative';
import { stem } from './stem';
import { isContentWord, isStopword } from './stopwords';
import { LruMemo } from '../lru-memo';

/** How a query token was matched to the knowledge base's words. */
export type Via = 'exact' | 'diacritics' | 'compound' | 'synonym' | 'typo';

/** One word a query token stands for. A compound token resolves to one term per part. */
export type ResolvedTerm = {
  /** A word of the vocabulary (for 'exact', the token itself). */
  readonly word: string;
  /** What to search the index for. */
  readonly stem: string;
  /** How sure the match is, 0–1; the engine multiplies it into the term's boost. */
  readonly weight: number;
  readonly via: Via;
};

// How much each kind of match is trusted.
export const WEIGHTS = {
  exact: 1,
  diacritics: 0.95,
  compound: 0.7,
  /** A compound part that only matched with å/ä/ö restored. */
  compoundFolded: 0.65,
  /** The known last part (the head, which carries the meaning) of a compound whose first part is unknown. */
  compoundPartial: 0.5,
  /** The known first part of a compound whose head is unknown: "kommunal(s)katten" is about tax, not the municipality. */
  compoundPartialModifier: 0.25,
  /** A token that is the last part of known compounds: "områdena" in a base that only says "delområden". */
  compoundHead: 0.7,
  /** A token that is the first part of known compounds: "kontakter" in a base that only says "kontaktvägar". */
  compoundModifier: 0.5,
  typo1: 0.8,
  typo2: 0.7,
  /** A typo found only after restoring å/ä/ö, or only between stems. */
  typoFolded: 0.75,
  typoFolded2: 0.65,
  typoStem: 0.75,
  /** A word shortened to its first letter and its last part: "vbotten" for "Västerbotten". */
  abbreviation: 0.8,
} as const;

/** Shortest token that typo matching is tried on: shorter words are too often other real words. */
const TYPO_MIN = 5;
/** From this length two edits are forgiven instead of one. */
const TYPO_TWO_EDITS = 9;
/** Typo matching on the diacritic-free form needs longer tokens: "halsen" must not reach "hälsan". */
const FOLDED_TYPO_MIN = 8;
const FOLDED_TYPO_TWO_EDITS = 12;
const STEM_TYPO_MIN = 6;
const MAX_TYPO_RESULTS = 2;
const MAX_DIACRITIC_RESULTS = 3;
/** Shortest compound part, after removing a linking letter: "mål", "tid", "vård". */
const PART_MIN = 3;
/** A partial compound's known part and unknown rest: long enough to be words, not endings. */
const PARTIAL_KNOWN_MIN = 5;
const PARTIAL_REST_MIN = 4;
/** An abbreviated word's last part ("botten" of "vbotten"): long enough to name one word. */
const ABBREVIATED_REST_MIN = 5;
/** Tokens resolved and remembered per vocabulary: a reading takes up to a millisecond (typos, compounds) and visitors repeat their words. */
const MAX_MEMO = 20_000;
/** A token found as the last part of compounds must stem to at least this many letters ("områd"). */
const HEAD_MIN = 5;
/** Shortest token read as words typed together: shorter ones are too often a word of their own. */
const SEGMENT_MIN = 7;
const HEAD_KEY = 4;
const MAX_HEAD_RESULTS = 3;
const DIGIT = /\p{N}/u;

type Candidate = { key: string; mask: number; words: string[] };

/** The base's words a token typed without å/ä/ö stands for, the most frequent first. */
const withDiacritics = (words: readonly string[]): ResolvedTerm[] =>
  words.slice(0, MAX_DIACRITIC_RESULTS).map((word) => ({ word, stem: stem(word), weight: WEIGHTS.diacritics, via: 'diacritics' as const }));

/**
 * The knowledge base's own content words, and how a visitor's token maps onto them.
 * Built from normalised surface words (duplicates welcome: they count as frequency).
 * Stopwords and lone letters are left out, so they never come back as typo or compound matches.
 */
export class Vocabulary {
  /** This vocabulary's own words, made without its base: another base takes the same layer (`on`). */
  private readonly layer: Layer;
  private readonly memo = new LruMemo<readonly ResolvedTerm[]>(MAX_MEMO);
  private stemSet: ReadonlySet<string> | undefined;
  /** The words this one adds to (a tenant's own words on top of the national base's), or none. */
  private readonly base: Vocabulary | undefined;

  /**
   * @param words surface words (each occurrence counts), or each word with its number of occurrences
   * @param base a vocabulary these words are added to: the result answers as one built from both, without
   *   copying the base (every tenant adds its few own words to the one national vocabulary)
   */
  constructor(words: Iterable<string> | ReadonlyMap<string, number> | Layer, base?: Vocabulary) {
    this.base = base;
    this.layer = words instanceof Layer ? words : new Layer(words);
  }

  /** The same words on another base (a national base edited): nothing of this vocabulary's own is made again. */
  on(base: Vocabulary): Vocabulary {
    return new Vocabulary(this.layer, base);
  }

  /** Number of distinct content words. */
  get size(): number {
    if (!this.base) return this.layer.counts.size;
    let added = 0;
    for (const word of this.layer.counts.keys()) if (!this.base.knows(word)) added++;
    return this.base.size + added;
  }

  knows(word: string): boolean {
    return this.layer.counts.has(word) || !!this.base?.knows(word);
  }

  knowsStem(s: string): boolean {
    return this.layer.byStem.has(s) || !!this.base?.knowsStem(s);
  }

  /** Every stem of a known word: the terms the index can match. */
  stems(): ReadonlySet<string> {
    this.stemSet ??= new Set([...(this.base?.stems() ?? []), ...this.layer.byStem.keys()]);
    return this.stemSet;
  }

  /** Known words with this stem, most frequent first. */
  wordsWithStem(s: string): readonly string[] {
    return this.merged(this.layer.byStem.get(s), this.base?.wordsWithStem(s));
  }

  /** Known words that are this word without å, ä, ö and other marks, most frequent first. */
  private wordsFolded(folded: string): readonly string[] {
    return this.merged(this.layer.byFold.get(folded), this.base?.wordsFolded(folded));
  }

  /** Whether a known word is this word without å, ä, ö and other marks (wordsFolded without making the list). */
  private knowsFolded(folded: string): boolean {
    return this.layer.byFold.has(folded) || !!this.base?.knowsFolded(folded);
  }

  /** How many times the word occurred in the words the vocabulary was built from. */
  frequency(word: string): number {
    return (this.layer.counts.get(word) ?? 0) + (this.base?.frequency(word) ?? 0);
  }

  /** Two layers' lists of words as one, most frequent first (as one vocabulary of both would have it). */
  private merged(own: readonly string[] | undefined, base: readonly string[] | undefined): readonly string[] {
    if (!own?.length) return base ?? [];
    if (!base?.length) return own;
    return [...new Set([...own, ...base])].sort(this.byFrequency);
  }

  private readonly byFrequency = (a: string, b: string) => this.frequency(b) - this.frequency(a) || (a < b ? -1 : 1);

  /**
   * What a normalised query token stands for, tried in order: exact (the word, or another form
   * with the same stem) → diacritics restored → compound split → typo → one known part of a
   * compound (weight 0.5). [] when nothing fits:
   * the caller counts the token as an uncovered part of the question.
   */
  resolve(token: string): ResolvedTerm[] {
    return this.memo.get(token, () => Object.freeze(this.resolveUncached(token).map((t) => Object.freeze(t)))).slice();
  }

  private resolveUncached(token: string): ResolvedTerm[] {
    if (!isContentWord(token)) return [];
    const tokenStem = stem(token);
    const folded = fold(token);
    const sameFold = this.wordsFolded(folded);
    // The index holds stems, so a form the base never used ("vårdcentralerna") is as good as exact. But a
    // form typed without å/ä/ö that meets a stem only by its stem may be another word the base does use
    // as typed: "behovs" is "behov" or "behövs"; both are read.
    if (this.knows(token) || this.knowsStem(tokenStem)) {
      const exact: ResolvedTerm = { word: token, stem: tokenStem, weight: WEIGHTS.exact, via: 'exact' };
      if (this.knows(token) || !sameFold.length || hasDiacritics(token)) return [exact];
      return [exact, ...withDiacritics(sameFold.filter((word) => word !== token && stem(word) !== tokenStem))];
    }
    if (DIGIT.test(token)) return [];

    if (sameFold.length) return withDiacritics(sameFold);

    const parts = this.splitCompound(token);
    if (parts) return parts;

    const typos = this.typo(token);
    if (typos.length) return typos;

    const heads = this.compoundsEndingIn(tokenStem);
    if (heads.length) return heads;

    const modified = this.compoundsStartingWith(tokenStem);
    if (modified.length) return modified;

    const abbreviated = this.abbreviated(folded);
    if (abbreviated) return [abbreviated];

    const part = this.partialCompound(token);
    return part ? [part] : [];
  }

  /**
   * The one known word a token shortens to its first letter and its last part, as visitors write place names
   * ("vbotten" for Västerbotten): the last part at least five letters, the word at least three longer. Null when
   * no word, or more than one (folded), fits.
   */
  private abbreviated(folded: string): ResolvedTerm | null {
    const rest = folded.slice(1);
    if (rest.length < ABBREVIATED_REST_MIN || DIGIT.test(folded)) return null;
    const fits = new Set(this.wordsEndingIn(folded.slice(-ABBREVIATED_REST_MIN))
      .filter((word) => word.length - folded.length >= 3 && fold(word[0]!) === folded[0] && fold(word).endsWith(rest)));
    if (new Set([...fits].map(fold)).size !== 1) return null;
    const word = [...fits].sort(this.byFrequency)[0]!;
    return { word, stem: stem(word), weight: WEIGHTS.abbreviation, via: 'compound' };
  }

  /** Words whose folded form ends in `end` (ABBREVIATED_REST_MIN letters), in this vocabulary and its base. */
  private wordsEndingIn(end: string): readonly string[] {
    return this.merged(this.layer.byWordEnd.get(end), this.base?.wordsEndingIn(end));
  }

  // ---- compounds ----

  /**
   * Known compounds whose last part is the token: "områdena" → "delområden". A visitor often names
   * the head of a compound the text uses; the most frequent few are kept.
   */
  private compoundsEndingIn(tokenStem: string): ResolvedTerm[] {
    if (tokenStem.length < HEAD_MIN || DIGIT.test(tokenStem)) return [];
    return this.stemsByKey('byStemEnd', tokenStem.slice(-HEAD_KEY))
      // The first part must be a word of the base too: "gemensam" is not "gem" + "ensam".
      .filter((s) => s.endsWith(tokenStem) && s.length - tokenStem.length >= PART_MIN && this.isKnownPart(s.slice(0, -tokenStem.length)))
      .map((s) => this.wordsWithStem(s)[0]!)
      .sort(this.byFrequency)
      .slice(0, MAX_HEAD_RESULTS)
      .map((word) => ({ word, stem: stem(word), weight: WEIGHTS.compoundHead, via: 'compound' as const }));
  }

  /**
   * Known compounds whose first part is the token: "kontakter" → "kontaktvägar". Weaker than a head: the
   * first part says what kind, not what; the most frequent few are kept.
   */
  private compoundsStartingWith(tokenStem: string): ResolvedTerm[] {
    if (tokenStem.length < HEAD_MIN || DIGIT.test(tokenStem)) return [];
    return this.stemsByKey('byStemStart', tokenStem.slice(0, HEAD_KEY))
      .filter((s) => s.startsWith(tokenStem) && s.length - tokenStem.length >= PART_MIN + (s[tokenStem.length] === 's' ? 1 : 0))
      .map((s) => this.wordsWithStem(s)[0]!)
      .sort(this.byFrequency)
      .slice(0, MAX_HEAD_RESULTS)
      .map((word) => ({ word, stem: stem(word), weight: WEIGHTS.compoundModifier, via: 'compound' as const }));
  }

  /**
   * Words typed together without spaces ("naramig", "godochnaravard", "tillsammansförmintrygghet"): the
   * token read as known words and stopwords, the fewest pieces first. Only when a stopword is among them: a
   * compound never holds "och", "på" or "mig", so "sommarjobb" stays one word. Null when it cannot be read so.
   */
  segment(token: string): string[] | null {
    if (token.length < SEGMENT_MIN || DIGIT.test(token)) return null;
    const f = fold(token);
    const isPiece = (p: string) => p.length >= 2 && (this.knowsFolded(p) || this.knows(p) || isStopword(p));
    // best[i]: the fewest pieces that make f[0, i), or undefined.
    const best: (string[] | undefined)[] = [[]];
    for (let i = 1; i <= f.length; i++) {
      for (let j = Math.max(0, i - 20); j < i; j++) {
        const before = best[j];
        const piece = f.slice(j, i);
        if (before && isPiece(piece) && (!best[i] || before.length + 1 < best[i]!.length)) best[i] = [...before, piece];
      }
    }
    const pieces = best[f.length];
    // A two-letter stopword at the end ("vänlig|en", "stor|a") is more likely an ending than a word.
    const last = pieces?.at(-1) ?? '';
    if (!pieces || (last.length < 3 && isStopword(last))) return null;
    // Mostly small words around one content word ("ord|för|än|den" for "ordföranden") is a word the base does not
    // know, not words typed together, which carry content ("nara|mig", "god|och|nara|vard").
    // A question typed whole opens with its question word ("vad|ar|viktigt|for|dig"), as no word does.
    const small = pieces.filter((p) => isStopword(p)).length;
    const content = pieces.length - small;
    const question = pieces.length >= 3 && isQuestionWord(pieces[0]!);
    return pieces.length > 1 && small > 0 && content > 0 && (small <= content + 1 || question) ? pieces : null;
  }

  /** A compound's first part as the base has it, as a stem or a word, with or without a linking "s". */
  private isKnownPart(part: string): boolean {
    const bare = part.endsWith('s') ? part.slice(0, -1) : part;
    return [part, bare].some((p) => p.length >= PART_MIN && (this.knowsStem(p) || this.knows(p) || this.knowsStem(stem(p))));
  }

  /**
   * The known parts of a word, known or not, when it is a compound of other known words:
   * "delområden" → del + områden. Null for a word that is not one. The index uses the last part, so
   * a visitor's "områdena" finds a text that only says "delområden".
   */
  compoundParts(word: string): ResolvedTerm[] | null {
    return isContentWord(word) && !DIGIT.test(word) ? this.splitCompound(word) : null;
  }

  /**
   * Splits an unknown compound into 2 (else 3) known parts: "omställningsarbetet" → omställning +
   * arbetet. Prefers fewer parts, then the split whose shortest part is longest, so
   * "primärvårdsreformen" is primärvård + reformen, not primär + vårds + reformen.
   */
  private splitCompound(token: string): ResolvedTerm[] | null {
    if (token.length < PART_MIN * 2) return null;
    const allowFold = !hasDiacritics(token);
    const splits: { parts: ResolvedTerm[]; lengths: number[] }[] = [];
    for (let i = PART_MIN; i <= token.length - PART_MIN; i++) {
      const head = this.knownHead(token.slice(i), allowFold);
      if (!head) continue;
      const modifier = this.knownModifier(token.slice(0, i), allowFold);
      if (modifier) splits.push({ parts: [modifier, head], lengths: [i, token.length - i] });
    }
    if (!splits.length) {
      for (let i = PART_MIN; i <= token.length - PART_MIN * 2; i++) {
        const first = this.knownModifier(token.slice(0, i), allowFold);
        if (!first) continue;
        for (let j = i + PART_MIN; j <= token.length - PART_MIN; j++) {
          const head = this.knownHead(token.slice(j), allowFold);
          if (!head) continue;
          const middle = this.knownModifier(token.slice(i, j), allowFold);
          if (middle) splits.push({ parts: [first, middle, head], lengths: [i, j - i, token.length - j] });
        }
      }
    }
    let best: { parts: ResolvedTerm[]; score: number[] } | undefined;
    for (const { parts, lengths } of splits) {
      const score = [Math.min(...lengths), lengths.reduce((sum, l) => sum + l * l, 0)];
      if (!best || compareScores(score, best.score) > 0) best = { parts, score };
    }
    return best?.parts ?? null;
  }

  /**
   * A compound with one part the base never uses, as a last resort: "primärvårdsreformen" in a
   * base without "reform" still says primärvård, at a low weight. Guarded against words that
   * merely begin or end like a known word ("kommunikation" is not kommun + "ikation"): a known
   * first part needs the linking s after it, a known last part must be at least 5 letters.
   */
  private partialCompound(token: string): ResolvedTerm | null {
    let best: ResolvedTerm | null = null;
    let bestLength = 0;
    for (let i = PARTIAL_KNOWN_MIN; i <= token.length - 1 - PARTIAL_REST_MIN; i++) {
      if (token[i] !== 's' || i <= bestLength) continue;
      const known = this.knownWordOrStem(token.slice(0, i));
      if (known) [best, bestLength] = [{ ...known, weight: WEIGHTS.compoundPartialModifier }, i];
    }
    for (let i = PARTIAL_REST_MIN; i <= token.length - PARTIAL_KNOWN_MIN; i++) {
      if (token.length - i <= bestLength) break;
      const known = this.knownWordOrStem(token.slice(i));
      if (known) [best, bestLength] = [{ ...known, weight: WEIGHTS.compoundPartial }, token.length - i];
    }
    return best;
  }

  private knownWordOrStem(part: string): ResolvedTerm | null {
    if (!isContentWord(part)) return null;
    const partStem = stem(part);
    const word = this.knows(part) ? part : this.wordsWithStem(partStem)[0];
    return word ? { word, stem: stem(word), weight: WEIGHTS.compound, via: 'compound' } : null;
  }

  /** The last part keeps its inflection ("arbetet", "reformen"): knownPart matches it by stem too. */
  private knownHead(part: string, allowFold: boolean): ResolvedTerm | null {
    return this.knownPart(part, allowFold);
  }

  /**
   * A leading part may carry a linking letter or have lost its last vowel: omställning-s-,
   * hälso- (hälsa), gatu- (gata), flick- (flicka), pojk- (pojke).
   */
  private knownModifier(part: string, allowFold: boolean): ResolvedTerm | null {
    const variants = [part];
    const last = part.at(-1);
    if (last === 's') variants.push(part.slice(0, -1));
    if (last === 'o' || last === 'u' || last === 'e') variants.push(`${part.slice(0, -1)}a`);
    if (last === 'a' || last === 'e' || last === 'o' || last === 'u') variants.push(part.slice(0, -1));
    variants.push(`${part}a`, `${part}e`);
    for (const v of variants) {
      if (v.length < PART_MIN) continue;
      const known = this.knownPart(v, allowFold);
      if (known) return known;
    }
    return null;
  }

  private knownPart(part: string, allowFold: boolean): ResolvedTerm | null {
    if (!isContentWord(part)) return null;
    if (this.knows(part)) return { word: part, stem: stem(part), weight: WEIGHTS.compound, via: 'compound' };
    const partStem = stem(part);
    const sameStem = this.wordsWithStem(partStem);
    if (sameStem?.[0]) return { word: sameStem[0], stem: partStem, weight: WEIGHTS.compound, via: 'compound' };
    if (allowFold) {
      const word = this.wordsFolded(part)[0];
      if (word) return { word, stem: stem(word), weight: WEIGHTS.compoundFolded, via: 'compound' };
    }
    return null;
  }

  // ---- typos ----

  private typo(token: string): ResolvedTerm[] {
    if (token.length < TYPO_MIN) return [];
    const max = token.length >= TYPO_TWO_EDITS ? 2 : 1;
    const found = this.nearest('wordBuckets', token, max, (word) => word);
    if (found.length) {
      return this.best(found).map(({ word, distance }) => ({
        word, stem: stem(word), weight: distance === 1 ? WEIGHTS.typo1 : WEIGHTS.typo2, via: 'typo' as const,
      }));
    }
    // A typo AND missing dots ("omstalningen"): compare with the words' diacritic-free forms.
    if (!hasDiacritics(token) && token.length >= FOLDED_TYPO_MIN) {
      const foldedMax = token.length >= FOLDED_TYPO_TWO_EDITS ? 2 : 1;
      const foldedFound = this.nearest('foldBuckets', token, foldedMax, (folded) => this.wordsFolded(folded)[0]);
      if (foldedFound.length) {
        return this.best(foldedFound).map(({ word, distance }) => ({
          word, stem: stem(word), weight: distance === 1 ? WEIGHTS.typoFolded : WEIGHTS.typoFolded2, via: 'typo' as const,
        }));
      }
    }
    // A typo in an inflected form the base never used ("omstälningarna" → stem of "omställningen").
    const tokenStem = stem(token);
    if (tokenStem.length >= STEM_TYPO_MIN) {
      const stemFound = this.nearest('stemBuckets', tokenStem, 1, (s) => this.wordsWithStem(s)[0]);
      if (stemFound.length) {
        return this.best(stemFound).map(({ word, key }) => ({ word, stem: key, weight: WEIGHTS.typoStem, via: 'typo' as const }));
      }
    }
    return [];
  }

  /**
   * The keys within `max` edits of the token in this vocabulary and its base, each with the most frequent
   * word it stands for (`top`: over both layers).
   */
  private nearest(buckets: 'wordBuckets' | 'foldBuckets' | 'stemBuckets', token: string, max: number, top: (key: string) => string | undefined): Found[] {
    const found = new Map<string, Found>();
    for (let layer: Vocabulary | undefined = this; layer; layer = layer.base) {
      for (const { key, distance } of nearest(layer.layer[buckets], token, max)) {
        const word = found.has(key) ? undefined : top(key);
        if (word !== undefined) found.set(key, { word, key, distance });
      }
    }
    return [...found.values()];
  }

  /** The stems under a key of byStemEnd or byStemStart, in this vocabulary and its base. */
  private stemsByKey(map: 'byStemEnd' | 'byStemStart', key: string): string[] {
    const own = this.layer[map].get(key) ?? [];
    const base = this.base?.stemsByKey(map, key) ?? [];
    return base.length ? [...new Set([...own, ...base])] : own;
  }

  /** The closest candidates, most frequent first, at most MAX_TYPO_RESULTS distinct stems. */
  private best(found: Found[]): Found[] {
    const closest = Math.min(...found.map((f) => f.distance));
    const sorted = found.filter((f) => f.distance === closest)
      .sort((a, b) => this.frequency(b.word) - this.frequency(a.word) || a.word.length - b.word.length || (a.word < b.word ? -1 : 1));
    const out: Found[] = [];
    const stems = new Set<string>();
    for (const f of sorted) {
      const s = stem(f.word);
      if (stems.has(s)) continue;
      stems.add(s);
      out.push(f);
      if (out.length === MAX_TYPO_RESULTS) break;
    }
    return out;
  }
}

type Found = { word: string; key: string; distance: number };

/**
 * A vocabulary's own words and their lookups, made from those words alone: lists are in the order of
 * the words' own counts, which is the order of a vocabulary with a base wherever the base does not
 * know the words (where it does, the lists are merged and sorted again: Vocabulary.merged).
 */
class Layer {
  readonly counts = new Map<string, number>();
  readonly byStem = new Map<string, string[]>();
  readonly byFold = new Map<string, string[]>();
  // Typo candidates bucketed by length: a token of length L only meets words of length L ± max edits.
  readonly wordBuckets = new Map<number, Candidate[]>();
  readonly foldBuckets = new Map<number, Candidate[]>();
  readonly stemBuckets = new Map<number, Candidate[]>();
  /** Stems by their last HEAD_KEY letters, to find compounds that end in a token. */
  readonly byStemEnd = new Map<string, string[]>();
  /** Stems by their first HEAD_KEY letters, to find compounds that begin with a token. */
  readonly byStemStart = new Map<string, string[]>();
  /** Words of 8+ letters by the last ABBREVIATED_REST_MIN letters of their folded form, to read "vbotten". */
  readonly byWordEnd = new Map<string, string[]>();

  constructor(words: Iterable<string> | ReadonlyMap<string, number>) {
    if (words instanceof Map) {
      for (const [word, count] of words as ReadonlyMap<string, number>) if (count > 0 && isContentWord(word)) this.counts.set(word, count);
    } else {
      for (const word of words as Iterable<string>) {
        if (!isContentWord(word)) continue;
        this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
      }
    }
    const byFrequency = [...this.counts.keys()].sort((a, b) => this.counts.get(b)! - this.counts.get(a)! || (a < b ? -1 : 1));
    for (const word of byFrequency) {
      push(this.byStem, stem(word), word);
      if (DIGIT.test(word)) continue;
      push(this.byFold, fold(word), word);
      if (word.length >= ABBREVIATED_REST_MIN + 3) push(this.byWordEnd, fold(word).slice(-ABBREVIATED_REST_MIN), word);
      bucket(this.wordBuckets, word, [word]);
    }
    for (const [folded, list] of this.byFold) bucket(this.foldBuckets, folded, list);
    for (const [s, list] of this.byStem) if (!DIGIT.test(s)) bucket(this.stemBuckets, s, list);
    for (const s of this.byStem.keys()) {
      if (s.length < HEAD_MIN + PART_MIN) continue;
      push(this.byStemEnd, s.slice(-HEAD_KEY), s);
      push(this.byStemStart, s.slice(0, HEAD_KEY), s);
    }
  }
}

const nearest = (buckets: Map<number, Candidate[]>, token: string, max: number): { key: string; distance: number }[] => {
  const mask = letterMask(token);
  const found: { key: string; distance: number }[] = [];
  for (let len = token.length - max; len <= token.length + max; len++) {
    for (const c of buckets.get(len) ?? []) {
      if (popcount(mask ^ c.mask) > 2 * max) continue;
      const distance = editDistance(token, c.key, max);
      if (distance <= max && c.words[0] !== undefined) found.push({ key: c.key, distance });
    }
  }
  return found;
};

const push = (map: Map<string, string[]>, key: string, word: string) => {
  const list = map.get(key);
  if (list) list.push(word);
  else map.set(key, [word]);
};

const bucket = (buckets: Map<number, Candidate[]>, key: string, words: string[]) => {
  const candidate = { key, mask: letterMask(key), words };
  const list = buckets.get(key.length);
  if (list) list.push(candidate);
  else buckets.set(key.length, [candidate]);
};

const compareScores = (a: number[], b: number[]): number => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
};
