import type { Entry } from '../../knowledge/entry-schema';
import type { Interrogative } from '../swedish';
import type { EntryIndex } from './entry-index';
import { FIELD_COUNT, type Posting } from './postings';

/**
 * Field weights in FIELDS' order (questions, keywords, body, place): a visitor's words match an
 * entry's listed questions best, its keywords next, its text last.
 */
export const FIELD_WEIGHTS = [3, 2, 1, 0.5] as const;
/** BM25's parameters, as MiniSearch's defaults: saturation k, length normalisation b, and the floor d of a match (BM25+). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/**
 * How a candidate's rank is made: BM25 score × coverage^COVERAGE_POWER × (1 + QUESTION_MATCH_FACTOR ×
 * questionMatch) × the factors below. Coverage squared: an entry that accounts for the whole question
 * beats a longer one that matches its rarest word more often (measured: the power 3 and a factor of 1–4
 * changed no set by more than one question).
 */
const COVERAGE_POWER = 2;
/** Up to half again for an entry one of whose listed questions is the visitor's in other words. */
const QUESTION_MATCH_FACTOR = 0.5;
/** Rank factor for the conversation's topic and its related entries when a follow-up is read against them. */
export const TOPIC_BOOST = 1.3;

/**
 * Rank factor for the tenant's own entry when the visitor names the tenant ("…i Västerbotten", "i länet"),
 * over the national one. Measured: 1.5 → 2.5 answered seven more questions right over the visitor sets (the
 * region's own timetable, its own målbild's year, instead of the country's) and lost two; 3 changed nothing more.
 */
export const TENANT_NAMED_BOOST = 2.5;

/**
 * Rank factor for an entry all of whose listed questions ask the kind of question the visitor asks, in
 * proportion to the share that do: "varför behövs nära vård?" wants the entry that explains why (most of
 * its questions are "varför…"), not one with a single "varför" among ten. Measured on the four sets: a flat
 * factor of 1.2 → 3 raised precision everywhere; by share, 5 answered four more questions right again.
 */
const INTERROGATIVE_BOOST = 5;

/**
 * How many of the best candidates a search ranks exactly: the engine reads at most the first five (the
 * trace), three rivals to clarify between, or the best after one it has shown; and as many of the best
 * close ones, for three to suggest.
 */
const RANKED = 10;

/** A candidate that covers at least this share of the question is close: one the guide may offer when it does not answer ("Kanske menar du …"). */
export const CLOSE_COVERAGE = 0.25;

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

/** A content token of the question, for coverage: its weight, whether it names the tenant, and the stems (by index) that cover it and how much. */
export type CoveragePart = { weight: number; place: boolean; terms: { stem: number; covers: number }[] };

/** A search as the ranker reads it, made once per search by TenantIndex; stems are referred to by their index in `stems`. */
export type RankQuery = {
  stems: readonly string[];
  /**
   * Each stem's group and weight × rarity. A group is one visitor's word: its readings (a typo's
   * candidates, its synonyms) are alternatives, and only the best counts in the score.
   */
  group: readonly number[];
  groupCount: number;
  weightedIdf: readonly number[];
  /** Each field's average length over the tenant's entries. */
  averageLengths: readonly number[];
  coverage: readonly CoveragePart[];
  /** Stems read surely enough to count in the question match, and the number of content tokens. */
  sureStems: ReadonlySet<string>;
  tokenCount: number;
  interrogative: Interrogative | null;
  /** Rank factor of each part's entries (the own part's when the visitor names the tenant). */
  partFactor: readonly number[];
  /** Entries the conversation is on: lifted by TOPIC_BOOST, and always ranked. */
  topic?: ReadonlySet<string>;
};

/**
 * What the first pass knows of each matching entry, in lists by the entry's place in the knowledge
 * (national part first): all of its rank but the question match, and that rank with a full match (`bound`).
 */
type Found = { part: number[]; slot: number[]; score: number[]; coverage: number[]; sameKind: number[]; bound: number[] };

/** Which of the query's stems (by index) each entry of a part has: a linked list per slot, from `first` on through `next`. */
type Matches = { first: Int32Array; next: Int32Array; stem: Int32Array };

/**
 * The best candidates among the parts' entries, best first: every entry that could be among the RANKED
 * best, or the RANKED best close ones, ranked exactly, and the topic's entries. A first pass reads the
 * postings of the query's stems and works out each matching entry's score and coverage, with no
 * allocation per entry; the question match, the costly part, raises a rank by at most half again, so it
 * is worked out only for the entries whose rank with a full match could still reach the best.
 */
