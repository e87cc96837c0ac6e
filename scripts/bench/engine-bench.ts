// The answer engine alone, in this process (no HTTP, no sockets): building the index from a knowledge
// folder, then what the watcher does when an editor saves a change to a national entry (the edit that
// touches every tenant's index): reading the folder again and swapping in the new indexes; then asking
// questions one after another for a fixed time. The folder is edited: give it a copy.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Engine } from '../../server/engine/engine';
import { KnowledgeCache, loadKnowledge } from '../../server/knowledge/load-knowledge';
import type { Knowledge } from '../../server/knowledge/knowledge';
import { questionMix } from './questions';
import { summarize, type Latency } from './stats';

export type LoadFigures = {
  /** Reading and validating the folder (loadKnowledge). */
  readMs: number;
  /** Building the search indexes (engine.load). */
  indexMs: number;
  totalMs: number;
  /** Heap held after the load and a full GC, over the heap before the first load: the knowledge and its indexes. */
  heapBytes: number;
  /** Resident memory of this process after the load and a full GC, over the same baseline. */
  rssBytes: number;
};

export type EngineFigures = {
  entries: number;
  tenants: number;
  build: LoadFigures;
  /** After one national entry's text was edited. */
  reload: LoadFigures;
  asks: Latency & { perSec: number };
};

/** A full GC, so heap figures are what is held, not what awaits collection. */
export const collectGarbage: () => void = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

const memory = () => {
  collectGarbage();
  collectGarbage();
  const { heapUsed, external, rss } = process.memoryUsage();
  return { heap: heapUsed + external, rss };
};

const load = async (engine: Engine, dir: string, cache: KnowledgeCache, baseline: { heap: number; rss: number }): Promise<{ figures: LoadFigures; knowledge: Knowledge }> => {
  const t0 = performance.now();
  const { knowledge, problems } = await loadKnowledge(dir, { cache });
  const t1 = performance.now();
  if (!knowledge) {
    const first = problems.find((p) => p.severity === 'error');
    throw new Error(`${dir} does not load: ${first ? `${first.file}:${first.line}: ${first.message}` : 'no knowledge'}`);
  }
  engine.load(knowledge);
  const t2 = performance.now();
  const after = memory();
  return {
    knowledge,
    figures: { readMs: t1 - t0, indexMs: t2 - t1, totalMs: t2 - t0, heapBytes: after.heap - baseline.heap, rssBytes: after.rss - baseline.rss },
  };
};

/** An editor's change to the first national entry: a sentence added to its answer. */
export const editNationalEntry = (dir: string): string => {
  const file = join(dir, 'national', readdirSync(join(dir, 'national')).filter((f) => f.endsWith('.md')).sort()[0]!);
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(/^(---\n[\s\S]*?\n---\n\n?)/, '$1Texten uppdaterades av redaktionen i dag. ');
  if (edited === text) throw new Error(`${file}: no front matter to edit after`);
  writeFileSync(file, edited);
  return file;
};

/** Builds an engine on the knowledge folder `dir`, edits one national entry and reloads, then questions it. */
export const benchEngine = async (dir: string, { durationMs = 3000 }: { durationMs?: number } = {}): Promise<EngineFigures> => {
  const baseline = memory();
  const engine = new Engine();
  // As the watcher does: one cache of parsed files across loads, so the reload reads only what changed.
  const cache = new KnowledgeCache();
  // Only the figures of the first load are kept, so its knowledge is garbage once the reload swaps it out.
  const build = (await load(engine, dir, cache, baseline)).figures;
  editNationalEntry(dir);
  const reload = await load(engine, dir, cache, baseline);
  const knowledge = reload.knowledge;

  // Every tenant's questions, interleaved, as 64 visitors taking turns.
  const mix = questionMix(knowledge, 200);
  const tenants = Object.keys(mix);
  const asks: { tenant: string; text: string }[] = [];
  for (let i = 0; i < 200; i++) for (const tenant of tenants) asks.push({ tenant, text: mix[tenant]![i]! });
  const conversationOf = (i: number) => `bench-${asks[i % asks.length]!.tenant}-${i % 64}`;
  // Warm-up: every question once, or half a second's worth on a slow base.
  const warmUntil = performance.now() + 500;
  for (let i = 0; i < asks.length && performance.now() < warmUntil; i++) engine.ask({ ...asks[i]!, conversationId: conversationOf(i) });

  const samples: number[] = [];
  const start = performance.now();
  let i = 0;
  while (performance.now() - start < durationMs) {
    const t = performance.now();
    engine.ask({ ...asks[i % asks.length]!, conversationId: conversationOf(i) });
    samples.push(performance.now() - t);
    i++;
  }
  const elapsed = performance.now() - start;
  return {
    entries: knowledge.entries.size,
    tenants: knowledge.tenants.size,
    build,
    reload: reload.figures,
    asks: { ...summarize(samples), perSec: (samples.length / elapsed) * 1000 },
  };
};
