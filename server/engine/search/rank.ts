import type { Entry } from '../../knowledge/entry-schema';
import type { Interrogative } from '../swedish';
import type { EntryIndex } from './entry-index';
import { FIELD_COUNT, type Posting } from './postings';
import { pairShare } from './entry-pairs';

/**
 * Field weights in FIELDS' order (questions, keywords, body, place): a visitor's words match an
 * entry's listed questions best, its keywords next, its text last.
 */
const FIELD_WEIGHTS = [3, 2, 1, 0.5] as const;
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
/**
 * Up to this much again for an entry that has the question's words next to each other as the question has them
 * ("förebygga sjukdom", "lätt för invånaren"), in proportion to the share of the question's word pairs it has: the
 * entry that says what the visitor quotes, not one that has the same words apart. Measured over the visitor sets: 0.5
 * answered 3 more questions right (12 gained, 9 lost), 0.25 10 more (14, 4), 0.15 11 more.
 */
const PAIR_FACTOR = 0.15;
/** Rank factor for the conversation's topic and its related entries when a follow-up is read against them. */
const TOPIC_BOOST = 1.3;

/**
 * Rank factor for the tenant's own entry when the visitor names the tenant ("…i Västerbotten", "i länet"),
 * over the national one. Measured: 1.5 → 2.5 answered seven more questions right over the visitor sets (the
 * region's own timetable, its own målbild's year, instead of the country's) and lost two; 3 changed nothing more.
 */
export const TENANT_NAMED_BOOST = 2.5;
/**
 * Only for an own entry that covers about as much of the question as the best covering entry, less this: the boost
 * prefers the region's version of the same content, and an own entry that misses a word the national one has ("Vad är
 * basen i den nära vården enligt Region Norrbotten?": 0.78 against 1) is not that. A light word or a synonym less is
 * (Västerbotten's own timetable for "hur lång tid tar omställningen i västerbotten": 0.93 against 1). Measured over the
 * visitor sets: 0.01 answered 8 more right and lost 7, among them that timetable; 0.08 keeps it.
 */
const TENANT_NAMED_COVERAGE_SLACK = 0.08;

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
  /** Which stems are read surely enough to count in the question match, and the number of content tokens. */
  sure: readonly boolean[];
  tokenCount: number;
  interrogative: Interrogative | null;
  /** The question's word pairs (QueryAnalysis.pairs). */
  pairs: readonly string[];
  /** Rank factor of each part's entries (the own part's when the visitor names the tenant). */
  partFactor: readonly number[];
  /** Entries the conversation is on: lifted by TOPIC_BOOST, and always ranked. */
  topic?: ReadonlySet<string>;
};

