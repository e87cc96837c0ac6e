import type { Entry } from '../../knowledge/entry-schema';
import { questionKeysOf, type QuestionKeys } from './question-keys';
import { stripMarkdown } from './entry-text';
import type { EntryIndex } from './entry-index';
import { FIELD_COUNT } from './postings';
import { rank, TENANT_NAMED_BOOST, type Candidate, type CoveragePart } from './rank';
import {
  analyzeQuery, isLightWord, LIGHT_WEIGHT, processTermForIndex, type Interrogative,
  type QueryAnalysis, type Synonyms, type Vocabulary,
} from '../swedish';

export type { Candidate } from './rank';

/**
 * Share of the rarest word's weight that a word the base does not know carries in coverage. Not all of it:
 * an unknown word is as often a visitor's own filler ("egentligen", "rent") as an off-topic noun, and a
 * polite or wordy question must not fall back for it. Not nothing: "Hur söker jag jobb som sjuksköterska?"
 * is about the job. (Words of another organisation's texts weigh in full: see QueryAnalysis.foreign.)
 */
const UNKNOWN_WORD_WEIGHT = 0.7;

/**
 * The same for a number the base does not know: most often the visitor's own detail, an age or a year ("för
 * mig som är 75"), not what the question is about (a year the texts name is known, and weighs in full).
 */
const UNKNOWN_NUMBER_WEIGHT = 0.2;

/**
 * Share of its weight that a word the visitor used only to say who they are or why they ask carries in coverage
 * ("ordförande", "styrelsemöte"; QueryAnalysis.aside), known or not: the question is what follows "och undrar" or the colon.
 */
const ASIDE_WORD_WEIGHT = 0.25;

/**
 * A long word the base does not know ("riksdagsvalet", "parkeringsavgiften") weighs in full: fillers are short, or
 * adverbs ending in "-ligen" or "-vis" ("egentligen", "naturligtvis"), and a compound this long names what is asked about.
 */
const LONG_UNKNOWN_WORD = /^(?!.*(ligen|vis)$).{12,}$/;

/** Only a word read surely enough (exact, without å/ä/ö, a close typo or compound) counts in questionMatch: a synonym does not. */
const QUESTION_MATCH_MIN_WEIGHT = 0.7;

export type SearchContext = {
  /** Terms of the conversation's topic, added with a low weight and not counted in coverage. */
  analysis: QueryAnalysis;
  /** Entries the conversation is on (the topic and its related ones): a small lift. */
  entryIds: ReadonlySet<string>;
  weight: number;
};

/** The national entries and a tenant's own, as one map, without copying the national ones for each tenant. */
class BothEntries implements ReadonlyMap<string, Entry> {
  constructor(private readonly national: ReadonlyMap<string, Entry>, private readonly own: ReadonlyMap<string, Entry>) {}
  get size() { return this.national.size + this.own.size; }
  get(id: string) { return this.own.get(id) ?? this.national.get(id); }
  has(id: string) { return this.own.has(id) || this.national.has(id); }
  *entries(): MapIterator<[string, Entry]> { yield* this.national.entries(); yield* this.own.entries(); }
  *keys(): MapIterator<string> { for (const [id] of this.entries()) yield id; }
  *values(): MapIterator<Entry> { for (const [, entry] of this.entries()) yield entry; }
  [Symbol.iterator]() { return this.entries(); }
  forEach(callback: (entry: Entry, id: string, map: ReadonlyMap<string, Entry>) => void) { for (const [id, entry] of this.entries()) callback(entry, id, this); }
}

/**
 * What one tenant's visitors search: the national index (one, shared by every tenant) and the tenant's
 * own, read as one with one ranking. Rarity, lengths and the vocabulary are the two parts' added up,
 * so a tenant's search ranks as one index of both would. Cheap to make: a reload makes one per tenant.
 */
export class TenantIndex {
  readonly vocabulary: Vocabulary;
  readonly entries: ReadonlyMap<string, Entry>;
  readonly #parts: readonly [national: EntryIndex, own: EntryIndex];
  readonly #synonyms: Synonyms;
  /** Stems of the tenant's own names ("norrbotten", "region"): they lift its entries when present and are never held against an answer when absent. */
  readonly #placeStems: ReadonlySet<string>;

  constructor(national: EntryIndex, own: EntryIndex, synonyms: Synonyms) {
    this.#parts = [national, own];
    this.#synonyms = synonyms;
    this.entries = new BothEntries(national.entries, own.entries);
    this.vocabulary = own.vocabularyOn(national.vocabulary);
    this.#placeStems = new Set(own.placeTokens.map(processTermForIndex).filter((s): s is string => !!s));
  }

