import { relative, resolve } from 'node:path';
import type { Store } from '../store/store';

/** Who a revision is by when the file was changed on disk, not in the browser. */
export const CHANGED_IN_FILE = '(ändrad i filen)';

/**
 * An entry file changed on disk becomes a revision, so the history shows edits made by hand or by git too. Not when
 * the newest revision already has this text: the browser's own save wrote it.
 */
export const recordFileRevision = async (store: Store, root: string, file: string, text: string | null): Promise<void> => {
  const key = relative(resolve(root), resolve(file)).split('\\').join('/');
  const [folder, tenant] = key.split('/');
  const owner = folder === 'national' ? 'national' : folder === 'tenants' && tenant ? tenant : undefined;
  if (!owner || !key.endsWith('.md')) return;
  const [latest] = await store.revisions(key);
  if (latest && latest.text === text) return;
  await store.addRevision({ tenant: owner, file: key, user: CHANGED_IN_FILE, at: Date.now(), text });
};
