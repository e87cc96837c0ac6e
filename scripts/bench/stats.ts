/** Latency samples in milliseconds, summarised. */
export type Latency = { count: number; p50: number; p99: number; max: number };

/** Nearest-rank percentiles of `samples` (sorted in place). */
export const summarize = (samples: number[]): Latency => {
  if (samples.length === 0) return { count: 0, p50: NaN, p99: NaN, max: NaN };
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.max(0, Math.ceil(q * samples.length) - 1))]!;
  return { count: samples.length, p50: at(0.5), p99: at(0.99), max: samples[samples.length - 1]! };
};

/** A small seeded PRNG (mulberry32), so every run asks the same questions in the same order. */
export const random = (seed: number) => () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
