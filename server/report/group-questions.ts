import { normalizeText, tokenize } from '../engine/swedish';
import type { UnansweredQuestion } from '../store/store';
import { questionTerms } from './question-terms';

export type QuestionGroup = {
  /** Questions in the group. */
  count: number;
  /** The most frequent wording. */
  example: string;
  /** Up to five other wordings, most frequent first. */
  variants: string[];
  kinds: Partial<Record<UnansweredQuestion['kind'], number>>;
  lastAskedAt: string;
};

/** The groups, largest first (the most recently asked first among equals); a page is made on demand. */
export type GroupedQuestions = { size: number; slice(start: number, end: number): QuestionGroup[] };

/** Questions at least this alike (shared terms over all terms) fall in one group. */
const LIKENESS = 0.5;
/**
 * A group looks at no more than this many larger groups that might take it in. Only a crafted flood
 * makes a group share a rare word with more; it then stays a group of its own, and the report stays
 * fast whatever was asked (100,000 planted questions: about 4 s of work in slices, instead of minutes).
 */
const MAX_CANDIDATES = 64;
/** Work between two breaths of the event loop, in milliseconds: the report never holds up an answer for longer. */
const SLICE_MS = 10;

/** Questions with the same terms (or, without terms, the same words), counted as they are read. */
type Bucket = {
  terms: string[];
  count: number;
  /** The first wording; `wordings` counts them once there is a second (most buckets in a flood have one). */
  text: string;
  wordings?: Map<string, number>;
  kinds: QuestionGroup['kinds'];
  lastAt: number;
  group: number;
};

/** Lets the event loop run once `SLICE_MS` have gone since it last did. */
const breather = (breathe: () => Promise<void>) => {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < SLICE_MS) return;
    await breathe();
    since = performance.now();
  };
};

/** `items` ordered by `count`, largest first, keeping their order among equals: a counting sort, no comparisons. */
const byCountDescending = async <T extends { count: number }>(items: readonly T[], pause: () => Promise<void>): Promise<T[]> => {
  const byCount = new Map<number, T[]>();
  for (let i = 0; i < items.length; i++) {
    if (i % 1024 === 0) await pause();
    const item = items[i]!;
    const same = byCount.get(item.count);
    if (same) same.push(item);
    else byCount.set(item.count, [item]);
  }
  const ordered: T[] = [];
  for (const count of [...byCount.keys()].sort((a, b) => b - a)) {
    for (const item of byCount.get(count)!) {
      if (ordered.push(item) % 1024 === 0) await pause();
    }
  }
  return ordered;
};

/**
 * Groups unanswered questions for the editors' report. Questions with the same stemmed content words
 * share a bucket at once (a map lookup each); buckets then join the largest bucket whose terms they
 * share at least half of. Which larger buckets to compare with is found through an index of each
 * leader's rarest words (prefix filtering: two sets this alike must share one of them), so the work
 * grows with the questions, not with their square; and it is done in slices, breathing between them.
 */
export class QuestionGrouper {
  /** In the order they were last asked (a bucket asked again moves to the end): no sort by time needed. */
  readonly #buckets = new Map<string, Bucket>();
  total = 0;

  add(question: UnansweredQuestion): void {
    this.total++;
    const terms = question.terms ?? questionTerms(question.text);
    const key = terms || `=${tokenize(normalizeText(question.text)).join(' ')}`;
    let bucket = this.#buckets.get(key);
    if (bucket) this.#buckets.delete(key);
    else bucket = { terms: terms ? terms.split(' ') : [], count: 0, text: question.text, kinds: {}, lastAt: 0, group: -1 };
    this.#buckets.set(key, bucket);
    bucket.count++;
    if (bucket.wordings || question.text !== bucket.text) {
      bucket.wordings ??= new Map([[bucket.text, bucket.count - 1]]);
      bucket.wordings.set(question.text, (bucket.wordings.get(question.text) ?? 0) + 1);
    }
    bucket.kinds[question.kind] = (bucket.kinds[question.kind] ?? 0) + 1;
    if (question.at > bucket.lastAt) bucket.lastAt = question.at;
  }

