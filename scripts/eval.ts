// npm run eval [-- FILE]: asks every line of a question set through the HTTP API of a server it starts,
// grades the last reply of each conversation (shared/eval/README.md), and prints a table by category
// beside two naive baselines over the same knowledge. Then the generated check of the search method
// (eval/self-retrieval.ts): every listed question with a word left out, asked of the engine directly.
import { readFileSync } from 'node:fs';
import { startServer } from '../server/start';
import { grade, type EvalCase, type GradedReply } from './eval/grade';
import { fuseBaseline, miniSearchBaseline } from './eval/baselines';
import { selfRetrieval, type SelfRetrieval } from './eval/self-retrieval';

const file = process.argv[2] ?? '../shared/eval/dev.jsonl';
const cases: EvalCase[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

// One client asking hundreds of questions quickly: the visitor limits would only measure themselves.
const server = await startServer({ port: 0, quiet: true, watch: false, config: { RATE_LIMIT_PER_MIN: 0, RATE_LIMIT_PER_ADDRESS_PER_MIN: 0 } });
const knowledge = server.engine.knowledge!;
const baselines = [miniSearchBaseline(knowledge), fuseBaseline(knowledge)];

type Result = { case: EvalCase; ours: string | null; baselines: (string | null)[]; reply: GradedReply };
const results: Result[] = [];
for (const c of cases) {
  const turns = c.turns ?? [c.q!];
  let conversationId: string | undefined;
  let reply!: GradedReply;
  for (const text of turns) {
    const res = await fetch(`${server.url}/api/v1/ask`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ tenant: c.tenant, text, conversationId }),
    });
    reply = (await res.json()) as GradedReply;
    if (!res.ok) reply = { kind: `http ${res.status}`, text: JSON.stringify(reply), contacts: [] };
    conversationId = reply.conversationId as string | undefined;
  }
  const last = turns[turns.length - 1]!;
  results.push({ case: c, reply, ours: grade(c, reply), baselines: baselines.map((b) => grade(c, b.ask(c.tenant, last))) });
}
// Beside the MiniSearch baseline only: Fuse.js takes over a minute for these thousands of questions.
const selfBaselines = baselines.filter((b) => b.name.startsWith('MiniSearch'));
const self = [
  selfRetrieval(knowledge, (tenant, text) => server.engine.ask({ tenant, text })),
  ...selfBaselines.map((b) => selfRetrieval(knowledge, (tenant, text) => b.ask(tenant, text))),
];
await server.close();

const cats = [...new Set(cases.map((c) => c.cat))];
const pct = (rs: Result[], pick: (r: Result) => string | null) => {
  const passed = rs.filter((r) => pick(r) === null).length;
  return `${passed}/${rs.length} ${String(Math.round((100 * passed) / rs.length)).padStart(3)}%`;
};
const header = ['category', 'nara-guide', ...baselines.map((b) => b.name)];
const rows = [...cats.map((cat) => {
  const rs = results.filter((r) => r.case.cat === cat);
  return [cat, pct(rs, (r) => r.ours), ...baselines.map((_, i) => pct(rs, (r) => r.baselines[i]!))];
}), ['all', pct(results, (r) => r.ours), ...baselines.map((_, i) => pct(results, (r) => r.baselines[i]!))]];
/** A Markdown table with its columns padded to their widest cell. */
const printTable = (header: string[], rows: string[][]) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
};
console.log(`Question set: ${file} (${cases.length} conversations)\n`);
printTable(header, rows);
// Crisis sets name each line's situation: recall per kind, and false alarms on the ordinary ones.
const kinds = [...new Set(cases.flatMap((c) => (c.kind ? [c.kind] : [])))].sort();
if (kinds.length) {
  console.log('');
  printTable(['kind', 'nara-guide'], kinds.map((kind) => [kind, pct(results.filter((r) => r.case.kind === kind), (r) => r.ours)]));
}

const failures = results.filter((r) => r.ours !== null);
if (failures.length) {
  console.log(`\nFailures (${failures.length}):`);
  for (const f of failures) {
    const asked = (f.case.turns ?? [f.case.q]).join(' → ');
    console.log(`- ${f.case.id} [${f.case.cat}] ${f.case.tenant}: "${asked}": ${f.ours} (kind ${f.reply.kind}${f.reply.entryId ? `, entry ${String(f.reply.entryId)}` : ''})`);
  }
}

const share = (n: number, of: number) => `${n} ${String(Math.round((100 * n) / Math.max(of, 1))).padStart(3)}%`;
const selfRows: [string, (t: SelfRetrieval) => number][] = [
  ['answered with its entry', (t) => t.answered],
  ['its entry offered (clarify)', (t) => t.offered],
  ['another entry', (t) => t.wrong],
  ['no answer', (t) => t.other],
];
const selfCells = selfRows.map(([label, pick]) => [label, ...self.map((t) => share(pick(t), t.asked))]);
console.log(`\nEvery listed question with one word left out, as typed and without å/ä/ö (${self[0]!.asked} questions):\n`);
printTable(['listed question, one word left out', 'nara-guide', ...selfBaselines.map((b) => b.name)], selfCells);
