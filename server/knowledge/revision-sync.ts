import { mkdir, readFile, unlink } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import type { Logger } from '../log/logger';
import type { Revision, SharedStore } from '../store/store';
import { writeAtomically } from './write-atomically';

/** A revision's file as a path under the knowledge folder, or undefined when it would lead out of it. */
const pathUnder = (root: string, file: string): string | undefined => {
  const relative = normalize(file);
  if (isAbsolute(relative) || relative.startsWith('..') || !relative.endsWith('.md') || relative.split(sep).includes('..')) return undefined;
  return join(root, relative);
};

const textOf = (path: string): Promise<string | null> =>
  readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });

/**
 * With several instances, an entry file saved on one (in the browser, or by hand there) is written into every other's
 * knowledge folder: the store announces each revision, and this writes its text where the file belongs (or deletes the
 * file) and reloads. The files stay what the engine loads, and what an operator imports and exports. At start, and after
 * a lost connection, the newest revision of every file is written, so an instance never serves an older one.
 */
export class RevisionSync {
  readonly #store: SharedStore;
  readonly #root: string;
  readonly #reload: () => Promise<unknown>;
  readonly #log: Logger;
  /** The revision last written of each file: an older one arriving late does not overwrite it. */
  readonly #written = new Map<string, number>();
  /** Revisions are written one after another, in the order they arrive. */
  #queue: Promise<void> = Promise.resolve();
  #stop: (() => Promise<void>) | undefined;

  constructor({ store, root, reload, log }: { store: SharedStore; root: string; reload: () => Promise<unknown>; log: Logger }) {
    this.#store = store;
    this.#root = root;
    this.#reload = reload;
    this.#log = log;
  }

  /** Writes the newest revision of every file that differs; resolves when they are written (not reloaded). */
  catchUp(): Promise<boolean> {
    return this.#enqueue(async () => {
      let changed = false;
      for (const revision of await this.#store.latestRevisions()) changed = (await this.#write(revision)) || changed;
      return changed;
    });
  }

  /** Listens for revisions from now on; a gap in the news (a lost connection) is closed by catching up. */
  async start(): Promise<void> {
    this.#stop = await this.#store.watchRevisions(
      (id) => void this.#enqueue(async () => {
        const revision = await this.#store.revision(id);
        if (revision && (await this.#write(revision))) await this.#reload();
      }),
      () => void this.catchUp().then((changed) => changed && this.#reload()),
    );
  }

  async stop(): Promise<void> {
    await this.#stop?.();
    await this.#queue;
  }

  #enqueue(work: () => Promise<boolean | void>): Promise<boolean> {
    const run = this.#queue.then(work).then((changed) => changed === true, (error: unknown) => {
      this.#log.error('knowledge.revision_sync_failed', { error });
      return false;
    });
    this.#queue = run.then(() => {});
    return run;
  }

  /** Writes a revision's text to its file unless it is there already (or a newer one was written); true when written. */
  async #write(revision: Revision): Promise<boolean> {
    if ((this.#written.get(revision.file) ?? 0) > revision.id) return false;
    this.#written.set(revision.file, revision.id);
    const path = pathUnder(this.#root, revision.file);
    if (!path) {
      this.#log.warn('knowledge.revision_refused', { file: revision.file, id: revision.id });
      return false;
    }
    if ((await textOf(path)) === revision.text) return false;
    if (revision.text === null) await unlink(path).catch(() => {});
    else {
      await mkdir(dirname(path), { recursive: true });
      await writeAtomically(path, revision.text);
    }
    this.#log.info('knowledge.revision_written', { file: revision.file, id: revision.id, by: 'another instance', deleted: revision.text === null });
    return true;
  }
}