  /** The index parts a tenant's search is made of, for a reload to reuse. */
  get national(): EntryIndex { return this.#parts[0]; }
  get own(): EntryIndex { return this.#parts[1]; }

  /**
   * The entry that lists this question word for word (ignoring punctuation; å, ä, ö may be typed as a, a,
   * o when that still names one entry); `normalized` is normalizeQuestion's text.
   */
  entryForQuestion(normalized: string): string | undefined {
    return this.entryForKeys(questionKeysOf(normalized));
  }

  /** entryForQuestion for keys made once (questionKeysOf), e.g. remembered with the text. */
  entryForKeys({ key, folded }: QuestionKeys): string | undefined {
    const [national, own] = this.#parts;
    const exact = own.entryForKey(key) ?? national.entryForKey(key);
    if (exact) return exact;
    // Typed without å, ä, ö ("vad ar nara vard"): the entry whose question it is, when only one's is.
    const ids = [...(own.entriesForFoldedKey(folded) ?? []), ...(national.entriesForFoldedKey(folded) ?? [])];
    return ids.length === 1 ? ids[0] : undefined;
  }

  /** Whether a visitor's word is one of the tenant's own names ("Värmland", "regionen"): on its own site, no subject of its own. */
  namesTenant(token: string): boolean {
    const stem = processTermForIndex(token);
    return stem !== null && this.#placeStems.has(stem);
  }

  /** @param knownElsewhere whether a word this index does not know is in another organisation's texts */
  analyze(text: string, knownElsewhere?: (token: string) => boolean): QueryAnalysis {
    return analyzeQuery(text, this.vocabulary, this.#synonyms, knownElsewhere);
  }

  /** Whether any of an entry's listed questions asks this kind of question ("vem är…?" → 'who'). */
  asks(entryId: string, kind: Interrogative): boolean {
    return this.#interrogativeShare(entryId, kind) > 0;
  }

  /** The share of an entry's questions asked with this kind of question word: how much it is an answer to "varför…?". */
  askedShare(entryId: string, kind: Interrogative): number {
    return this.#interrogativeShare(entryId, kind);
  }

  /** How rare a stem is here: rare words say more about what the visitor means. */
  idf(stem: string): number {
    const n = this.entries.size || 1;
    return Math.log(1 + n / (this.#documentFrequency(stem) + 0.5));
  }

  /** The best entries for a question (rank.ts), best first; with a context, read against the conversation's topic. */
  search(analysis: QueryAnalysis, context?: SearchContext): Candidate[] {
    const weights = new Map<string, number>();
    for (const t of analysis.terms) weights.set(t.stem, Math.max(weights.get(t.stem) ?? 0, t.weight));
    if (context) {
      for (const t of context.analysis.terms) {
        if (!weights.has(t.stem)) weights.set(t.stem, t.weight * context.weight);
      }
    }
    if (weights.size === 0) return [];
    const stems = [...weights.keys()];
    const index = new Map(stems.map((stem, j) => [stem, j]));
    const [national, own] = this.#parts;
    const n = this.entries.size || 1;
    return rank(this.#parts, {
      stems,
      ...this.#groups(analysis, weights, index),
      averageLengths: Array.from({ length: FIELD_COUNT }, (_, f) => (national.fieldLengthTotal(f) + own.fieldLengthTotal(f)) / n),
      coverage: this.#coverageParts(analysis, index),
      sure: stems.map((stem) => analysis.terms.some((t) => t.stem === stem && t.weight >= QUESTION_MATCH_MIN_WEIGHT)),
      tokenCount: analysis.tokens.length,
      interrogative: analysis.interrogative,
      pairs: analysis.pairs,
      // "…i Västerbotten": the visitor names the organisation, whose own entry is meant before the national one.
      partFactor: [1, analysis.terms.some((t) => this.#placeStems.has(t.stem)) ? TENANT_NAMED_BOOST : 1],
      topic: context?.entryIds,
    });
  }

  #documentFrequency(stem: string): number {
    return this.#parts[0].documentFrequency(stem) + this.#parts[1].documentFrequency(stem);
  }

  #interrogativeShare(entryId: string, kind: Interrogative): number {
    return this.#parts[1].interrogativeShare(entryId, kind) || this.#parts[0].interrogativeShare(entryId, kind);
  }

  /**
   * What scoring a search's candidates needs, once per search: each query stem's weight times its
   * rarity in whole entries, grouped by the visitor's word it stands for, and each field's average
   * length. The parts find the candidates; their score is BM25 but with that rarity instead of
   * the rarity within each field (per field, a word every entry's questions use, "nära", is rare in the
   * few keyword lists that name it, and one such list outweighed every entry that asks about it), and
   * with one visitor's word counted once: its readings (a typo's candidates, its synonyms) are
   * alternatives, and a synonym never says more than the word itself ("omställningen" is in most
   * entries; its synonym "förflyttning" in one, which it must not win for that).
   */
  #groups(analysis: QueryAnalysis, weights: ReadonlyMap<string, number>, index: ReadonlyMap<string, number>) {
    const n = this.entries.size || 1;
    const weightedIdf = new Array<number>(weights.size).fill(0);
    const group = new Array<number>(weights.size).fill(-1);
    const weighted = (stem: string) => {
      const df = this.#documentFrequency(stem);
      return weights.get(stem)! * Math.log(1 + (n - df + 0.5) / (df + 0.5));
    };
    // Each stem counts once, for the first word it stands for.
    const byToken = new Map<string, { index: number; own: number[]; synonyms: number[] }>();
    for (const t of analysis.terms) {
      const j = index.get(t.stem)!;
      if (group[j] !== -1) continue;
      let g = byToken.get(t.token);
      if (!g) byToken.set(t.token, (g = { index: byToken.size, own: [], synonyms: [] }));
      group[j] = g.index;
      weightedIdf[j] = weighted(t.stem);
      (t.via === 'synonym' ? g.synonyms : g.own).push(j);
    }
    // A synonym never says more than the word itself.
    for (const { own, synonyms } of byToken.values()) {
      const most = own.length ? Math.max(...own.map((j) => weightedIdf[j]!)) : Infinity;
      for (const j of synonyms) weightedIdf[j] = Math.min(weightedIdf[j]!, most);
    }
    // Nor a light word more than the question's content words: "Varför pratar ni om nära vård?" is about nära vård
    // and why, not won by the one entry whose listed question says "pratar".
    const content = [...byToken].filter(([token]) => !isLightWord(token)).flatMap(([, g]) => g.own.map((j) => weightedIdf[j]!));
    if (content.length) {
      const most = Math.max(...content);
      for (const [token, g] of byToken) if (isLightWord(token)) for (const j of [...g.own, ...g.synonyms]) weightedIdf[j] = Math.min(weightedIdf[j]!, most);
    }
    // The conversation's topic (a follow-up): each of its stems on its own.
    let groupCount = byToken.size;
    for (const [stem, j] of index) {
      if (group[j] !== -1) continue;
      group[j] = groupCount++;
      weightedIdf[j] = weighted(stem);
    }
    return { group, groupCount, weightedIdf };
  }

  /** How much a word the base does not know weighs, as a share of the rarest word it does. */
  #unknownWeight(token: string, analysis: QueryAnalysis): number {
    if (analysis.foreign.includes(token)) return 1;
    if (LONG_UNKNOWN_WORD.test(token)) return 1;
    return /^\d+$/.test(token) ? UNKNOWN_NUMBER_WEIGHT : UNKNOWN_WORD_WEIGHT;
  }

  /**
   * What the coverage of a question needs that does not depend on the entry, worked out once per search
   * (a search on a large base scores thousands of candidates): per content token, its terms with the
   * share of the token each covers when matched, its weight (IDF, reduced for a light word), and whether
   * it names the tenant.
   */
  #coverageParts(analysis: QueryAnalysis, index: ReadonlyMap<string, number>): CoveragePart[] {
    return analysis.tokens.map((token) => {
      const terms = analysis.terms.filter((t) => t.token === token);
      // A light word, or a slip for one that reads as nothing else ("egentlgen").
      const light = isLightWord(token) || (terms.length > 0 && terms.every((t) => t.via === 'typo' && isLightWord(t.word)));
      // A word the base does not know weighs less than the rarest it does, unless another organisation's texts use it.
      const idf = terms.length ? Math.max(...terms.map((t) => this.idf(t.stem)))
        : this.idf('') * this.#unknownWeight(token, analysis);
      return {
        // A light word's terms carry its reduced weight; matched, it is covered in full.
        terms: terms.map((t) => ({ stem: index.get(t.stem)!, covers: Math.min(1, light ? t.weight / LIGHT_WEIGHT : t.weight) })),
        // A light word the base does not know ("rent", "grann") can match nothing: it only dilutes. Measured:
        // "Hej, jag undrar lite grann vad nära vård egentligen går ut på, rent konkret?" now answers; the sets
        // gained one answer and lost none.
        weight: (light ? (terms.length ? idf * LIGHT_WEIGHT : 0) : idf) * (analysis.aside.includes(token) ? ASIDE_WORD_WEIGHT : 1),
        place: terms.some((t) => this.#placeStems.has(t.stem)),
      };
    });
  }
}

export { stripMarkdown };
