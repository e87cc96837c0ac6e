import type { SearchResult } from 'minisearch';
import type { Entry } from '../../knowledge/entry-schema';
import { NATIONAL } from '../../knowledge/knowledge';
import { questionKeysOf, type QuestionKeys } from './question-keys';
import { stripMarkdown } from './entry-text';
import { EntryIndex, FIELD_MASK, FIELD_SHIFT, type FieldTerms } from './entry-index';
import {
  analyzeQuery, isLightWord, LIGHT_WEIGHT, processTermForIndex, type Interrogative,
  type QueryAnalysis, type Synonyms, type Vocabulary,
} from '../swedish';

/**
 * Field weights in FieldTerms' order (questions, keywords, body, place): a visitor's words match an
 * entry's listed questions best, its keywords next, its text last.
 */
const FIELD_WEIGHTS = [3, 2, 1, 0.5] as const;
/** BM25's parameters, as MiniSearch's defaults: saturation k, length normalisation b, and the floor d of a match (BM25+). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/**
 * Share of the rarest word's weight that a word the base does not know carries in coverage. Not all of it:
 * an unknown word is as often a visitor's own filler ("egentligen", "rent") as an off-topic noun, and a
 * polite or wordy question must not fall back for it. Not nothing: "Hur söker jag jobb som sjuksköterska?"
 * is about the job. (Words of another organisation's texts weigh in full: see QueryAnalysis.foreign.)
 */
const UNKNOWN_WORD_WEIGHT = 0.7;

/**
 * How a candidate's rank is made: BM25 score × coverage^COVERAGE_POWER × (1 + QUESTION_MATCH_FACTOR ×
 * questionMatch) × the factors below. Coverage squared: an entry that accounts for the whole question
 * beats a longer one that matches its rarest word more often (measured: the power 3 and a factor of 1–4
 * changed no set by more than one question).
 */
const COVERAGE_POWER = 2;
/** Up to half again for an entry one of whose listed questions is the visitor's in other words. */
const QUESTION_MATCH_FACTOR = 0.5;
/** Only a word read surely enough (exact, without å/ä/ö, a close typo or compound) counts in questionMatch: a synonym does not. */
const QUESTION_MATCH_MIN_WEIGHT = 0.7;
/** Rank factor for the conversation's topic and its related entries when a follow-up is read against them. */
const TOPIC_BOOST = 1.3;

/**
 * Rank factor for the tenant's own entry when the visitor names the tenant ("…i Västerbotten", "i länet"),
 * over the national one. Measured: 1.5 → 2.5 answered seven more questions right over the visitor sets (the
 * region's own timetable, its own målbild's year, instead of the country's) and lost two; 3 changed nothing more.
 */
const TENANT_NAMED_BOOST = 2.5;

/**
 * Rank factor for an entry all of whose listed questions ask the kind of question the visitor asks, in
 * proportion to the share that do: "varför behövs nära vård?" wants the entry that explains why (most of
 * its questions are "varför…"), not one with a single "varför" among ten. Measured on the four sets: a flat
 * factor of 1.2 → 3 raised precision everywhere; by share, 5 answered four more questions right again.
 */
const INTERROGATIVE_BOOST = 5;

export type Candidate = {
  entry: Entry;
  /** BM25 over the entry's fields with the rarity of each word in whole entries, comparable only within one search. */
  score: number;
  /** Share of the question's content (IDF-weighted) that this entry matches, 0–1. */
  coverage: number;
  /** Best overlap (Dice) between the question's terms and one of the entry's listed questions, 0–1. */
  questionMatch: number;
  /** What candidates are ordered by. */
  rank: number;
};