export const rank = (parts: readonly EntryIndex[], query: RankQuery): Candidate[] => {
  const found: Found = { part: [], slot: [], score: [], coverage: [], sameKind: [], bound: [] };
  const coverage = coverageMemo(query);
  const matches = parts.map((part, p) => findIn(part, p, query, coverage, found));
  const best = new TopRanks(RANKED);
  const bestClose = new TopRanks(RANKED);
  const candidates: { candidate: Candidate; order: number }[] = [];
  const isTopic = (p: number, slot: number) => !!query.topic?.has(parts[p]!.entryAt(slot).id);
  const exact = (i: number) => {
    const candidate = candidateOf(parts[found.part[i]!]!, matches[found.part[i]!]!, found, i, query);
    best.add(candidate.rank);
    if (candidate.coverage >= CLOSE_COVERAGE) bestClose.add(candidate.rank);
    candidates.push({ candidate, order: i });
  };
  // The RANKED highest bounds first: their exact ranks set the bar the others must reach.
  const first = topBy(found.bound, RANKED);
  for (const i of first) exact(i);
  const done = new Set(first);
  for (let i = 0; i < found.bound.length; i++) {
    if (done.has(i)) continue;
    const bound = found.bound[i]!;
    if (bound >= best.bar || (found.coverage[i]! >= CLOSE_COVERAGE && bound >= bestClose.bar) || isTopic(found.part[i]!, found.slot[i]!)) exact(i);
  }
  // Entries that rank alike in the knowledge's order.
  candidates.sort((a, b) => b.candidate.rank - a.candidate.rank || a.order - b.order);
  return candidates
    .filter(({ candidate: c, order }, i) => i < RANKED || (c.coverage >= CLOSE_COVERAGE && c.rank >= bestClose.bar) || isTopic(found.part[order]!, found.slot[order]!))
    .map((c) => c.candidate);
};

/** The first pass over one part: each entry with any of the query's stems, with its score, coverage and bound. */
const findIn = (part: EntryIndex, p: number, query: RankQuery, coverageOf: (matched: Uint8Array, mask: number) => number, found: Found): Matches | undefined => {
  const { stems, group, groupCount, weightedIdf, averageLengths, interrogative, partFactor, topic } = query;
  const postings: (Posting | undefined)[] = stems.map((s) => part.posting(s));
  // Each entry's matched stems as a linked list through three arrays: `first` by slot, then `next`.
  let links = 0;
  for (const posting of postings) links += posting?.slots.length ?? 0;
  if (!links) return undefined;
  const first = new Int32Array(part.slotCount).fill(-1);
  const next = new Int32Array(links);
  const linkStem = new Int32Array(links);
  const linkAt = new Int32Array(links);
  let l = 0;
  postings.forEach((posting, j) => {
    if (!posting) return;
    posting.slots.forEach((slot, i) => {
      next[l] = first[slot]!;
      linkStem[l] = j;
      linkAt[l] = i;
      first[slot] = l++;
    });
  });
  const best = new Float64Array(groupCount);
  const matched = new Uint8Array(stems.length);
  const lengths = part.fieldLengths;
  // Slots in order, so that entries that rank alike keep the order of the knowledge.
  for (let slot = 0; slot < first.length; slot++) {
    if (first[slot] === -1) continue;
    best.fill(0);
    let mask = 0;
    for (let k = first[slot]!; k !== -1; k = next[k]!) {
      const j = linkStem[k]!;
      matched[j] = 1;
      if (j < 31) mask |= 1 << j;
      const s = termScore(postings[j]!.tf, linkAt[k]!, lengths, slot, averageLengths, weightedIdf[j]!);
      if (s > best[group[j]!]!) best[group[j]!] = s;
    }
    let score = 0;
    for (let g = 0; g < groupCount; g++) score += best[g]!;
    if (topic?.has(part.entryAt(slot).id)) score *= TOPIC_BOOST;
    const covered = coverageOf(matched, mask);
    for (let k = first[slot]!; k !== -1; k = next[k]!) matched[linkStem[k]!] = 0;
    // An entry that answers the same kind of question ("varför…", "när…") is a little more likely meant.
    const sameKind = 1 + (INTERROGATIVE_BOOST - 1) * (interrogative === null ? 0 : part.interrogativeShareAt(slot, interrogative));
    found.part.push(p);
    found.slot.push(slot);
    found.score.push(score);
    found.coverage.push(covered);
    found.sameKind.push(sameKind);
    found.bound.push(rankOf(score, covered, 1, sameKind, partFactor[p]!));
  }
  return { first, next, stem: linkStem };
};

