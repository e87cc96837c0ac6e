import MiniSearch, { type SearchResult } from 'minisearch';
import type { Entry } from '../../knowledge/entry-schema';
import { questionKey } from '../normalize';
import { entryText, stripMarkdown } from './entry-text';
import {
  analyzeQuery, isLightWord, LIGHT_WEIGHT, processTermForIndex, tokenizeForIndex, Vocabulary,
  type QueryAnalysis, type Synonyms,
} from '../swedish';

/** Field weights: a visitor's words match an entry's listed questions best, its keywords next, its text last. */
const FIELD_BOOST = { questions: 3, keywords: 2, body: 1, place: 0.5 } as const;

/** Rank factor for an entry whose listed questions ask the same kind of question as the visitor. */
const INTERROGATIVE_BOOST = 1.2;

export type Candidate = {
  entry: Entry;
  /** MiniSearch's BM25 score, comparable only within one search. */
  score: number;
  /** Share of the question's content (IDF-weighted) that this entry matches, 0–1. */
  coverage: number;
  /** Best overlap (Dice) between the question's terms and one of the entry's listed questions, 0–1. */
  questionMatch: number;
  /** What candidates are ordered by. */
  rank: number;
};

/** One entry as MiniSearch indexes it: each field as its tokens. */
type IndexedDoc = { id: string; questions: readonly string[]; keywords: readonly string[]; body: readonly string[]; place: readonly string[] };

export type SearchOutcome = { analysis: QueryAnalysis; candidates: Candidate[] };

export type SearchContext = {
  /** Terms of the conversation's topic, added with a low weight and not counted in coverage. */
  analysis: QueryAnalysis;
  /** Entries the conversation is on (the topic and its related ones): a small lift. */
  entryIds: ReadonlySet<string>;
  weight: number;
};

/** The search index of one tenant: the national entries and the tenant's own. Immutable; a reload builds a new one. */
export class TenantIndex {
  readonly vocabulary: Vocabulary;
  readonly entries: ReadonlyMap<string, Entry>;
  readonly #search: MiniSearch<IndexedDoc>;
  readonly #documentFrequency = new Map<string, number>();
  readonly #questionStems = new Map<string, Set<string>[]>();
  readonly #synonyms: Synonyms;
  readonly #byQuestion = new Map<string, string>();
  /** The kinds of question each entry's listed questions ask ("varför…" → 'why'). */
  readonly #interrogatives = new Map<string, ReadonlySet<string>>();

  /** Stems of the tenant's own names ("norrbotten", "region"): they lift its entries when present and are never held against an answer when absent. */
  readonly #placeStems: ReadonlySet<string>;

