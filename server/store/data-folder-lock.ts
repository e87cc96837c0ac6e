import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The lock file in DATA_DIR that one server holds while it runs. */
export const LOCK_FILE = 'server.lock';

/**
 * Holds DATA_DIR for this server process alone: an SQLite file opened in exclusive locking mode and written once,
 * so the operating system holds its lock until the process ends — however it ends, `kill -9` too, with nothing
 * stale left behind. A second server on the same folder fails at once, naming the folder; `npm run report` and
 * `npm run editors` do not take it and may run beside the server. Returns the release (close) function.
 */
export const holdDataFolder = (dataDir: string): (() => void) => {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  const db = new Database(file, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = DELETE');
    db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER, since TEXT); DELETE FROM holder;');
    db.prepare('INSERT INTO holder VALUES (?, ?)').run(process.pid, new Date().toISOString());
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      throw new Error(`another nara-guide server is running on the data folder ${resolve(dataDir)} (DATA_DIR): one server per data folder; give this one its own DATA_DIR, or stop the other first`);
    }
    throw error;
  }
  return () => db.close();
};
