// Reads a V8 CPU profile (node --cpu-prof) and lists where the time went: self time and total
// (inclusive) time per function, so a missed goal points at a function and a file.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[]; startTime: number; endTime: number };

export type HotFunction = { name: string; where: string; selfMs: number; selfPct: number; totalMs: number; totalPct: number };

const maps = new Map<string, SourceMap | null>();
const sourceMapOf = (file: string): SourceMap | null => {
  if (!maps.has(file)) {
    const map = `${file}.map`;
    maps.set(file, existsSync(map) ? new SourceMap(JSON.parse(readFileSync(map, 'utf8'))) : null);
  }
  return maps.get(file)!;
};

/** file:line of a frame, in the TypeScript source when the bundle has a source map (esbuild writes one). */
const location = ({ url, lineNumber, columnNumber }: ProfileNode['callFrame']) => {
  if (!url) return '(native)';
  if (!url.startsWith('file://')) return `${url}:${lineNumber + 1}`;
  const file = fileURLToPath(url);
  const entry = sourceMapOf(file)?.findEntry(lineNumber, columnNumber) as { originalSource?: string; originalLine?: number } | undefined;
  if (entry?.originalSource) {
    const source = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : resolve(dirname(file), entry.originalSource);
    return `${relative(process.cwd(), source)}:${(entry.originalLine ?? 0) + 1}`;
  }
  return `${relative(process.cwd(), file)}:${lineNumber + 1}`;
};

/** The `top` functions by self time, with their inclusive time (a recursive function is counted once per stack). */
export const summarizeProfile = (file: string, top = 25): { totalMs: number; idleMs: number; functions: HotFunction[] } => {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Self time per node from the samples and their time deltas (more exact than hitCount × interval).
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const dt = deltas[i + 1] ?? 0;
    selfUs.set(samples[i]!, (selfUs.get(samples[i]!) ?? 0) + dt);
  }
  const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${location(n.callFrame)}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    self.set(key(node), (self.get(key(node)) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = key(byId.get(at)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + us);
    }
  }
  // Shares are of the busy time: a server mostly waiting on its sockets would otherwise show only "(idle)".
  const idleKey = [...self.keys()].find((k) => k.startsWith('(idle) '));
  const idleUs = idleKey ? self.get(idleKey)! : 0;
  const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0) - idleUs;
  const functions = [...self.entries()]
    .filter(([k]) => k !== idleKey)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, us]) => {
      const space = k.indexOf(' ');
      const t = total.get(k) ?? us;
      return { name: k.slice(0, space), where: k.slice(space + 1), selfMs: us / 1000, selfPct: (100 * us) / totalUs, totalMs: t / 1000, totalPct: (100 * t) / totalUs };
    });
  return { totalMs: totalUs / 1000, idleMs: idleUs / 1000, functions };
};

/** Regular expressions show up under their whole source: keep a line a line. */
const short = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

/** The same, as lines of text. */
export const formatProfile = (file: string, top = 25): string => {
  const { totalMs, idleMs, functions } = summarizeProfile(file, top);
  const lines = [
    `${relative(process.cwd(), file)}: ${(totalMs / 1000).toFixed(1)} s busy, ${(idleMs / 1000).toFixed(1)} s idle; shares of the busy time`,
    '  self %  total %  function  (file:line)',
  ];
  for (const f of functions) lines.push(`  ${f.selfPct.toFixed(1).padStart(6)}  ${f.totalPct.toFixed(1).padStart(7)}  ${short(f.name)}  (${short(f.where)})`);
  return lines.join('\n');
};

/** The top functions by inclusive time, for seeing which caller a hot leaf belongs to. */
export const formatInclusive = (file: string, top = 25): string => {
  const { functions } = summarizeProfile(file, 100_000);
  return functions.sort((a, b) => b.totalMs - a.totalMs).slice(0, top)
    .map((f) => `  ${f.totalPct.toFixed(1).padStart(6)}  ${short(f.name)}  (${short(f.where)})`).join('\n');
};

if (process.argv[1]?.endsWith('profile-summary.js')) {
  for (const file of process.argv.slice(2)) {
    console.log(formatProfile(file));
    console.log('  by inclusive time:');
    console.log(formatInclusive(file));
  }
}
