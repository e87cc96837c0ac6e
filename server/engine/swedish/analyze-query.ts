import { asideWords } from './aside-words';
import { normalizeText } from './normalize-text';
import { interrogativeOf, type Interrogative } from './interrogative';
import { LIGHT_WEIGHT, isLightWord, withoutTimeExpressions } from './light-words';
import { stem } from './stem';
import { QUESTION_WORDS, isContentWord, isStopwordSlip } from './stopwords';
import type { Alternative, Synonyms } from './synonyms';
import { tokenize } from './tokenize';
import type { ResolvedTerm, Via, Vocabulary } from './vocabulary';

/** One stem to search for, and the query token it stands for. */
export type QueryTerm = {
  /** The content token of the question this term accounts for (one of QueryAnalysis.tokens). */
  token: string;
  /** The vocabulary or synonym word behind the stem. */
  word: string;
  stem: string;
  weight: number;
  via: Via;
};

export type QueryAnalysis = {
  /** The question's content tokens, in order, each once (stopwords and question words removed). */
  tokens: string[];
  /**
   * Every way a token was matched. A token may have several terms (a compound's parts, two typo
   * candidates, synonyms); a phrase synonym gives the same stem once per token of the phrase.
   * Unique per (token, stem), keeping the highest weight.
   */
  terms: QueryTerm[];
  /** Content tokens nothing in the knowledge base accounts for. tokens = tokens of terms ∪ unknown. */
  unknown: string[];
  /**
   * Of the unknown tokens, those another organisation's own texts use ("sammanhållet" asked on a site
   * whose base never says it): the question is about that organisation's content, and they weigh in full.
   */
  foreign: string[];
  /**
   * Tokens the visitor used only to say who they are or why they ask, before the question ("Jag är ordförande i en
   * PRO-förening och undrar …"): they weigh less in coverage (swedish/aside-words.ts).
   */
  aside: string[];
  /** What to search: each stem of `terms` once, with its highest weight. */
  stems: { stem: string; weight: number }[];
  /** Question words in the question ("vad", "när", "hur"…), for intent. */
  questionWords: string[];
  /**
   * Stems of content words that stand next to each other in the question (stopwords between them aside), as
   * "stem stem", each word read as written or with its å/ä/ö: "förebygga sjukdom" → "förebygg sjukdom".
   */
  pairs: string[];
  /** What kind of question it is ("varför…" → 'why'), to tell equally covering entries apart. */
  interrogative: Interrogative | null;
};

/** Words that join words, which no compound holds inside it (folded). */
const NEVER_IN_A_COMPOUND = new Set(['och', 'eller', 'att', 'som', 'mig', 'dig', 'oss', 'det', 'den', 'ar', 'for', 'min', 'mitt', 'mina', 'din', 'pa']);

/**
 * Turns a visitor's question into weighted stems, accounting for every content token: each one
 * is covered by at least one term (exact, diacritics, compound, typo or synonym) or listed in
 * `unknown`, so the engine can measure how much of the question an entry covers.
 */