  /** The groups; `breathe` is awaited between slices of work. */
  async groups(breathe: () => Promise<void> = async () => {}): Promise<GroupedQuestions> {
    const pause = breather(breathe);
    const recentFirst = [...this.#buckets.values()].reverse();
    // Words ordered rarest first across buckets: a bucket's prefix is its rarest words.
    const frequency = new Map<string, number>();
    for (const b of recentFirst) {
      for (const t of b.terms) frequency.set(t, (frequency.get(t) ?? 0) + 1);
      await pause();
    }
    const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
    const prefix = (terms: string[]) => terms.slice(0, terms.length - Math.ceil(LIKENESS * terms.length) + 1);

    const leaders: { terms: Set<string>; members: Bucket[] }[] = [];
    const byWord = new Map<string, number[]>();
    for (const bucket of await byCountDescending(recentFirst, pause)) {
      await pause();
      const ordered = [...bucket.terms].sort(rarestFirst);
      const alike = ordered.length === 0 ? undefined : firstAlike(bucket, prefix(ordered), leaders, byWord);
      if (alike !== undefined) {
        leaders[alike]!.members.push(bucket);
        bucket.group = alike;
        continue;
      }
      bucket.group = leaders.push({ terms: new Set(bucket.terms), members: [bucket] }) - 1;
      for (const word of prefix(ordered)) {
        const list = byWord.get(word);
        if (list) list.push(bucket.group);
        else byWord.set(word, [bucket.group]);
      }
    }
    // Groups in the order their latest question was asked, then by size: most recent first among equals.
    const seen = new Set<number>();
    const groups: { count: number; members: Bucket[] }[] = [];
    for (const bucket of recentFirst) {
      if (seen.has(bucket.group)) continue;
      seen.add(bucket.group);
      const { members } = leaders[bucket.group]!;
      groups.push({ count: members.reduce((sum, m) => sum + m.count, 0), members });
      await pause();
    }
    const ordered = await byCountDescending(groups, pause);
    return { size: ordered.length, slice: (start, end) => ordered.slice(start, end).map(({ members }) => toGroup(members)) };
  }
}

/** The first (largest) leader at least LIKENESS alike, among those sharing a word of the prefix. */
const firstAlike = (bucket: Bucket, prefixWords: string[], leaders: { terms: Set<string> }[], byWord: Map<string, number[]>): number | undefined => {
  const candidates = new Set<number>();
  for (const word of prefixWords) {
    for (const index of byWord.get(word) ?? []) {
      if (candidates.size >= MAX_CANDIDATES) break;
      candidates.add(index);
    }
  }
  let first: number | undefined;
  for (const index of candidates) {
    if (first !== undefined && index > first) continue;
    if (jaccard(leaders[index]!.terms, bucket.terms) >= LIKENESS) first = index;
  }
  return first;
};

const jaccard = (a: ReadonlySet<string>, b: readonly string[]) => {
  let shared = 0;
  for (const t of b) if (a.has(t)) shared++;
  return shared / (a.size + b.length - shared);
};

const toGroup = (members: readonly Bucket[]): QuestionGroup => {
  const wordings = new Map<string, number>();
  const kinds: QuestionGroup['kinds'] = {};
  let count = 0;
  let lastAt = 0;
  for (const m of members) {
    count += m.count;
    lastAt = Math.max(lastAt, m.lastAt);
    for (const [text, n] of m.wordings ?? [[m.text, m.count] as const]) wordings.set(text, (wordings.get(text) ?? 0) + n);
    for (const [kind, n] of Object.entries(m.kinds) as [keyof QuestionGroup['kinds'], number][]) kinds[kind] = (kinds[kind] ?? 0) + n;
  }
  const [example, ...variants] = mostFrequent(wordings, 6);
  return { count, example: example!, variants, kinds, lastAskedAt: new Date(lastAt).toISOString() };
};

/** The `k` most frequent keys, in one pass (a flood's group may hold a hundred thousand wordings: no sort). */
const mostFrequent = (counts: ReadonlyMap<string, number>, k: number): string[] => {
  const top: [string, number][] = [];
  for (const entry of counts) {
    if (top.length === k && entry[1] <= top[k - 1]![1]) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]![1] < entry[1]) at--;
    top.splice(at, 0, entry);
    if (top.length > k) top.pop();
  }
  return top.map(([text]) => text);
};
