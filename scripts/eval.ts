// npm run eval [-- FILE…] [--record]: asks every line of each question set through the HTTP API of a
// server it starts, grades the last reply of each conversation (shared/eval/README.md), and prints a
// table by category beside two naive baselines over the same knowledge, with the precision of the answers
// given. Without FILE: the shared dev set, then the visitor sets written blind (scripts/eval/visitors-*),
// each beside its figures at first sight (scripts/eval/first-sight.json). `--record` stores the figures of
// a set never graded before as its first sight; it refuses a set that has them. Then the generated check
// of the search method (eval/self-retrieval.ts): every listed question with a word left out.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { startServer } from '../server/start';
import { grade, type EvalCase, type GradedReply } from './eval/grade';
import { fuseBaseline, miniSearchBaseline } from './eval/baselines';
import { selfRetrieval, type SelfRetrieval } from './eval/self-retrieval';
import { readQuestionSet } from './eval/read-question-set';

const FIRST_SIGHT_FILE = 'scripts/eval/first-sight.json';
/** Per set: when it was first graded, and what it scored then (category → "passed/total"), "precision" too. */
type FirstSight = Record<string, { date: string; figures: Record<string, string> }>;

const args = process.argv.slice(2);
const record = args.includes('--record');
const named = args.filter((a) => !a.startsWith('--'));
const files = named.length ? named : ['../shared/eval/dev.jsonl', ...readdirSync('scripts/eval').filter((f) => /^visitors-\d+\.jsonl$/.test(f)).sort((a, b) => parseInt(a.slice(9)) - parseInt(b.slice(9))).map((f) => `scripts/eval/${f}`)];
const firstSight: FirstSight = JSON.parse(readFileSync(FIRST_SIGHT_FILE, 'utf8'));

// One client asking hundreds of questions quickly: the visitor limits would only measure themselves.
// A database of its own, removed afterwards: the eval's unanswered questions are not an editor's, and a running
// server may hold ./data.
const evalDataDir = mkdtempSync(join(tmpdir(), 'nara-eval-data-'));
const server = await startServer({ port: 0, quiet: true, watch: false, config: { RATE_LIMIT_PER_MIN: 0, RATE_LIMIT_PER_ADDRESS_PER_MIN: 0, DATA_DIR: evalDataDir } });
const knowledge = server.engine.knowledge!;
const baselines = [miniSearchBaseline(knowledge), fuseBaseline(knowledge)];

type Result = { case: EvalCase; ours: string | null; baselines: (string | null)[]; reply: GradedReply };

const ask = async (c: EvalCase): Promise<Result> => {
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
  return { case: c, reply, ours: grade(c, reply), baselines: baselines.map((b) => grade(c, b.ask(c.tenant, last))) };
};

const fraction = (passed: number, total: number) => `${passed}/${total}`;
/** "a/b" as "a/b  NN%". */
const withShare = (f: string | undefined) => {
  if (!f) return '';
  const [a, b] = f.split('/').map(Number);
  return `${f} ${String(Math.round((100 * a!) / Math.max(b!, 1))).padStart(3)}%`;
};
const pct = (rs: Result[], pick: (r: Result) => string | null) => withShare(fraction(rs.filter((r) => pick(r) === null).length, rs.length));
/** Of the replies that were answers from the base, how many were right: a wrong answer is worse than a fallback. */
const precisionOf = (rs: Result[]) => {
  const answers = rs.filter((r) => r.reply.kind === 'answer');
  return fraction(answers.filter((r) => r.ours === null).length, answers.length);
};

/** A Markdown table with its columns padded to their widest cell. */
const printTable = (header: string[], rows: string[][]) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
};

const summary: string[][] = [];
for (const file of files) {
  const cases = readQuestionSet(file);
  const results: Result[] = [];
  for (const c of cases) results.push(await ask(c));

  const name = basename(file);
  const seen = firstSight[name];
  const cats = [...new Set(cases.map((c) => c.cat))];
  const figures: Record<string, string> = {};
  const rows = [...cats.map((cat) => {
    const rs = results.filter((r) => r.case.cat === cat);
    figures[cat] = fraction(rs.filter((r) => r.ours === null).length, rs.length);
    return [cat, pct(rs, (r) => r.ours), ...(seen ? [withShare(seen.figures[cat])] : []), ...baselines.map((_, i) => pct(rs, (r) => r.baselines[i]!))];
  })];
  figures.all = fraction(results.filter((r) => r.ours === null).length, results.length);
  figures.precision = precisionOf(results);
  rows.push(['all', pct(results, (r) => r.ours), ...(seen ? [withShare(seen.figures.all)] : []), ...baselines.map((_, i) => pct(results, (r) => r.baselines[i]!))]);
  rows.push(['answers right (precision)', withShare(figures.precision), ...(seen ? [withShare(seen.figures.precision)] : []), ...baselines.map(() => '')]);

  console.log(`\nQuestion set: ${file} (${cases.length} conversations)${seen ? `, first graded ${seen.date}` : ''}\n`);
  printTable(['category', 'nara-guide', ...(seen ? ['at first sight'] : []), ...baselines.map((b) => b.name)], rows);
  summary.push([name, withShare(figures.all), withShare(figures.precision), seen ? withShare(seen.figures.all) : '', seen ? withShare(seen.figures.precision) : '']);

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
  if (record) {
    if (seen) {
      console.error(`\n${name} was first graded ${seen.date}: its first sight stays as recorded.`);
      process.exitCode = 1;
    } else {
      firstSight[name] = { date: new Date().toISOString().slice(0, 10), figures };
      writeFileSync(FIRST_SIGHT_FILE, `${JSON.stringify(firstSight, null, 2)}\n`);
      console.log(`\nRecorded as the first sight of ${name} in ${FIRST_SIGHT_FILE}.`);
    }
  }
}

if (summary.length > 1) {
  console.log('\nAll sets:\n');
  printTable(['set', 'now', 'precision now', 'at first sight', 'precision at first sight'], summary);
}

// Beside the MiniSearch baseline only: Fuse.js takes over a minute for these thousands of questions.
const selfBaselines = baselines.filter((b) => b.name.startsWith('MiniSearch'));
const self = [
  selfRetrieval(knowledge, (tenant, text) => server.engine.ask({ tenant, text })),
  ...selfBaselines.map((b) => selfRetrieval(knowledge, (tenant, text) => b.ask(tenant, text))),
];
await server.close();
rmSync(evalDataDir, { recursive: true, force: true });

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
