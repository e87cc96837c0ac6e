import type { Candidate } from './search/tenant-index';

export type Decision =
  | { kind: 'answer'; candidate: Candidate }
  | { kind: 'clarify'; candidates: Candidate[] }
  | { kind: 'fallback'; reason: 'nothing-found' | 'too-little-covered' | 'errand' | 'other-organisation' | 'no-number' };

export type DecideOptions = {
  /** Share of the question the best entry must cover to be answered. @default 0.5 */
  minCoverage?: number;
  /** A runner-up this close to the best (rank ratio) and covering as much is "about equally good". @default 0.88 */
  tieRatio?: number;
};

/**
 * Answer, clarify or fall back, from how much of the question the best entry covers and its
 * margin to the next: never from a raw BM25 floor, which means different things for different questions.
 */
export const decide = (candidates: readonly Candidate[], { minCoverage = 0.5, tieRatio = 0.88 }: DecideOptions = {}): Decision => {
  const [best, second] = candidates;
  if (!best) return { kind: 'fallback', reason: 'nothing-found' };
  if (best.coverage < minCoverage) return { kind: 'fallback', reason: 'too-little-covered' };
  if (
    second &&
    second.rank >= best.rank * tieRatio &&
    second.coverage >= best.coverage - 0.05 &&
    best.questionMatch - second.questionMatch < 0.25 &&
    // A topic and its own detail are not rivals, whichever of them names the other: answer the better one.
    !best.entry.related.includes(second.entry.id) &&
    !second.entry.related.includes(best.entry.id)
  ) {
    const rivals = candidates.filter((c) => c.rank >= best.rank * tieRatio && c.coverage >= best.coverage - 0.05).slice(0, 3);
    return { kind: 'clarify', candidates: rivals };
  }
  return { kind: 'answer', candidate: best };
};