export const analyzeQuery = (text: string, vocabulary: Vocabulary, synonyms: Synonyms, knownElsewhere: (token: string) => boolean = () => false): QueryAnalysis => {
  // Words typed together are read apart: a phrase of the lexicon ("naravard") unless the base has the word
  // itself, and other words ("naramig pabasta satt") when the base does not have the word as it is.
  const apart = (t: string): readonly string[] => {
    if (!isContentWord(t) || isLightWord(t)) return [t];
    const resolved = vocabulary.resolve(t);
    const phrase = synonyms.typedTogether(t);
    if (phrase && !resolved.some((r) => r.via === 'exact' || r.via === 'diacritics')) return phrase;
    if (!resolved.length) return vocabulary.segment(t) ?? [t];
    // Read as a compound of a word the base has ("…enkelt"), it is still words typed together when a word no compound
    // holds stands inside it: "sammanhallet|och|enkelt", not "själv|skade|prevention".
    if (resolved.some((r) => r.via === 'exact' || r.via === 'diacritics')) return [t];
    const pieces = vocabulary.segment(t);
    return pieces && pieces.slice(1, -1).some((piece) => NEVER_IN_A_COMPOUND.has(piece)) ? pieces : [t];
  };
  const all = withoutTimeExpressions(tokenize(normalizeText(text))).flatMap(apart);
  // English questions arrive here read into Swedish (language/english-to-swedish.ts).
  const isContent = isContentWord;

  // A word the base does not know that is a stopword mistyped ("nangon") is read as that stopword.
  // A light word is a word in its own right, never a slip of another ("sitta" is not "hitta").
  const resolved: (ResolvedTerm[] | undefined)[] = all.map((t) => {
    if (!isContent(t)) return undefined;
    const terms = isLightWord(t) ? vocabulary.resolve(t).filter((r) => r.via !== 'typo') : vocabulary.resolve(t);
    return terms.length || !isStopwordSlip(t) ? terms : undefined;
  });
  const tokens = [...new Set(all.filter((_, i) => resolved[i] !== undefined))];

  const terms = new Map<string, QueryTerm>();
  const add = (term: QueryTerm) => {
    const key = `${term.token}\u0000${term.stem}`;
    const existing = terms.get(key);
    if (!existing || term.weight > existing.weight) terms.set(key, term);
  };
  // A light word ("säger", "enligt") still searches, at a fraction of a content word's weight.
  // So does a slip for one ("egentlgen"): read as "egentligen", it weighs as that word does.
  all.forEach((token, i) => {
    const light = isLightWord(token);
    for (const r of resolved[i] ?? []) add({ token, word: r.word, stem: r.stem, weight: r.weight * (light || (r.via === 'typo' && isLightWord(r.word)) ? LIGHT_WEIGHT : 1), via: r.via });
  });

  // Synonyms see every token (phrases contain stopwords: "god och nära vård") and, at each
  // position, the vocabulary's reading of it, so "nara vard" and "halsocentralen" still match.
  const alternatives = resolved.map((rs): Alternative[] | undefined => rs?.map((r) => ({ word: r.word, weight: r.weight })));
  for (const e of synonyms.expand(all, alternatives)) {
    const s = stem(e.word);
    // A synonym the knowledge base never uses can match nothing, so it covers nothing.
    if (!vocabulary.knowsStem(s)) continue;
    for (const i of e.from) {
      if (resolved[i] === undefined) continue;
      add({ token: all[i]!, word: e.word, stem: s, weight: e.weight, via: 'synonym' });
    }
  }

  const termList = [...terms.values()];
  const covered = new Set(termList.map((t) => t.token));
  const stems = new Map<string, number>();
  for (const t of termList) stems.set(t.stem, Math.max(t.weight, stems.get(t.stem) ?? 0));
  const isQuestionWord = (t: string) => QUESTION_WORDS.has(t);

  const unknown = tokens.filter((t) => !covered.has(t));
  const aside = asideWords(text);
  // Each content word's own readings, in order: a word nothing reads breaks the run.
  const sequence = all.flatMap((_, i) => (resolved[i] === undefined ? [] : [resolved[i]!.filter((r) => r.via === 'exact' || r.via === 'diacritics').map((r) => r.stem)]));
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < sequence.length; i++) for (const a of sequence[i]!) for (const b of sequence[i + 1]!) if (a !== b) pairs.add(`${a} ${b}`);
  return {
    tokens,
    terms: termList,
    unknown,
    foreign: unknown.filter(knownElsewhere),
    aside: aside.size ? tokens.filter((t) => aside.has(t)) : [],
    stems: [...stems].map(([s, weight]) => ({ stem: s, weight })),
    questionWords: [...new Set(all.filter(isQuestionWord))],
    pairs: [...pairs],
    interrogative: interrogativeOf(text),
  };
};
