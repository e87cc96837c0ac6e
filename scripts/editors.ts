// Named editors' accounts in the server's database (SQLite in DATA_DIR, or PostgreSQL in DATABASE_URL) for /admin:
//
//   npm run editors -- add --tenant strangnas --user anna.svensson     the password is read from standard input
//   npm run editors -- password --user anna.svensson                  a new password (ends the account's sessions)
//   npm run editors -- remove --user anna.svensson                    removes the account and ends its sessions
//   npm run editors -- list [--tenant strangnas]
//
// --tenant is an organisation's id, or `national` for an editor of the national entries.
import { parseArgs } from 'node:util';
import { readConfig } from '../server/config';
import { hashPassword, passwordProblem } from '../server/editors/password';
import { loadKnowledge } from '../server/knowledge/load-knowledge';
import { openStore } from '../server/store/open-store';

const usage = `usage: npm run editors -- add --tenant ID --user NAME   (password on standard input)
       npm run editors -- password --user NAME                 (password on standard input)
       npm run editors -- remove --user NAME
       npm run editors -- list [--tenant ID]`;
const fail = (message: string, code = 2): never => {
  console.error(message);
  process.exit(code);
};

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { tenant: { type: 'string' }, user: { type: 'string' } } });
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
const { positionals: [command], values: { tenant, user } } = parsed!;
const USER = /^[a-z0-9][a-z0-9._@-]{1,63}$/;

/** The password: the first line of standard input (pipe it, or type it and press Enter then Ctrl-D). */
const readPassword = async (): Promise<string> => {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  const password = text.split(/\r?\n/)[0] ?? '';
  const problem = passwordProblem(password);
  return problem ? fail(`editors: ${problem}`) : password;
};

const config = readConfig();
const store = await openStore(config);
try {
  if (command === 'add') {
    if (!tenant || !user) fail(usage);
    if (!USER.test(user!)) fail('editors: --user must be 2–64 lower-case letters, digits or . _ @ -, e.g. anna.svensson');
    const { knowledge } = await loadKnowledge(config.KNOWLEDGE_DIR);
    if (tenant !== 'national' && knowledge && !knowledge.tenants.has(tenant!)) fail(`editors: no organisation "${tenant}" in ${config.KNOWLEDGE_DIR} (nor is it "national")`);
    const passwordHash = await hashPassword(await readPassword());
    if (!(await store.addEditor({ user: user!, tenant: tenant!, passwordHash, createdAt: Date.now() }))) fail(`editors: the user name "${user}" is taken`, 1);
    console.log(`editors: added ${user} for ${tenant}`);
  } else if (command === 'password') {
    if (!user) fail(usage);
    if (!(await store.editor(user!))) fail(`editors: no account "${user}"`, 1);
    await store.setEditorPassword(user!, await hashPassword(await readPassword()));
    console.log(`editors: new password for ${user}; its sessions have ended`);
  } else if (command === 'remove') {
    if (!user) fail(usage);
    if (!(await store.removeEditor(user!))) fail(`editors: no account "${user}"`, 1);
    console.log(`editors: removed ${user}`);
  } else if (command === 'list') {
    for (const e of await store.editors(tenant)) console.log(`${e.user}\t${e.tenant}\t${new Date(e.createdAt).toISOString().slice(0, 10)}`);
  } else {
    fail(usage);
  }
} finally {
  await store.close();
}
