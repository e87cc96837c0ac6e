// `npm run backup -- <destination file>`: a copy of the SQLite database in DATA_DIR, taken while the server runs.
// SQLite's online backup API copies the pages under one read transaction (WAL: the server goes on writing meanwhile),
// so the copy is the database as it was at one moment, whole; never a file copy of a database being written.
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readConfig } from '../server/config';

/** The file SqliteStore keeps in DATA_DIR. */
const DATABASE_FILE = 'nara-guide.sqlite';
const usage = 'usage: npm run backup -- <destination file>   (e.g. /var/backups/nara-guide/2026-11-30.sqlite)';

const fail: (message: string, status?: number) => never = (message, status = 1) => {
  console.error(`backup: ${message}`);
  process.exit(status);
};

const args = process.argv.slice(2);
if (args.length !== 1 || args[0]!.startsWith('-')) fail(usage, 2);
const destination = resolve(args[0]!);

const config = (() => {
  try {
    return readConfig();
  } catch (error) {
    return fail((error as Error).message);
  }
})();
if (config.DATABASE_URL) fail('DATABASE_URL is set, so the data is in PostgreSQL: back it up with pg_dump (docs/operations.md#backups)');
const source = resolve(config.DATA_DIR, DATABASE_FILE);
if (!existsSync(source)) fail(`no database at ${source} (DATA_DIR=${config.DATA_DIR}): the server has not run there yet`);
if (destination === source || destination.startsWith(`${source}-`)) fail(`${destination} is the database itself; back it up to another file`);
if (!existsSync(dirname(destination)) || !statSync(dirname(destination)).isDirectory()) {
  fail(`the folder ${dirname(destination)} does not exist; create it first (the backup goes to ${destination})`);
}

// Written beside the destination and renamed over it at the end: a backup interrupted half-way never looks like one.
const partial = join(dirname(destination), `.${process.pid}.partial.sqlite`);
let db: Database.Database | undefined;
try {
  // Readable by its owner alone, like the data folder: it holds what visitors wrote. SQLite keeps the mode it finds.
  closeSync(openSync(partial, 'wx', 0o600));
  // Read-only: the backup never writes to the server's database, and takes no lock the server would wait for.
  db = new Database(source, { readonly: true, fileMustExist: true });
  // Every page in one step, so the copy is one moment's database: in steps, a write by the server between two
  // steps makes SQLite start the copy again, and a busy server could keep a stepped backup from ever finishing.
  const { totalPages } = await db.backup(partial, { progress: () => 0x7fffffff });
  db.close();
  db = undefined;
  // One self-contained file (no -wal beside it), checked before it takes the destination's name.
  const copy = new Database(partial);
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`the copy failed SQLite's check: ${String(check)}`);
  } finally {
    copy.close();
  }
  renameSync(partial, destination);
  console.log(`Backed up ${source} to ${destination} (${totalPages} pages, ${statSync(destination).size} bytes).`);
} catch (error) {
  db?.close();
  rmSync(partial, { force: true });
  fail(`could not back up ${source} to ${destination}: ${(error as Error).message}`);
}
