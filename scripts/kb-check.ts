// npm run kb:check [-- FOLDER]: checks the knowledge base and tells a content editor, in Swedish,
// what is wrong and where: `fil:rad: vad som är fel — hur du rättar det`. Exits 1 when anything must be fixed.
import { loadKnowledge } from '../server/knowledge/load-knowledge';
import { formatProblem, type Problem } from '../server/knowledge/problem';
import { checkSafetyFolder } from './kb-check/check-safety-folder';

const root = process.argv[2] ?? 'knowledge';
const loaded = await loadKnowledge(root);
const { knowledge } = loaded;
// The safety lists: every must-trigger message gets its level, no must-not-trigger question triggers.
const problems: Problem[] = [...loaded.problems, ...checkSafetyFolder(root)];
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');

for (const p of [...errors, ...warnings]) console.log(formatProblem(p));
if (errors.length) {
  console.log(`\n${errors.length} fel och ${warnings.length} varningar. Rätta felen och kör npm run kb:check igen. Guiden fortsätter att svara med den senaste fungerande versionen tills dess.`);
  process.exit(1);
}
if (!knowledge) process.exit(1);
console.log(`${problems.length ? '\n' : ''}Kunskapsbasen är i ordning: ${knowledge.entries.size} svar för ${knowledge.tenants.size} organisationer` +
  (warnings.length ? `, ${warnings.length} varningar att titta på.` : ', inga varningar.'));
