import MiniSearch, { type SearchResult } from 'minisearch';
import type { Entry } from '../../knowledge/entry-schema';
import { entryText } from './entry-text';
import { fold, processTermForIndex, tokenizeForIndex, Vocabulary, type Interrogative } from '../swedish';

/** One entry as the index has it: each field as its tokens. */
type IndexedDoc = { id: string; questions: readonly string[]; keywords: readonly string[]; body: readonly string[]; place: readonly string[] };

/** The fields in the order of FIELD_WEIGHTS (tenant-index.ts) and of FieldTerms. */
const fieldsOf = (doc: IndexedDoc) => [doc.questions, doc.keywords, doc.body, doc.place];

/** Per entry: how often each stem is in each field (fieldsOf's order), and each field's length. */
export type FieldTerms = { counts: Map<string, number>; lengths: number[] };

/** Bits per field in a packed count; a count is capped at 255 (BM25 saturates long before). */
export const FIELD_SHIFT = 8;
export const FIELD_MASK = (1 << FIELD_SHIFT) - 1;

/** A compound's last part, under which the compound is indexed too. */
type Head = { readonly stem: string; readonly word: string };

/** An update in place is used when at most this share of the entries changed; more, and the index is rebuilt. */
const UPDATE_MAX_SHARE = 0.05;
const UPDATE_MAX_MIN = 50;

/**
 * Everything an index is made of. Built once; an edit that changes a few entries hands it from the old
 * index to the new one and updates it in place (`EntryIndex.update`).
 */
type IndexState = {
  entries: Map<string, Entry>;
  /** Finds the entries that have any of a question's stems; `fieldTerms` is what scores them. */
  search: MiniSearch<IndexedDoc>;
  /** Tokens of the organisation's own names, a field of each of its entries (none for the national base). */
  placeTokens: readonly string[];
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
  fieldTerms: Map<string, FieldTerms>;
  /** Each field's length summed over the entries, for the average. */
  fieldLengthTotals: number[];
};

/**
 * The search index of one part of the knowledge: the national entries (one index, shared by every
 * tenant) or one organisation's own. A tenant searches its part and the national one together
 * (TenantIndex), so each holds only what adds up across parts: counts, frequencies, field lengths.
 * Immutable to its users; an edit builds a new one, or (`update`) takes over the previous one's parts.
 */
export class EntryIndex {
  readonly entries: ReadonlyMap<string, Entry>;
  /** This part's words and their counts (each compound's head once per compound), for a Vocabulary. */
  readonly wordCounts: ReadonlyMap<string, number>;
  /** The vocabulary its compounds were split against: this part's words on top of `base`'s. */
  readonly vocabulary: Vocabulary;
  readonly placeTokens: readonly string[];
  readonly #state: IndexState;
  readonly #base: Vocabulary | undefined;
  #takenOver = false;

  private constructor(state: IndexState, base: Vocabulary | undefined) {
    this.#state = state;
    this.#base = base;
    this.entries = state.entries;
    this.placeTokens = state.placeTokens;
    this.wordCounts = vocabularyCounts(state);
    this.vocabulary = new Vocabulary(this.wordCounts, base);
  }

  /**
   * @param placeNames the organisation's names, e.g. "Region Norrbotten", "Region Norrbotten och länets kommuner" (none for the national base)
   * @param base the vocabulary this part's compounds may also be split against (the national one, for an organisation's part)
   */
  static build(entries: readonly Entry[], placeNames: readonly string[] = [], base?: Vocabulary): EntryIndex {
    return new EntryIndex(build(entries, tokenizeForIndex(placeNames.join(' ')), base), base);
  }

  /**
   * The index for `entries` made from `previous` by removing the entries that are gone or changed and
   * adding the new and changed ones (unchanged entries are the same objects: the loader keeps them), or
   * null when too many changed for that to pay. The previous index is taken over: the caller swaps the
   * new one in at once and never searches the previous one again. The result equals a full build except
   * that a word's compound head is worked out against the vocabulary of the time the word first came.
   */
  static update(previous: EntryIndex, entries: readonly Entry[]): EntryIndex | null {
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
    return new EntryIndex(state, previous.#base);
  }

  get size(): number {
    return this.#state.entries.size;
  }

  /** This part's words on top of `base` (the national vocabulary of the day): the same vocabulary when it was built on it. */
  vocabularyOn(base: Vocabulary): Vocabulary {
    return base === this.#base ? this.vocabulary : new Vocabulary(this.wordCounts, base);
  }

  /** The entries that have any of these stems, and which of them each has (MiniSearch's `queryTerms`). */
  find(stems: readonly string[]): SearchResult[] {
    return this.#state.search.search(stems.join(' '), { tokenize: (s) => s.split(' '), processTerm: (t) => t, combineWith: 'OR' });
  }

  /** In how many of this part's entries a stem is. */
  documentFrequency(stem: string): number {
    return this.#state.documentFrequency.get(stem) ?? 0;
  }

  /** Each field's length summed over this part's entries. */
  fieldLengthTotal(field: number): number {
    return this.#state.fieldLengthTotals[field] ?? 0;
  }

  fieldTerms(id: string): FieldTerms | undefined {
    return this.#state.fieldTerms.get(id);
  }

  /** The stems of each of an entry's listed questions. */
  questionStems(id: string): readonly Set<string>[] {
    return this.#state.questionStems.get(id) ?? [];
  }

  /** Share of an entry's listed questions that ask this kind of question, 0 if it is not here. */
  interrogativeShare(id: string, kind: Interrogative): number {
    return this.#state.interrogatives.get(id)?.get(kind) ?? 0;
  }

  /** The entry that lists this question key exactly. */
  entryForKey(key: string): string | undefined {
    return this.#state.byQuestion.get(key);
  }

  /** The entries that list a question with this key without å, ä, ö. */
  entriesForFoldedKey(folded: string): ReadonlySet<string> | undefined {
    return this.#state.byFoldedQuestion.get(folded);
  }
}

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

/** One entry as this index has it. */
const docOf = (entry: Entry, state: Pick<IndexState, 'placeTokens'>): IndexedDoc => {
  const { tokens } = entryText(entry);
  return { id: entry.id, questions: tokens.questions, keywords: tokens.keywords, body: tokens.body, place: entry.tenant === 'national' ? [] : state.placeTokens };
};

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
  for (const stem of fields.counts.keys()) bump(state.documentFrequency, stem, -1);
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

/** An index's parts from scratch. */
const build = (entries: readonly Entry[], placeTokens: readonly string[], base: Vocabulary | undefined): IndexState => {
  const state: IndexState = {
    entries: new Map(entries.map((e) => [e.id, e])),
    search: undefined as unknown as MiniSearch<IndexedDoc>,
    placeTokens,
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
  // Each entry's tokens are made once (entryText) and shared by every index and reload.
  const docs = entries.map((e) => docOf(e, state));
  for (const doc of docs) countWords(state, doc, 1);
  const split = new Vocabulary(state.docCounts, base);
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