const rankOf = (score: number, coverage: number, questionMatch: number, sameKind: number, partFactor: number) =>
  score * coverage ** COVERAGE_POWER * (1 + QUESTION_MATCH_FACTOR * questionMatch) * sameKind * partFactor;

const candidateOf = (part: EntryIndex, { first, next, stem }: Matches, found: Found, i: number, query: RankQuery): Candidate => {
  const slot = found.slot[i]!;
  const matched = new Set<string>();
  for (let k = first[slot]!; k !== -1; k = next[k]!) matched.add(query.stems[stem[k]!]!);
  const questionMatch = questionMatchOf(part.questionStemsAt(slot), query.tokenCount, matched, query.sureStems);
  const [score, coverage] = [found.score[i]!, found.coverage[i]!];
  return { entry: part.entryAt(slot), score, coverage, questionMatch, rank: rankOf(score, coverage, questionMatch, found.sameKind[i]!, query.partFactor[found.part[i]!]!) };
};

/** The indexes of the `n` highest values, in no particular order. */
const topBy = (values: readonly number[], n: number): number[] => {
  const top: number[] = [];
  let low = 0;
  values.forEach((value, i) => {
    if (top.length < n) {
      top.push(i);
      if (value < values[top[low]!]!) low = top.length - 1;
    } else if (value > values[top[low]!]!) {
      top[low] = i;
      low = 0;
      for (let t = 1; t < n; t++) if (values[top[t]!]! < values[top[low]!]!) low = t;
    }
  });
  return top;
};

/** The `n` highest ranks seen; `bar` is the lowest of them once there are `n` (a rank below it cannot be among them). */
class TopRanks {
  readonly #ranks: number[] = [];
  constructor(readonly n: number) {}
  get bar(): number {
    return this.#ranks.length < this.n ? -Infinity : this.#ranks[this.#ranks.length - 1]!;
  }
  add(rank: number) {
    const ranks = this.#ranks;
    let i = ranks.length;
    while (i > 0 && ranks[i - 1]! < rank) i--;
    ranks.splice(i, 0, rank);
    if (ranks.length > this.n) ranks.pop();
  }
}

/** One stem's BM25 over an entry's fields (FIELD_WEIGHTS), times its weight and whole-entry rarity. */
const termScore = (tf: readonly number[], at: number, lengths: readonly number[], slot: number, averageLengths: readonly number[], weightedIdf: number): number => {
  const { k, b, d } = BM25;
  let sum = 0;
  for (let f = 0; f < FIELD_COUNT; f++) {
    const n = tf[at * FIELD_COUNT + f]!;
    if (n === 0) continue;
    const norm = averageLengths[f] ? lengths[slot * FIELD_COUNT + f]! / averageLengths[f]! : 1;
    sum += FIELD_WEIGHTS[f]! * (d + (n * (k + 1)) / (n + k * (1 - b + b * norm)));
  }
  return weightedIdf * sum;
};

/**
 * The coverage of a set of matched stems, remembered for the search by the set (as a bit mask of the
 * first 31 stems): the entries a search reads have only a few different sets between them.
 */
const coverageMemo = ({ coverage, stems }: RankQuery) => {
  const memo = new Map<number, number>();
  return (matched: Uint8Array, mask: number): number => {
    if (stems.length > 31) return coverageOf(coverage, matched);
    let covered = memo.get(mask);
    if (covered === undefined) memo.set(mask, (covered = coverageOf(coverage, matched)));
    return covered;
  };
};

/** IDF-weighted share of the question's content tokens that the matched stems (by index) account for. */
const coverageOf = (parts: readonly CoveragePart[], matched: Uint8Array): number => {
  let total = 0;
  let covered = 0;
  for (const { terms, weight, place } of parts) {
    let best = 0;
    for (const t of terms) if (t.covers > best && matched[t.stem]) best = t.covers;
    // The tenant's own name is never held against an answer when the entry does not say it.
    if (best === 0 && place) continue;
    total += weight;
    covered += weight * best;
  }
  return total ? covered / total : 0;
};

/** Best overlap (Dice) between the query's matched stems and one of an entry's listed questions. */
const questionMatchOf = (questions: readonly Set<string>[], tokenCount: number, matched: ReadonlySet<string>, sureStems: ReadonlySet<string>): number => {
  let best = 0;
  for (const stems of questions) {
    if (!stems.size) continue;
    let common = 0;
    for (const s of stems) if (sureStems.has(s) && matched.has(s)) common++;
    // Dice over the question's stems and the query's content tokens.
    best = Math.max(best, (2 * common) / (stems.size + Math.max(tokenCount, 1)));
  }
  return best;
};