  /**
   * @param entries the national entries and the tenant's own
   * @param placeNames the tenant's names, e.g. "Region Norrbotten", "Region Norrbotten och länets kommuner"
   */
  constructor(entries: readonly Entry[], synonyms: Synonyms, placeNames: readonly string[] = []) {
    this.entries = new Map(entries.map((e) => [e.id, e]));
    this.#synonyms = synonyms;
    const placeText = placeNames.join(' ');
    this.#placeStems = new Set(tokenizeForIndex(placeText).map(processTermForIndex).filter((s): s is string => !!s));
    // Each entry's tokens are made once (entryText) and shared by every tenant's index and reload.
    const placeTokens = tokenizeForIndex(placeText);
    const docs: IndexedDoc[] = entries.map((e) => {
      const { tokens } = entryText(e);
      return { id: e.id, questions: tokens.questions, keywords: tokens.keywords, body: tokens.body, place: e.tenant === 'national' ? [] : placeTokens };
    });
    const words: string[] = [];
    for (const doc of docs) for (const tokens of [doc.questions, doc.keywords, doc.body, doc.place]) for (const t of tokens) words.push(t);
    // A compound is also indexed under its last part, split against the base's own words:
    // "delområden" under "område" too, so "vilka är områdena?" finds it. The head joins the
    // vocabulary, so a visitor's "områdena" resolves to it.
    const split = new Vocabulary(words);
    const heads = new Map<string, string>();
    const headWords: string[] = [];
    for (const word of new Set(words)) {
      const head = split.compoundParts(word)?.at(-1);
      if (!head || head.word.length < 4 || head.stem === processTermForIndex(word)) continue;
      heads.set(word, head.stem);
      headWords.push(head.word);
    }
    for (const w of headWords) words.push(w);
    this.vocabulary = new Vocabulary(words);
    const terms = new Map<string, string[]>();
    const termsOf = (token: string): string[] => {
      let found = terms.get(token);
      if (!found) {
        const s = processTermForIndex(token);
        const head = heads.get(token);
        found = !s ? [] : head ? [s, head] : [s];
        terms.set(token, found);
      }
      return found;
    };

    this.#search = new MiniSearch<IndexedDoc>({
      fields: ['questions', 'keywords', 'body', 'place'],
      // Documents carry their fields already tokenised: MiniSearch gets the tokens as they are.
      extractField: (doc, field) => doc[field as keyof IndexedDoc],
      stringifyField: (value) => value,
      tokenize: (text) => (typeof text === 'string' ? tokenizeForIndex(text) : text),
      processTerm: (term) => {
        const found = termsOf(term);
        return found.length === 0 ? null : found.length === 1 ? found[0]! : found;
      },
      searchOptions: { boost: FIELD_BOOST },
    });
    this.#search.addAll(docs);

    for (const doc of docs) {
      const stems = new Set<string>();
      for (const tokens of [doc.questions, doc.keywords, doc.body, doc.place]) {
        for (const token of tokens) for (const s of termsOf(token)) stems.add(s);
      }
      for (const stem of stems) this.#documentFrequency.set(stem, (this.#documentFrequency.get(stem) ?? 0) + 1);
    }
    for (const e of entries) {
      const text = entryText(e);
      for (const key of text.questionKeys) this.#byQuestion.set(key, e.id);
      this.#questionStems.set(e.id, text.questionTokens.map((tokens) => new Set(tokens.flatMap(termsOf))));
      this.#interrogatives.set(e.id, text.interrogatives);
    }
  }

  /** The entry that lists this question word for word (ignoring case and punctuation). */
  entryForQuestion(text: string): string | undefined {
    return this.#byQuestion.get(questionKey(text));
  }

  analyze(text: string): QueryAnalysis {
    return analyzeQuery(text, this.vocabulary, this.#synonyms);
  }

  /** How rare a stem is here: rare words say more about what the visitor means. */
  idf(stem: string): number {
    const n = this.entries.size || 1;
    return Math.log(1 + n / ((this.#documentFrequency.get(stem) ?? 0) + 0.5));
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
    const results = this.#search.search([...weights.keys()].join(' '), {
      tokenize: (s) => s.split(' '),
      processTerm: (t) => t,
      boostTerm: (term) => weights.get(term) ?? 1,
      boostDocument: context ? (id) => (context.entryIds.has(id as string) ? 1.3 : 1) : undefined,
      combineWith: 'OR',
    });
    return results
      .map((r) => this.#candidate(r, analysis))
      .filter((c): c is Candidate => c !== null)
      .sort((a, b) => b.rank - a.rank);
  }

  #candidate(result: SearchResult, analysis: QueryAnalysis): Candidate | null {
    const entry = this.entries.get(result.id as string);
    if (!entry) return null;
    const matched = new Set(result.queryTerms);
    const coverage = this.coverage(analysis, matched);
    const questionMatch = this.#questionMatch(entry.id, analysis, matched);
    // An entry that answers the same kind of question ("varför…", "när…") is a little more likely meant.
    const sameKind = analysis.interrogative !== null && this.#interrogatives.get(entry.id)?.has(analysis.interrogative) ? INTERROGATIVE_BOOST : 1;
    const rank = result.score * coverage ** 2 * (1 + 0.5 * questionMatch) * sameKind;
    return { entry, score: result.score, coverage, questionMatch, rank };
  }

  /** IDF-weighted share of the question's content tokens that the matched stems account for. */
  coverage(analysis: QueryAnalysis, matched: ReadonlySet<string>): number {
    let total = 0;
    let covered = 0;
    for (const token of analysis.tokens) {
      const terms = analysis.terms.filter((t) => t.token === token);
      const light = isLightWord(token);
      // A light word's terms carry its reduced weight; matched, it is covered in full.
      const best = Math.max(0, ...terms.filter((t) => matched.has(t.stem)).map((t) => Math.min(1, light ? t.weight / LIGHT_WEIGHT : t.weight)));
      if (best === 0 && terms.some((t) => this.#placeStems.has(t.stem))) continue;
      const idf = terms.length ? Math.max(...terms.map((t) => this.idf(t.stem))) : this.idf('');
      const weight = light ? idf * LIGHT_WEIGHT : idf;
      total += weight;
      covered += weight * best;
    }
    return total ? covered / total : 0;
  }

  #questionMatch(id: string, analysis: QueryAnalysis, matched: ReadonlySet<string>): number {
    const queryStems = new Set(analysis.terms.filter((t) => t.weight >= 0.7).map((t) => t.stem));
    let best = 0;
    for (const stems of this.#questionStems.get(id) ?? []) {
      if (!stems.size) continue;
      let common = 0;
      for (const s of stems) if (queryStems.has(s) && matched.has(s)) common++;
      // Dice over the question's stems and the query's content tokens.
      best = Math.max(best, (2 * common) / (stems.size + Math.max(analysis.tokens.length, 1)));
    }
    return best;
  }
}

export { stripMarkdown };
