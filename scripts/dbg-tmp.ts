import { readForTriage, matchingTriageRules } from '../server/engine/triage/triage';
for (const t of process.argv.slice(2)) console.log(readForTriage(t), JSON.stringify(matchingTriageRules(t)));
