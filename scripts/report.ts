// `npm run report -- --tenant ID [--json] [--days N] [--page N]`: the editors' report from the server's database
// (SQLite in DATA_DIR, or PostgreSQL in DATABASE_URL).
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../server/config';
import { openStore } from '../server/store/open-store';
import { buildReport, formatReport } from '../server/report/build-report';
import { loadKnowledge } from '../server/knowledge/load-knowledge';

const usage = 'usage: npm run report -- --tenant ID [--json] [--days N] [--page N]';
let args;
try {
  args = parseArgs({ options: { tenant: { type: 'string' }, json: { type: 'boolean', default: false }, days: { type: 'string', default: '30' }, page: { type: 'string', default: '1' } } }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const days = Number(args.days);
const page = Number(args.page);
if (!args.tenant || !/^[a-z0-9-]+$/.test(args.tenant) || !Number.isInteger(days) || days < 1 || !Number.isInteger(page) || page < 1) {
  console.error(usage);
  process.exit(2);
}
const config = readConfig();
if (!config.DATABASE_URL && !existsSync(join(config.DATA_DIR, 'nara-guide.sqlite'))) {
  console.error(`No database in ${config.DATA_DIR} (DATA_DIR): the server has not run there yet.`);
  process.exit(1);
}
const store = await openStore(config);
try {
  // The entries due for review, from the knowledge as it is on disk (a broken base still has dates to read).
  const { knowledge } = await loadKnowledge(config.KNOWLEDGE_DIR);
  const report = await buildReport(store, args.tenant, { days, page, entries: knowledge?.entries.values() });
  console.log(args.json ? JSON.stringify(report, null, 2) : formatReport(report));
} finally {
  await store.close();
}
