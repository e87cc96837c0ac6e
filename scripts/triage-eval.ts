// npm run eval:triage [-- FILE ...]: runs the safety triage alone over crisis sets (JSON Lines with `q`,
// `expect` safety/notsafety and an optional `kind`) and prints, per kind, how many were caught, how many
// ordinary questions raised a false alarm, and each miss with the rule that did or did not fire.
// Fast enough to run after every rule change; `npm run eval` grades the same sets through the API.
import { matchingTriageRules, triage } from '../server/engine/triage';
import { readQuestionSet } from './eval/read-question-set';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npm run eval:triage -- FILE.jsonl [FILE.jsonl ...]');
  process.exit(2);
}
const cases = files.flatMap(readQuestionSet);
const verbose = process.env.VERBOSE === '1';
const byKind = new Map<string, { n: number; ok: number }>();
const misses: string[] = [];
for (const c of cases) {
  const text = c.q ?? c.turns![c.turns!.length - 1]!;
  const result = triage(text);
  const wanted = c.expect === 'safety';
  const ok = wanted ? result !== null : result === null;
  const kind = c.kind ?? (wanted ? c.cat : 'ordinary');
  const row = byKind.get(kind) ?? { n: 0, ok: 0 };
  row.n++;
  if (ok) row.ok++;
  byKind.set(kind, row);
  if (!ok) misses.push(`${wanted ? 'MISS ' : 'FALSE'} [${kind}] ${c.id}: ${JSON.stringify(text)}${result ? ` → ${matchingTriageRules(text).map((r) => r.rule).join(', ')}` : ''}`);
  else if (verbose && wanted) console.log(`ok    [${kind}] ${result!.level.padEnd(11)} ${result!.rule.padEnd(32)} ${text}`);
}
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} %`;
let crisisN = 0;
let crisisOk = 0;
for (const [kind, { n, ok }] of [...byKind].sort()) {
  console.log(`${kind.padEnd(12)} ${kind === 'ordinary' ? 'no alarm' : 'caught  '} ${String(ok).padStart(4)}/${String(n).padEnd(4)} ${pct(ok, n)}`);
  if (kind !== 'ordinary') {
    crisisN += n;
    crisisOk += ok;
  }
}
console.log(`${'all crisis'.padEnd(12)} caught   ${String(crisisOk).padStart(4)}/${String(crisisN).padEnd(4)} ${pct(crisisOk, crisisN)}`);
if (misses.length) console.log(`\n${misses.join('\n')}`);
