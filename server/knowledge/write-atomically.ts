import { randomBytes } from 'node:crypto';
import { rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes a file by renaming a finished temporary file over it: a reader (the watcher) never sees half of it. */
export const writeAtomically = async (path: string, text: string): Promise<void> => {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  await writeFile(temporary, text);
  await rename(temporary, path);
};