export type SearchOutcome = { analysis: QueryAnalysis; candidates: Candidate[] };

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

  /** @param knownElsewhere whether a word this index does not know is in another organisation's texts */
  analyze(text: string, knownElsewhere?: (token: string) => boolean): QueryAnalysis {
    return analyzeQuery(text, this.vocabulary, this.#synonyms, knownElsewhere);
  }

  /** Whether any of an entry's listed questions asks this kind of question ("vem är…?" → 'who'). */
  asks(entryId: string, kind: Interrogative): boolean {
    return this.#interrogativeShare(entryId, kind) > 0;
  }

  /** How rare a stem is here: rare words say more about what the visitor means. */
  idf(stem: string): number {
    const n = this.entries.size || 1;
    return Math.log(1 + n / (this.#documentFrequency(stem) + 0.5));
  }

  search(analysis: QueryAnalysis, context?: SearchContext): Candidate[] {
    const weights = new Map<string, number>();
    for (const t of analysis.terms) weights.set(t.stem, Math.max(weights.get(t.stem) ?? 0, t.weight));
    if (context) {
      for (const t of context.analysis.terms) {
        if (!weights.has(t.stem)) weights.set(t.stem, t.weight * context.weight);
      }
    }
    if (weights.size === 0) return [];
    // Each part finds its entries with any of the stems and which of them each has; #scoring ranks them all.
    const stems = [...weights.keys()];
    const parts = this.#coverageParts(analysis);
    const queryStems = new Set(analysis.terms.filter((t) => t.weight >= QUESTION_MATCH_MIN_WEIGHT).map((t) => t.stem));
    const scoring = this.#scoring(analysis, weights);
    const candidates: Candidate[] = [];
    for (const part of this.#parts) {
      for (const r of part.find(stems)) {
        const candidate = this.#candidate(part, r, analysis, parts, queryStems, scoring, context?.entryIds.has(r.id as string) ? TOPIC_BOOST : 1);
        if (candidate) candidates.push(candidate);
      }
    }
    return candidates.sort((a, b) => b.rank - a.rank);
  }

  #documentFrequency(stem: string): number {
    return this.#parts[0].documentFrequency(stem) + this.#parts[1].documentFrequency(stem);
  }

  #interrogativeShare(entryId: string, kind: Interrogative): number {
    return this.#parts[1].interrogativeShare(entryId, kind) || this.#parts[0].interrogativeShare(entryId, kind);
  }

  #candidate(part: EntryIndex, result: SearchResult, analysis: QueryAnalysis, parts: CoveragePart[], queryStems: ReadonlySet<string>, scoring: Scoring, boost: number): Candidate | null {
    const entry = part.entries.get(result.id as string);
    const fields = part.fieldTerms(result.id as string);
    if (!entry || !fields) return null;
    const score = boost * scoreOf(fields, scoring);
    const matched = new Set(result.queryTerms);
    const coverage = coverageOf(parts, matched);
    const questionMatch = questionMatchOf(part.questionStems(entry.id), analysis, matched, queryStems);
    // An entry that answers the same kind of question ("varför…", "när…") is a little more likely meant.
    const share = analysis.interrogative === null ? 0 : part.interrogativeShare(entry.id, analysis.interrogative);
    const sameKind = 1 + (INTERROGATIVE_BOOST - 1) * share;
    // "…i Västerbotten": the visitor names the organisation, whose own entry is meant before the national one.
    const own = entry.tenant !== NATIONAL && analysis.terms.some((t) => this.#placeStems.has(t.stem)) ? TENANT_NAMED_BOOST : 1;
    const rank = score * coverage ** COVERAGE_POWER * (1 + QUESTION_MATCH_FACTOR * questionMatch) * sameKind * own;
    return { entry, score, coverage, questionMatch, rank };
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
  #scoring(analysis: QueryAnalysis, weights: ReadonlyMap<string, number>): Scoring {
    const n = this.entries.size || 1;
    const weighted = (stem: string): ScoredTerm => {
      const df = this.#documentFrequency(stem);
      return [stem, weights.get(stem)! * Math.log(1 + (n - df + 0.5) / (df + 0.5))];
    };
    // Each stem counts once, for the first word it stands for.
    const claimed = new Set<string>();
    const byToken = new Map<string, { own: ScoredTerm[]; synonyms: ScoredTerm[] }>();
    for (const t of analysis.terms) {
      if (claimed.has(t.stem)) continue;
      claimed.add(t.stem);
      let group = byToken.get(t.token);
      if (!group) byToken.set(t.token, (group = { own: [], synonyms: [] }));
      (t.via === 'synonym' ? group.synonyms : group.own).push(weighted(t.stem));
    }
    const groups: ScoredTerm[][] = [];
    for (const { own, synonyms } of byToken.values()) {
      const most = own.length ? Math.max(...own.map(([, w]) => w)) : Infinity;
      groups.push([...own, ...synonyms.map(([stem, w]): ScoredTerm => [stem, Math.min(w, most)])]);
    }
    // The conversation's topic (a follow-up): each of its stems on its own.
    for (const stem of weights.keys()) if (!claimed.has(stem)) groups.push([weighted(stem)]);
    const [national, own] = this.#parts;
    return { groups, averageLengths: FIELD_WEIGHTS.map((_, f) => (national.fieldLengthTotal(f) + own.fieldLengthTotal(f)) / n) };
  }

  /**
   * What the coverage of a question needs that does not depend on the entry, worked out once per search
   * (a search on a large base scores thousands of candidates): per content token, its terms with the
   * share of the token each covers when matched, its weight (IDF, reduced for a light word), and whether
   * it names the tenant.
   */
  #coverageParts(analysis: QueryAnalysis): CoveragePart[] {
    return analysis.tokens.map((token) => {
      const terms = analysis.terms.filter((t) => t.token === token);
      const light = isLightWord(token);
      // A word the base does not know weighs less than the rarest it does, unless another organisation's texts use it.
      const idf = terms.length ? Math.max(...terms.map((t) => this.idf(t.stem)))
        : this.idf('') * (analysis.foreign.includes(token) ? 1 : UNKNOWN_WORD_WEIGHT);
      return {
        // A light word's terms carry its reduced weight; matched, it is covered in full.
        terms: terms.map((t) => ({ stem: t.stem, covers: Math.min(1, light ? t.weight / LIGHT_WEIGHT : t.weight) })),
        // A light word the base does not know ("rent", "grann") can match nothing: it only dilutes. Measured:
        // "Hej, jag undrar lite grann vad nära vård egentligen går ut på, rent konkret?" now answers; the sets
        // gained one answer and lost none.
        weight: light ? (terms.length ? idf * LIGHT_WEIGHT : 0) : idf,
        place: terms.some((t) => this.#placeStems.has(t.stem)),
      };
    });
  }
}

