import type { Entry } from '../../knowledge/entry-schema';
import { entryText } from './entry-text';
import { FIELD_COUNT, Postings, type Posting } from './postings';
import { QuestionLookup } from './question-lookup';
import { processTermForIndex, tokenizeForIndex, Vocabulary, type Interrogative } from '../swedish';

/** One entry as the index has it: each field as its tokens. */
type IndexedDoc = { id: string; questions: readonly string[]; keywords: readonly string[]; body: readonly string[]; place: readonly string[] };

/** The fields in the order of FIELDS (postings.ts). */
const fieldsOf = (doc: IndexedDoc) => [doc.questions, doc.keywords, doc.body, doc.place];

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
  /** Tokens of the organisation's own names, a field of each of its entries (none for the national base). */
  placeTokens: readonly string[];
  /** Occurrences of each word in the indexed documents. */
  docCounts: Map<string, number>;
  /** Each indexed word's compound head, or null when it has none (worked out once per word). */
  heads: Map<string, Head | null>;
  /** Each token's index terms: its stem, and its head's stem for a compound. */
  terms: Map<string, string[]>;
  /** The entries (by slot) that have each stem: what a search reads. */
  postings: Postings;
  questions: QuestionLookup;
  /** Each entry's slot, its place in the per-entry lists below; a removed entry's slot is reused. */
  slotOf: Map<string, number>;
  bySlot: (Entry | undefined)[];
  freeSlots: number[];
  /** Each slot's field lengths (distinct tokens, FIELD_COUNT a slot). */
  lengths: number[];
  /** The stems of each of a slot's listed questions. */
  /** Each listed question's distinct stems, as a short list (a Set for each of 180,000 questions at national scale held 40 MB). */
  questionStems: (readonly (readonly string[])[])[];
  /** The kinds of question a slot's listed questions ask ("varför…" → 'why'), as shares. */
  interrogatives: ReadonlyMap<Interrogative, number>[];
  /** Each field's length summed over the entries, for the average. */
  fieldLengthTotals: number[];
};

/**
 * The search index of one part of the knowledge: the national entries (one index, shared by every
 * tenant) or one organisation's own. A tenant searches its part and the national one together
 * (TenantIndex, ranked by rank.ts), so each holds only what adds up across parts: postings,
 * frequencies, field lengths. Immutable to its users; an edit builds a new one, or (`update`) takes
 * over the previous one's parts.
 */
export class EntryIndex {
  readonly entries: ReadonlyMap<string, Entry>;
  /** The vocabulary its compounds were split against: this part's words on top of `base`'s. */
  readonly vocabulary: Vocabulary;
  readonly placeTokens: readonly string[];
  readonly #state: IndexState;
  readonly #base: Vocabulary | undefined;
  #takenOver = false;
  readonly #shares = new Map<Interrogative, number[]>();