/** A growable list of numbers over a typed array, reused from search to search. */
class NumberList<T extends Float64Array | Int32Array> {
  length = 0;
  constructor(public items: T) {}
  push(value: number) {
    if (this.length === this.items.length) {
      const grown = new (this.items.constructor as { new (n: number): T })(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }
}

/**
 * What the first pass knows of each matching entry, in lists by the entry's place in the knowledge
 * (national part first): all of its rank but the question match, and that rank with the best match it
 * could have (`bound`). Lists over typed arrays that every search reuses (searches run one at a time):
 * made anew for each search, they and the linked lists below cost a sixth of a search in garbage
 * collection at national scale.
 */
class Found {
  readonly part = new NumberList(new Int32Array(1024));
  readonly slot = new NumberList(new Int32Array(1024));
  readonly score = new NumberList(new Float64Array(1024));
  readonly coverage = new NumberList(new Float64Array(1024));
  readonly sameKind = new NumberList(new Float64Array(1024));
  readonly bound = new NumberList(new Float64Array(1024));
  readonly topic = new NumberList(new Int32Array(1024));
  readonly sureMatched = new NumberList(new Int32Array(1024));
  get length() {
    return this.part.length;
  }
  clear() {
    for (const list of [this.part, this.slot, this.score, this.coverage, this.sameKind, this.bound, this.topic, this.sureMatched]) list.length = 0;
  }
}

/**
 * Which of the query's stems (by index) each entry of a part has: a linked list per slot, from
 * `first[slot]` on through `next` (-1 ends it), each link with its stem and its place in the stem's
 * posting. One per part, reused.
 */
class Matches {
  first = new Int32Array(0);
  next = new NumberList(new Int32Array(1024));
  stem = new NumberList(new Int32Array(1024));
  at = new NumberList(new Int32Array(1024));
  reset(slots: number) {
    if (this.first.length < slots) this.first = new Int32Array(slots * 2);
    this.first.fill(-1, 0, slots);
    this.next.length = this.stem.length = this.at.length = 0;
  }
}

const found = new Found();
const matchesOf = [new Matches(), new Matches()];

/**
 * The best candidates among the parts' entries, best first: every entry that could be among the RANKED
 * best, or the RANKED best close ones, ranked exactly, and the topic's entries. A first pass reads the
 * postings of the query's stems and works out each matching entry's score and coverage, with no
 * allocation per entry; the question match, the costly part, is worked out only for the entries whose
 * rank with the best match they could have (questionMatchBound) could still reach the best.
 */
export const rank = (parts: readonly [EntryIndex, EntryIndex], query: RankQuery): Candidate[] => {
  found.clear();
  const coverageOfMatched = coverageMemo(query);
  parts.forEach((part, p) => findIn(part, p, query, coverageOfMatched, matchesOf[p]!));
  let mostCovered = 0;
  for (let i = 0; i < found.length; i++) mostCovered = Math.max(mostCovered, found.coverage.items[i]!);
  const boostFrom = mostCovered - TENANT_NAMED_COVERAGE_SLACK;
  const best = new TopRanks(RANKED);
  const bestClose = new TopRanks(RANKED);
  const candidates: { candidate: Candidate; order: number }[] = [];
  const exact = (i: number) => {
    const p = found.part.items[i]!;
    const candidate = candidateOf(parts[p]!, matchesOf[p]!, i, query, boostFrom);
    best.add(candidate.rank);
    if (candidate.coverage >= CLOSE_COVERAGE) bestClose.add(candidate.rank);
    candidates.push({ candidate, order: i });
  };
  // The RANKED highest bounds first: their exact ranks set the bar the others must reach.
  const first = topBy(found.bound, RANKED);
  for (const i of first) exact(i);
  const done = new Set(first);
  const { bound, coverage: covered, topic } = found;
  for (let i = 0; i < found.length; i++) {
    if (done.has(i)) continue;
    if (bound.items[i]! >= best.bar || (covered.items[i]! >= CLOSE_COVERAGE && bound.items[i]! >= bestClose.bar) || topic.items[i]) exact(i);
  }
  // Entries that rank alike in the knowledge's order.
  candidates.sort((a, b) => b.candidate.rank - a.candidate.rank || a.order - b.order);
  return candidates
    .filter(({ candidate: c, order }, i) => i < RANKED || (c.coverage >= CLOSE_COVERAGE && c.rank >= bestClose.bar) || topic.items[order])
    .map((c) => c.candidate);
};

/** The first pass over one part: each entry with any of the query's stems, with its score, coverage and bound. */
const findIn = (part: EntryIndex, p: number, query: RankQuery, coverageOf: (matched: Uint8Array, mask: number) => number, matches: Matches): void => {
  const { stems, group, groupCount, weightedIdf, averageLengths, interrogative, partFactor, topic, sure, tokenCount } = query;
  const pairBound = query.pairs.length ? 1 + PAIR_FACTOR : 1;
  const postings: (Posting | undefined)[] = stems.map((s) => part.posting(s));
  matches.reset(part.slotCount);
  const { first } = matches;
  for (let j = 0; j < postings.length; j++) {
    const slots = postings[j]?.slots ?? [];
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!;
      matches.next.push(first[slot]!);
      first[slot] = matches.next.length - 1;
      matches.stem.push(j);
      matches.at.push(i);
    }
  }
  const next = matches.next.items;
  const linkStem = matches.stem.items;
  const linkAt = matches.at.items;
  const best = new Float64Array(groupCount);
  const matched = new Uint8Array(stems.length);
  const lengths = part.fieldLengths;
  const shares = interrogative === null ? undefined : part.interrogativeShares(interrogative);
  const topicSlots = new Set([...(topic ?? [])].map((id) => part.slotOf(id)));
  // Slots in order, so that entries that rank alike keep the order of the knowledge.
  for (let slot = 0; slot < part.slotCount; slot++) {
    if (first[slot] === -1) continue;
    best.fill(0);
    let mask = 0;
    let sureMatched = 0;
    for (let k = first[slot]!; k !== -1; k = next[k]!) {
      const j = linkStem[k]!;
      matched[j] = 1;
      if (sure[j]) sureMatched++;
      if (j < 31) mask |= 1 << j;
      const s = termScore(postings[j]!.tf, linkAt[k]!, lengths, slot, averageLengths, weightedIdf[j]!);
      if (s > best[group[j]!]!) best[group[j]!] = s;
    }
    let score = 0;
    for (let g = 0; g < groupCount; g++) score += best[g]!;
    const isTopic = topicSlots.has(slot);
    if (isTopic) score *= TOPIC_BOOST;
    const covered = coverageOf(matched, mask);
    for (let k = first[slot]!; k !== -1; k = next[k]!) matched[linkStem[k]!] = 0;
    // An entry that answers the same kind of question ("varför…", "när…") is a little more likely meant.
    const sameKind = 1 + (INTERROGATIVE_BOOST - 1) * (shares?.[slot] ?? 0);
    found.part.push(p);
    found.slot.push(slot);
    found.score.push(score);
    found.coverage.push(covered);
    found.sameKind.push(sameKind);
    found.bound.push(rankOf(score, covered, questionMatchBound(sureMatched, tokenCount), sameKind, partFactor[p]!) * pairBound);
    found.topic.push(isTopic ? 1 : 0);
    found.sureMatched.push(sureMatched);
  }
};

/**
 * The most the question match can be for an entry that has `k` of the query's sure stems: a listed
 * question of s stems shares at most min(k, s) of them, and 2·min(k, s) / (s + tokens) is at most
 * 2k / (k + tokens) whatever s is.
 */
const questionMatchBound = (k: number, tokenCount: number) => (2 * k) / (k + Math.max(tokenCount, 1));

const rankOf = (score: number, coverage: number, questionMatch: number, sameKind: number, partFactor: number) =>
  score * coverage ** COVERAGE_POWER * (1 + QUESTION_MATCH_FACTOR * questionMatch) * sameKind * partFactor;

const candidateOf = (part: EntryIndex, { first, next, stem }: Matches, i: number, query: RankQuery, boostFrom: number): Candidate => {
  const slot = found.slot.items[i]!;
  let questionMatch = 0;
  if (found.sureMatched.items[i]) {
    const sureMatched: string[] = [];
    for (let k = first[slot]!; k !== -1; k = next.items[k]!) if (query.sure[stem.items[k]!]) sureMatched.push(query.stems[stem.items[k]!]!);
    questionMatch = questionMatchOf(part.questionStemsAt(slot), query.tokenCount, sureMatched);
  }
  const [score, coverage] = [found.score.items[i]!, found.coverage.items[i]!];
  const entry = part.entryAt(slot);
  const pairs = 1 + PAIR_FACTOR * pairShare(entry, query.pairs);
  const partFactor = coverage >= boostFrom ? query.partFactor[found.part.items[i]!]! : 1;
  return { entry, score, coverage, questionMatch, rank: rankOf(score, coverage, questionMatch, found.sameKind.items[i]!, partFactor) * pairs };
};

/** The indexes of the `n` highest values, in no particular order. */
const topBy = ({ items: values, length }: NumberList<Float64Array>, n: number): number[] => {
  const top: number[] = [];
  let low = 0;
  for (let i = 0; i < length; i++) {
    const value = values[i]!;
    if (top.length < n) {
      top.push(i);
      if (value < values[top[low]!]!) low = top.length - 1;
    } else if (value > values[top[low]!]!) {
      top[low] = i;
      low = 0;
      for (let t = 1; t < n; t++) if (values[top[t]!]! < values[top[low]!]!) low = t;
    }
  }
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

/** Best overlap (Dice) between the query's sure stems an entry has and one of the entry's listed questions. */
const questionMatchOf = (questions: readonly (readonly string[])[], tokenCount: number, sureMatched: readonly string[]): number => {
  let best = 0;
  for (const stems of questions) {
    if (!stems.length) continue;
    let common = 0;
    for (const s of sureMatched) if (stems.includes(s)) common++;
    // Dice over the question's stems and the query's content tokens.
    best = Math.max(best, (2 * common) / (stems.length + Math.max(tokenCount, 1)));
  }
  return best;
};