/** Best overlap (Dice) between the query's matched stems and one of an entry's listed questions. */
const questionMatchOf = (questions: readonly Set<string>[], analysis: QueryAnalysis, matched: ReadonlySet<string>, queryStems: ReadonlySet<string>): number => {
  let best = 0;
  for (const stems of questions) {
    if (!stems.size) continue;
    let common = 0;
    for (const s of stems) if (queryStems.has(s) && matched.has(s)) common++;
    // Dice over the question's stems and the query's content tokens.
    best = Math.max(best, (2 * common) / (stems.size + Math.max(analysis.tokens.length, 1)));
  }
  return best;
};

type CoveragePart = { terms: { stem: string; covers: number }[]; weight: number; place: boolean };

type ScoredTerm = [stem: string, weightedIdf: number];
type Scoring = { groups: ScoredTerm[][]; averageLengths: number[] };

/**
 * An entry's score: per visitor's word, its best reading's BM25 over the entry's fields (FIELD_WEIGHTS),
 * with the query's weights and whole-entry rarity.
 */
const scoreOf = (fields: FieldTerms, { groups, averageLengths }: Scoring): number => {
  let score = 0;
  for (const group of groups) {
    let best = 0;
    for (const term of group) best = Math.max(best, termScore(fields, term, averageLengths));
    score += best;
  }
  return score;
};

const termScore = ({ counts, lengths }: FieldTerms, [stem, weightedIdf]: ScoredTerm, averageLengths: number[]): number => {
  const { k, b, d } = BM25;
  let packed = counts.get(stem);
  if (packed === undefined) return 0;
  let sum = 0;
  for (let f = 0; packed > 0; f++, packed >>>= FIELD_SHIFT) {
    const tf = packed & FIELD_MASK;
    if (tf === 0) continue;
    const norm = averageLengths[f] ? lengths[f]! / averageLengths[f]! : 1;
    sum += FIELD_WEIGHTS[f]! * (d + (tf * (k + 1)) / (tf + k * (1 - b + b * norm)));
  }
  return weightedIdf * sum;
};

/** IDF-weighted share of the question's content tokens that the matched stems account for. */
const coverageOf = (parts: readonly CoveragePart[], matched: ReadonlySet<string>): number => {
  let total = 0;
  let covered = 0;
  for (const { terms, weight, place } of parts) {
    let best = 0;
    for (const t of terms) if (t.covers > best && matched.has(t.stem)) best = t.covers;
    // The tenant's own name is never held against an answer when the entry does not say it.
    if (best === 0 && place) continue;
    total += weight;
    covered += weight * best;
  }
  return total ? covered / total : 0;
};

export { stripMarkdown };
