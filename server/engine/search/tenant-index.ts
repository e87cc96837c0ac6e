import MiniSearch, { type SearchResult } from 'minisearch';
import type { Entry } from '../../knowledge/entry-schema';
import { questionKeysOf, type QuestionKeys } from './question-keys';
import { entryText, stripMarkdown } from './entry-text';
import {
  analyzeQuery, fold, isLightWord, LIGHT_WEIGHT, processTermForIndex, tokenizeForIndex, Vocabulary,
  type Interrogative, type QueryAnalysis, type Synonyms,
} from '../swedish';

/**
 * Field weights in fieldsOf's order (questions, keywords, body, place): a visitor's words match an
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

/** One entry as the index has it: each field as its tokens. */
type IndexedDoc = { id: string; questions: readonly string[]; keywords: readonly string[]; body: readonly string[]; place: readonly string[] };

export type SearchOutcome = { analysis: QueryAnalysis; candidates: Candidate[] };

export type SearchContext = {
  /** Terms of the conversation's topic, added with a low weight and not counted in coverage. */
  analysis: QueryAnalysis;
  /** Entries the conversation is on (the topic and its related ones): a small lift. */
  entryIds: ReadonlySet<string>;
  weight: number;
};

/** A compound's last part, under which the compound is indexed too. */
type Head = { readonly stem: string; readonly word: string };

/**
 * Everything an index is made of. Built once per tenant; a reload that changes a few entries hands it
 * from the old index to the new one and updates it in place (`TenantIndex.update`).
 */
type IndexState = {
  entries: Map<string, Entry>;
  /** Finds the entries that have any of a question's stems; `fieldTerms` is what scores them. */
  search: MiniSearch<IndexedDoc>;
  synonyms: Synonyms;
  placeTokens: readonly string[];
  /** Stems of the tenant's own names ("norrbotten", "region"): they lift its entries when present and are never held against an answer when absent. */
  placeStems: ReadonlySet<string>;
  /** Occurrences of each word in the indexed documents. */
  docCounts: Map<string, number>;
  /** Each indexed word's compound head, or null when it has none (worked out once per word). */
  heads: Map<string, Head | null>;
  /** Each token's index terms: its stem, and its head's stem for a compound. */
  terms: Map<string, string[]>;
  documentFrequency: Map<string, number>;
  questionStems: Map<string, Set<string>[]>;
  byQuestion: Map<string, string>;
  /** The same without å, ä, ö and other marks: the entries whose listed question each folded key is. */
  byFoldedQuestion: Map<string, Set<string>>;
  /** The kinds of question each entry's listed questions ask ("varför…" → 'why'). */
  interrogatives: Map<string, ReadonlyMap<Interrogative, number>>;
  /** Per entry: how often each stem is in each field (fieldsOf's order), and each field's length. */
  fieldTerms: Map<string, FieldTerms>;
  /** Each field's length summed over the entries, for the average. */
  fieldLengthTotals: number[];
};

/** `counts`: per stem, its count in each field packed into one number, a byte per field (FIELD_SHIFT): no array per stem. */
type FieldTerms = { counts: Map<string, number>; lengths: number[] };

/** Bits per field in a packed count; a count is capped at 255 (BM25 saturates long before). */
const FIELD_SHIFT = 8;
const FIELD_MASK = (1 << FIELD_SHIFT) - 1;

/** An update in place is used when at most this share of a tenant's entries changed; more, and it is rebuilt. */
const UPDATE_MAX_SHARE = 0.05;
const UPDATE_MAX_MIN = 50;

/**
 * The search index of one tenant: the national entries and the tenant's own. Immutable to its users;
 * a reload builds a new one, or (`update`) takes over the previous one's parts when few entries changed.
 */
export class TenantIndex {
  readonly vocabulary: Vocabulary;
  readonly entries: ReadonlyMap<string, Entry>;
  /** What this index is made of. A later index that takes it over (`update`) changes it in place. */
  readonly #state: IndexState;
  #takenOver = false;

  /**
   * @param entries the national entries and the tenant's own
   * @param placeNames the tenant's names, e.g. "Region Norrbotten", "Region Norrbotten och länets kommuner"
   */
  constructor(entries: readonly Entry[], synonyms: Synonyms, placeNames?: readonly string[]);
  constructor(state: IndexState);
  constructor(entriesOrState: readonly Entry[] | IndexState, synonyms?: Synonyms, placeNames?: readonly string[]) {
    const state = Array.isArray(entriesOrState) ? build(entriesOrState, synonyms!, placeNames ?? []) : (entriesOrState as IndexState);
    this.#state = state;
    this.entries = state.entries;
    this.vocabulary = new Vocabulary(vocabularyCounts(state));
  }

