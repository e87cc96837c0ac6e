// The safety triage alone, on text it has not seen: every message of the crisis sets, each with a word
// no visitor wrote before appended (a made-up word of 5–9 letters: unknown words take the slowest path,
// the spelling repair), asked once each, round after round, for a fixed time. Triage keeps no memo of
// whole messages; what it remembers is per word, so new words are what cost. One round first that does
// not count, as a server that has been running has compiled its code and met the everyday words.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { triage } from '../../server/engine/triage';
import { random, summarize, type Latency } from './stats';

export type TriageFigures = Latency & { messages: number; perSec: number; meanMs: number };

export const benchTriage = (root: string, { durationMs }: { durationMs: number }): TriageFigures => {
  const dir = join(root, 'scripts/eval');
  const messages = readdirSync(dir)
    .filter((f) => /^crisis-.*\.jsonl$/.test(f))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { q: string }).q));
  if (!messages.length) throw new Error(`no crisis sets in ${dir}`);
  const next = random(12);
  const letters = 'abdefghijklmnoprstuvyåäö';
  const madeUp = () => Array.from({ length: 5 + Math.floor(next() * 5) }, () => letters[Math.floor(next() * letters.length)]).join('');
  for (const message of messages) triage(`${message} ${madeUp()}`);
  const samples: number[] = [];
  const end = performance.now() + durationMs;
  let total = 0;
  while (performance.now() < end) {
    for (const message of messages) {
      const text = `${message} ${madeUp()}`;
      const t0 = performance.now();
      triage(text);
      const took = performance.now() - t0;
      samples.push(took);
      total += took;
    }
  }
  const count = samples.length;
  return { ...summarize(samples), messages: messages.length, perSec: (count / total) * 1000, meanMs: total / count };
};