  private constructor(state: IndexState, base: Vocabulary | undefined) {
    this.#state = state;
    this.#base = base;
    this.entries = state.entries;
    this.placeTokens = state.placeTokens;
    // This part's words and their counts, each compound's head once per compound.
    this.vocabulary = new Vocabulary(vocabularyCounts(state), base);
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
   * that a word's compound head is worked out against the vocabulary of the time the word first came,
   * and entries that rank exactly alike may come in another order.
   */
  static update(previous: EntryIndex, entries: readonly Entry[]): EntryIndex | null {
    if (previous.#takenOver) return null;
    const state = previous.#state;
    const next = new Map(entries.map((e) => [e.id, e]));
    const { removed, added } = changedEntries(state.entries, next);
    if (removed.length + added.length > Math.max(UPDATE_MAX_MIN, UPDATE_MAX_SHARE * next.size)) return null;
    previous.#takenOver = true;

    for (const entry of removed) {
      const doc = docOf(entry, state);
      countWords(state, doc, -1);
      removeEntry(state, entry, doc);
    }
    const docs = added.map((entry) => docOf(entry, state));
    for (const doc of docs) countWords(state, doc, 1, previous.vocabulary);
    added.forEach((entry, i) => addEntry(state, entry, docs[i]!));
    // In the order given, as a full build has them.
    state.entries = next;
    return new EntryIndex(state, previous.#base);
  }

  get size(): number {
    return this.#state.entries.size;
  }

  /** This part's words on top of `base` (the national vocabulary of the day): the same vocabulary when it was built on it. */
  vocabularyOn(base: Vocabulary): Vocabulary {
    return base === this.#base ? this.vocabulary : this.vocabulary.on(base);
  }

  /** The entries (by slot) that have a stem, and how often in each field. */
  posting(stem: string): Posting | undefined {
    return this.#state.postings.get(stem);
  }

  /** One more than the highest slot: the length of a list by slot. */
  get slotCount(): number {
    return this.#state.bySlot.length;
  }

  entryAt(slot: number): Entry {
    return this.#state.bySlot[slot]!;
  }

  /** Each slot's field lengths, FIELD_COUNT a slot in FIELDS' order: `fieldLengths[slot * FIELD_COUNT + field]`. */
  get fieldLengths(): readonly number[] {
    return this.#state.lengths;
  }

  /** The stems of each of a slot's listed questions. */
  questionStemsAt(slot: number): readonly (readonly string[])[] {
    return this.#state.questionStems[slot] ?? [];
  }

  /** The slot of an entry of this part, or undefined. */
  slotOf(id: string): number | undefined {
    return this.#state.slotOf.get(id);
  }

  /** Each slot's share of listed questions that ask this kind of question, made once per kind. */
  interrogativeShares(kind: Interrogative): readonly number[] {
    let shares = this.#shares.get(kind);
    if (!shares) this.#shares.set(kind, (shares = this.#state.interrogatives.map((byKind) => byKind?.get(kind) ?? 0)));
    return shares;
  }

  /** In how many of this part's entries a stem is. */
  documentFrequency(stem: string): number {
    return this.#state.postings.documentFrequency(stem);
  }

  /** Each field's length summed over this part's entries. */
  fieldLengthTotal(field: number): number {
    return this.#state.fieldLengthTotals[field] ?? 0;
  }

  /** Share of an entry's listed questions that ask this kind of question, 0 if it is not here. */
  interrogativeShare(id: string, kind: Interrogative): number {
    const slot = this.#state.slotOf.get(id);
    return slot === undefined ? 0 : this.#state.interrogatives[slot]?.get(kind) ?? 0;
  }

  /** The entry that lists this question key exactly. */
  entryForKey(key: string): string | undefined {
    return this.#state.questions.entryForKey(key);
  }

  /** The entries that list a question with this key without å, ä, ö. */
  entriesForFoldedKey(folded: string): ReadonlySet<string> | undefined {
    return this.#state.questions.entriesForFoldedKey(folded);
  }
}

/**
 * The entries of `before` that `after` does not have as the same object, and those `after` has anew (an
 * edited entry is in both): the changed ones in `before`'s order, then the new ones in `after`'s.
 */
export const changedEntries = (before: ReadonlyMap<string, Entry>, after: ReadonlyMap<string, Entry>): { removed: Entry[]; added: Entry[] } => {
  const removed: Entry[] = [];
  const added: Entry[] = [];
  for (const [id, old] of before) {
    const now = after.get(id);
    if (now === old) continue;
    removed.push(old);
    if (now) added.push(now);
  }
  for (const [id, entry] of after) if (!before.has(id)) added.push(entry);
  return { removed, added };
};

/** A document's stems, field by field (a token's stem, and its compound head's). */
const stemsOf = (state: Pick<IndexState, 'terms' | 'heads'>, doc: IndexedDoc): string[][] =>
  fieldsOf(doc).map((tokens) => tokens.flatMap((token) => termsOf(state, token)));

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

/** An entry into every part of the index, in a free slot. */
const addEntry = (state: IndexState, entry: Entry, doc: IndexedDoc) => {
  const slot = state.freeSlots.pop() ?? state.bySlot.length;
  state.slotOf.set(entry.id, slot);
  state.bySlot[slot] = entry;
  state.postings.add(slot, stemsOf(state, doc));
  fieldsOf(doc).forEach((tokens, f) => {
    const length = new Set(tokens).size;
    state.lengths[slot * FIELD_COUNT + f] = length;
    state.fieldLengthTotals[f] = (state.fieldLengthTotals[f] ?? 0) + length;
  });
  const text = entryText(entry);
  state.questions.add(entry);
  state.questionStems[slot] = text.questionTokens.map((tokens) => [...new Set(tokens.flatMap((t) => termsOf(state, t)))]);
  state.interrogatives[slot] = text.interrogatives;
};

/** What addEntry did, undone. */
const removeEntry = (state: IndexState, entry: Entry, doc: IndexedDoc) => {
  const slot = state.slotOf.get(entry.id)!;
  state.postings.remove(slot, stemsOf(state, doc).flat());
  for (let f = 0; f < FIELD_COUNT; f++) state.fieldLengthTotals[f]! -= state.lengths[slot * FIELD_COUNT + f]!;
  state.questions.remove(entry);
  state.slotOf.delete(entry.id);
  state.bySlot[slot] = undefined;
  state.questionStems[slot] = [];
  state.interrogatives[slot] = new Map();
  state.freeSlots.push(slot);
};

/** An index's parts from scratch. */
const build = (entries: readonly Entry[], placeTokens: readonly string[], base: Vocabulary | undefined): IndexState => {
  const state: IndexState = {
    entries: new Map(entries.map((e) => [e.id, e])),
    placeTokens,
    docCounts: new Map(),
    heads: new Map(),
    terms: new Map(),
    postings: new Postings(),
    questions: new QuestionLookup(),
    slotOf: new Map(),
    bySlot: [],
    freeSlots: [],
    lengths: [],
    questionStems: [],
    interrogatives: [],
    fieldLengthTotals: [],
  };
  // Each entry's tokens are made once (entryText) and shared by every index and reload.
  const docs = entries.map((e) => docOf(e, state));
  for (const doc of docs) countWords(state, doc, 1);
  const split = new Vocabulary(state.docCounts, base);
  for (const word of state.docCounts.keys()) state.heads.set(word, headOf(word, split));
  entries.forEach((entry, i) => addEntry(state, entry, docs[i]!));
  return state;
};