  /**
   * The index for `entries` made from `previous` by removing the entries that are gone or changed and
   * adding the new and changed ones (unchanged entries are the same objects: the loader keeps them), or
   * null when too many changed for that to pay. The previous index is taken over: the caller swaps the
   * new one in at once and never searches the previous one again. The result equals a full build except
   * that a word's compound head is worked out against the vocabulary of the time the word first came.
   */
  static update(previous: TenantIndex, entries: readonly Entry[]): TenantIndex | null {
    if (previous.#takenOver) return null;
    const state = previous.#state;
    const next = new Map(entries.map((e) => [e.id, e]));
    const removed: Entry[] = [];
    const added: Entry[] = [];
    for (const [id, old] of state.entries) {
      const now = next.get(id);
      if (now === old) continue;
      removed.push(old);
      if (now) added.push(now);
    }
    for (const [id, entry] of next) if (!state.entries.has(id)) added.push(entry);
    if (removed.length + added.length > Math.max(UPDATE_MAX_MIN, UPDATE_MAX_SHARE * next.size)) return null;
    previous.#takenOver = true;

    for (const entry of removed) {
      const doc = docOf(entry, state);
      state.search.remove(doc);
      countWords(state, doc, -1);
      removeEntry(state, entry);
    }
    const docs = added.map((entry) => docOf(entry, state));
    for (const doc of docs) countWords(state, doc, 1, previous.vocabulary);
    added.forEach((entry, i) => {
      addEntry(state, entry, docs[i]!);
      state.search.add(docs[i]!);
    });
    // In the order given, as a full build has them.
    state.entries = next;
    return new TenantIndex(state);
  }

  /**
   * The entry that lists this question word for word (ignoring punctuation; å, ä, ö may be typed as a, a,
   * o when that still names one entry); `normalized` is normalizeQuestion's text.
   */
  entryForQuestion(normalized: string): string | undefined {
    return this.entryForKeys(questionKeysOf(normalized));
  }

  /** entryForQuestion for keys made once (questionKeysOf), e.g. remembered with the text. */
  entryForKeys({ key, folded }: QuestionKeys): string | undefined {
    const exact = this.#state.byQuestion.get(key);
    if (exact) return exact;
    // Typed without å, ä, ö ("vad ar nara vard"): the entry whose question it is, when only one's is.
    const entries = this.#state.byFoldedQuestion.get(folded);
    return entries?.size === 1 ? entries.values().next().value : undefined;
  }

  /** @param knownElsewhere whether a word this index does not know is in another organisation's texts */
  analyze(text: string, knownElsewhere?: (token: string) => boolean): QueryAnalysis {
    return analyzeQuery(text, this.vocabulary, this.#state.synonyms, knownElsewhere);
  }

  /** Whether any of an entry's listed questions asks this kind of question ("vem är…?" → 'who'). */
  asks(entryId: string, kind: Interrogative): boolean {
    return (this.#state.interrogatives.get(entryId)?.get(kind) ?? 0) > 0;
  }

  /** How rare a stem is here: rare words say more about what the visitor means. */
  idf(stem: string): number {
    const n = this.entries.size || 1;
    return Math.log(1 + n / ((this.#state.documentFrequency.get(stem) ?? 0) + 0.5));
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
    // MiniSearch finds the entries with any of the stems and which of them each has; #scoring ranks them.
    const results = this.#state.search.search([...weights.keys()].join(' '), {
      tokenize: (s) => s.split(' '),
      processTerm: (t) => t,
      combineWith: 'OR',
    });
    const parts = this.#coverageParts(analysis);
    const queryStems = new Set(analysis.terms.filter((t) => t.weight >= QUESTION_MATCH_MIN_WEIGHT).map((t) => t.stem));
    const scoring = this.#scoring(analysis, weights);
    return results
      .map((r) => this.#candidate(r, analysis, parts, queryStems, scoring, context?.entryIds.has(r.id as string) ? TOPIC_BOOST : 1))
      .filter((c): c is Candidate => c !== null)
      .sort((a, b) => b.rank - a.rank);
  }

  #candidate(result: SearchResult, analysis: QueryAnalysis, parts: CoveragePart[], queryStems: ReadonlySet<string>, scoring: Scoring, boost: number): Candidate | null {
    const entry = this.entries.get(result.id as string);
    const fields = this.#state.fieldTerms.get(result.id as string);
    if (!entry || !fields) return null;
    const score = boost * scoreOf(fields, scoring);
    const matched = new Set(result.queryTerms);
    const coverage = coverageOf(parts, matched);
    const questionMatch = this.#questionMatch(entry.id, analysis, matched, queryStems);
    // An entry that answers the same kind of question ("varför…", "när…") is a little more likely meant.
    const share = analysis.interrogative === null ? 0 : this.#state.interrogatives.get(entry.id)?.get(analysis.interrogative) ?? 0;
    const sameKind = 1 + (INTERROGATIVE_BOOST - 1) * share;
    // "…i Västerbotten": the visitor names the organisation, whose own entry is meant before the national one.
    const own = entry.tenant !== 'national' && analysis.terms.some((t) => this.#state.placeStems.has(t.stem)) ? TENANT_NAMED_BOOST : 1;
    const rank = score * coverage ** COVERAGE_POWER * (1 + QUESTION_MATCH_FACTOR * questionMatch) * sameKind * own;
    return { entry, score, coverage, questionMatch, rank };
  }

  /**
   * What scoring a search's candidates needs, once per search: each query stem's weight times its
   * rarity in whole entries, grouped by the visitor's word it stands for, and each field's average
   * length. MiniSearch finds the candidates; their score is its BM25 but with that rarity instead of
   * the rarity within each field (per field, a word every entry's questions use, "nära", is rare in the
   * few keyword lists that name it, and one such list outweighed every entry that asks about it), and
   * with one visitor's word counted once: its readings (a typo's candidates, its synonyms) are
   * alternatives, and a synonym never says more than the word itself ("omställningen" is in most
   * entries; its synonym "förflyttning" in one, which it must not win for that).
   */
  #scoring(analysis: QueryAnalysis, weights: ReadonlyMap<string, number>): Scoring {
    const n = this.entries.size || 1;
    const weighted = (stem: string): ScoredTerm => {
      const df = this.#state.documentFrequency.get(stem) ?? 0;
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
    return { groups, averageLengths: this.#state.fieldLengthTotals.map((total) => total / n) };
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
        place: terms.some((t) => this.#state.placeStems.has(t.stem)),
      };
    });
  }

  #questionMatch(id: string, analysis: QueryAnalysis, matched: ReadonlySet<string>, queryStems: ReadonlySet<string>): number {
    let best = 0;
    for (const stems of this.#state.questionStems.get(id) ?? []) {
      if (!stems.size) continue;
      let common = 0;
      for (const s of stems) if (queryStems.has(s) && matched.has(s)) common++;
      // Dice over the question's stems and the query's content tokens.
      best = Math.max(best, (2 * common) / (stems.size + Math.max(analysis.tokens.length, 1)));
    }
    return best;
  }
}

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

/** An entry's stems per field and its fields' lengths (distinct tokens, as MiniSearch counts them). */
const fieldTermsOf = (state: IndexState, doc: IndexedDoc): FieldTerms => {
  const fields = fieldsOf(doc);
  const counts = new Map<string, number>();
  fields.forEach((tokens, f) => {
    const one = 1 << (FIELD_SHIFT * f);
    for (const token of tokens) {
      for (const stem of termsOf(state, token)) {
        const packed = counts.get(stem) ?? 0;
        if (((packed >>> (FIELD_SHIFT * f)) & FIELD_MASK) < FIELD_MASK) counts.set(stem, packed + one);
      }
    }
  });
  return { counts, lengths: fields.map((tokens) => new Set(tokens).size) };
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

/** One entry as this tenant's index has it. */
const docOf = (entry: Entry, state: Pick<IndexState, 'placeTokens'>): IndexedDoc => {
  const { tokens } = entryText(entry);
  return { id: entry.id, questions: tokens.questions, keywords: tokens.keywords, body: tokens.body, place: entry.tenant === 'national' ? [] : state.placeTokens };
};

const fieldsOf = (doc: IndexedDoc) => [doc.questions, doc.keywords, doc.body, doc.place];

/** A token's index terms: its stem, and its compound head's stem. */
const termsOf = (state: Pick<IndexState, 'terms' | 'heads'>, token: string): string[] => {
  let found = state.terms.get(token);
  if (!found) {
    const s = processTermForIndex(token);
    const head = state.heads.get(token);
    found = !s ? [] : head ? [s, head.stem] : [s];
    state.terms.set(token, found);
  }
  return found;
};

/**
 * A compound is also indexed under its last part, split against the base's own words: "delområden"
 * under "område" too, so "vilka är områdena?" finds it. The head counts as a word of the vocabulary,
 * so a visitor's "områdena" resolves to it.
 */
const headOf = (word: string, split: Vocabulary): Head | null => {
  const head = split.compoundParts(word)?.at(-1);
  return !head || head.word.length < 4 || head.stem === processTermForIndex(word) ? null : { stem: head.stem, word: head.word };
};

const bump = (counts: Map<string, number>, word: string, by: number) => {
  const n = (counts.get(word) ?? 0) + by;
  if (n > 0) counts.set(word, n);
  else counts.delete(word);
};

/**
 * Adds (`by` 1) or takes away (-1) a document's words in the counts; a word new to the index gets its
 * compound head worked out against `split`, once.
 */
const countWords = (state: IndexState, doc: IndexedDoc, by: 1 | -1, split?: Vocabulary) => {
  for (const tokens of fieldsOf(doc)) {
    for (const word of tokens) {
      bump(state.docCounts, word, by);
      if (split && !state.heads.has(word)) state.heads.set(word, headOf(word, split));
    }
  }
};

/** The vocabulary's counts: the documents' words, and each compound's head once per compound. */
const vocabularyCounts = (state: IndexState): Map<string, number> => {
  const counts = new Map(state.docCounts);
  for (const word of state.docCounts.keys()) {
    const head = state.heads.get(word);
    if (head) bump(counts, head.word, 1);
  }
  return counts;
};

/** An entry's parts other than its MiniSearch document: counts per field, frequencies, listed questions, kinds of question. */
const addEntry = (state: IndexState, entry: Entry, doc: IndexedDoc) => {
  const fields = fieldTermsOf(state, doc);
  state.fieldTerms.set(entry.id, fields);
  fields.lengths.forEach((length, f) => { state.fieldLengthTotals[f] = (state.fieldLengthTotals[f] ?? 0) + length; });
  for (const stem of fields.counts.keys()) state.documentFrequency.set(stem, (state.documentFrequency.get(stem) ?? 0) + 1);
  const text = entryText(entry);
  for (const key of text.questionKeys) {
    state.byQuestion.set(key, entry.id);
    const folded = fold(key);
    let ids = state.byFoldedQuestion.get(folded);
    if (!ids) state.byFoldedQuestion.set(folded, (ids = new Set()));
    ids.add(entry.id);
  }
  state.questionStems.set(entry.id, text.questionTokens.map((tokens) => new Set(tokens.flatMap((t) => termsOf(state, t)))));
  state.interrogatives.set(entry.id, text.interrogatives);
};

/** What addEntry did, undone. */
const removeEntry = (state: IndexState, entry: Entry) => {
  const fields = state.fieldTerms.get(entry.id)!;
  fields.lengths.forEach((length, f) => { state.fieldLengthTotals[f]! -= length; });
  state.fieldTerms.delete(entry.id);
  for (const stem of fields.counts.keys()) {
    const n = (state.documentFrequency.get(stem) ?? 0) - 1;
    if (n > 0) state.documentFrequency.set(stem, n);
    else state.documentFrequency.delete(stem);
  }
  for (const key of entryText(entry).questionKeys) {
    if (state.byQuestion.get(key) === entry.id) state.byQuestion.delete(key);
    const folded = fold(key);
    const ids = state.byFoldedQuestion.get(folded);
    ids?.delete(entry.id);
    if (ids?.size === 0) state.byFoldedQuestion.delete(folded);
  }
  state.questionStems.delete(entry.id);
  state.interrogatives.delete(entry.id);
};

/** A tenant's index parts from scratch. */
const build = (entries: readonly Entry[], synonyms: Synonyms, placeNames: readonly string[]): IndexState => {
  const placeText = placeNames.join(' ');
  const placeTokens = tokenizeForIndex(placeText);
  const state: IndexState = {
    entries: new Map(entries.map((e) => [e.id, e])),
    search: undefined as unknown as MiniSearch<IndexedDoc>,
    synonyms,
    placeTokens,
    placeStems: new Set(placeTokens.map(processTermForIndex).filter((s): s is string => !!s)),
    docCounts: new Map(),
    heads: new Map(),
    terms: new Map(),
    documentFrequency: new Map(),
    questionStems: new Map(),
    byQuestion: new Map(),
    byFoldedQuestion: new Map(),
    interrogatives: new Map(),
    fieldTerms: new Map(),
    fieldLengthTotals: [],
  };
  // Each entry's tokens are made once (entryText) and shared by every tenant's index and reload.
  const docs = entries.map((e) => docOf(e, state));
  for (const doc of docs) countWords(state, doc, 1);
  const split = new Vocabulary(state.docCounts);
  for (const word of state.docCounts.keys()) state.heads.set(word, headOf(word, split));
  state.search = new MiniSearch<IndexedDoc>({
    fields: ['questions', 'keywords', 'body', 'place'],
    // Documents carry their fields already tokenised: MiniSearch gets the tokens as they are.
    extractField: (doc, field) => doc[field as keyof IndexedDoc],
    stringifyField: (value) => value,
    tokenize: (text) => (typeof text === 'string' ? tokenizeForIndex(text) : text),
    processTerm: (term) => {
      const found = termsOf(state, term);
      return found.length === 0 ? null : found.length === 1 ? found[0]! : found;
    },
  });
  state.search.addAll(docs);
  entries.forEach((entry, i) => addEntry(state, entry, docs[i]!));
  return state;
};

export { stripMarkdown };
