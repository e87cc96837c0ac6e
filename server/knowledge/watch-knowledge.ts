import { createHash } from 'node:crypto';
import { readdirSync, watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { KnowledgeCache, loadKnowledge } from './load-knowledge';
import { formatProblem, type Problem } from './problem';
import type { Knowledge } from './knowledge';
import type { Logger } from '../log/logger';

export type KnowledgeStatus = {
  /** When the knowledge now serving was loaded, or null before the first good load. */
  loadedAt: string | null;
  entries: number;
  tenants: number;
  /** Problems of the knowledge as it is on disk, found by the latest load. */
  problems: Problem[];
  /** Files with errors, served at their last good version (or left out, new ones) while everything else is live. */
  heldBack: string[];
  /** The latest load found errors: those files are held back, or nothing changed when no file could be named. */
  lastAttemptFailed: boolean;
};

/** Rounds of holding back the files named in errors: a file served at its last good version may clash anew. */
const MAX_HOLD_BACK_ROUNDS = 5;

export type KnowledgeWatcherOptions = {
  root: string;
  /** Called with each good snapshot; throwing keeps the previous one. */
  apply: (knowledge: Knowledge) => void;
  log: Logger;
  /**
   * Wait this long after the last change before reloading, so an editor's save of several files is one reload.
   * Short: a national edit at 300 organisations is served in about half a second, and the wait is part of it;
   * a bulk change written over longer than this is reloaded more than once, each time serving what is written.
   * @default 50
   */
  debounceMs?: number;
  /**
   * How often the folder's files (names, sizes, times) are compared with what the last load saw, behind the
   * watchers; a difference reloads. 0: never. @default 0
   */
  rescanMs?: number;
  /** Whether to listen for the file system's change events (off: only the rescan sees changes). @default true */
  events?: boolean;
  /** Told of every entry file changed on disk after the first load (null: deleted), whoever changed it. */
  onEntryFileChange?: (file: string, text: string | null) => void;
};

/**
 * Loads the knowledge folder, then watches it and reloads on change. A broken file is logged with the
 * kb:check message, reported in the status, and held back alone: it keeps its last good version (a new one
 * is left out) while every other edit, of every organisation, goes live.
 */
export class KnowledgeWatcher {
  readonly #options: KnowledgeWatcherOptions;
  /**
   * One watcher per folder of the knowledge (the root, national/, tenants/, each tenant's): a folder's
   * watcher hears its files change. Not `recursive: true`, which on Linux watches every file on its own:
   * at 300 organisations, 11,600 handles, and a bulk save of 100 files heard over 1.4 s.
   */
  readonly #watchers = new Map<string, FSWatcher>();
  #watching = false;
  #timer: NodeJS.Timeout | null = null;
  #rescan: NodeJS.Timeout | undefined;
  /** The files as the last load saw them (rescanMs): names, sizes and times. */
  #seen = '';
  #loading: Promise<void> = Promise.resolve();
  /** Files parsed by earlier loads: a reload reads and parses only what changed. */
  readonly #cache = new KnowledgeCache();
  #status: KnowledgeStatus = { loadedAt: null, entries: 0, tenants: 0, problems: [], heldBack: [], lastAttemptFailed: false };

  constructor(options: KnowledgeWatcherOptions) {
    this.#options = options;
  }

  get status(): KnowledgeStatus {
    return this.#status;
  }

  /** Loads once; resolves when done, whether or not the content was valid. */
  reload(): Promise<void> {
    this.#loading = this.#loading.then(() => this.#load());
    return this.#loading;
  }

  start(): void {
    if (this.#watching) return;
    this.#watching = true;
    this.#watchFolders();
    const { rescanMs = 0 } = this.#options;
    if (rescanMs > 0) {
      this.#rescan = setInterval(() => void this.#rescanNow(), rescanMs);
      this.#rescan.unref();
    }
  }

  close(): void {
    this.#watching = false;
    clearInterval(this.#rescan);
    for (const watcher of this.#watchers.values()) watcher.close();
    this.#watchers.clear();
    if (this.#timer) clearTimeout(this.#timer);
  }

  /** Watches every folder of the knowledge not watched yet (a new organisation's), and lets go of those gone. */
  #watchFolders() {
    if (!this.#watching || this.#options.events === false) return;
    const folders = new Set<string>();
    const walk = (folder: string) => {
      folders.add(folder);
      try {
        for (const dirent of readdirSync(folder, { withFileTypes: true })) if (dirent.isDirectory()) walk(join(folder, dirent.name));
      } catch {
        // Gone while walking: its parent's watcher has heard it.
      }
    };
    walk(this.#options.root);
    for (const [folder, watcher] of this.#watchers) {
      if (!folders.has(folder)) { watcher.close(); this.#watchers.delete(folder); }
    }
    for (const folder of folders) {
      if (this.#watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, () => this.#schedule());
        watcher.on('error', () => { watcher.close(); this.#watchers.delete(folder); this.#schedule(); });
        this.#watchers.set(folder, watcher);
      } catch (error) {
        this.#options.log.warn('knowledge.watch_failed', { folder, error });
      }
    }
  }

  #schedule() {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      // A folder added or removed (a new organisation) is watched, or let go, before its files are read.
      this.#watchFolders();
      void this.reload();
    }, this.#options.debounceMs ?? 50);
  }

  /** Reloads when the folder's files differ from what the last load saw: a change no watcher reported. */
  async #rescanNow() {
    if (this.#timer) return; // a reload is already on its way
    let now;
    try {
      now = await filesOf(this.#options.root);
    } catch {
      return; // the folder is being replaced: the next rescan sees it
    }
    if (now !== this.#seen && this.#watching) {
      this.#watchFolders();
      await this.reload();
    }
  }

  async #load() {
    const { root, apply, log } = this.#options;
    const started = performance.now();
    // Taken before reading: a change while loading differs from it, and the next rescan loads again.
    if (this.#options.rescanMs) this.#seen = await filesOf(root).catch(() => '');
    let result;
    let found;
    const held = new Set<string>();
    try {
      result = await loadKnowledge(root, { cache: this.#cache, onEntryFileChange: this.#options.onEntryFileChange });
      found = result.problems;
      // Each file named in an error is held back, and the rest loaded again: until nothing is wrong, or nothing
      // more can be named (a clash with a held-back file's last good version names the file it clashes with).
      for (let round = 0; !result.knowledge && round < MAX_HOLD_BACK_ROUNDS; round++) {
        const broken = result.problems.filter((p) => p.severity === 'error' && !held.has(p.file)).map((p) => p.file);
        if (!broken.length) break;
        for (const file of broken) held.add(file);
        result = await loadKnowledge(root, { cache: this.#cache, holdBack: held });
      }
    } catch (error) {
      log.error('knowledge.load_crashed', { error });
      this.#status = { ...this.#status, lastAttemptFailed: true };
      return;
    }
    for (const p of found) (p.severity === 'error' ? log.error : log.warn)('knowledge.problem', { problem: formatProblem(p) });
    if (!result.knowledge) {
      this.#status = { ...this.#status, problems: found, lastAttemptFailed: true };
      log.error('knowledge.reload_rejected', { errors: found.filter((p) => p.severity === 'error').length, serving: this.#status.loadedAt });
      return;
    }
    try {
      apply(result.knowledge);
    } catch (error) {
      this.#status = { ...this.#status, lastAttemptFailed: true };
      log.error('knowledge.apply_failed', { error });
      return;
    }
    this.#status = {
      loadedAt: result.knowledge.loadedAt.toISOString(),
      entries: result.knowledge.entries.size,
      tenants: result.knowledge.tenants.size,
      problems: found,
      heldBack: [...held].sort(),
      lastAttemptFailed: held.size > 0,
    };
    if (held.size) log.warn('knowledge.held_back', { files: this.#status.heldBack });
    log.info('knowledge.loaded', { entries: this.#status.entries, tenants: this.#status.tenants, warnings: result.problems.length, ms: Math.round(performance.now() - started) });
  }
}

/** Files stat'ed at a time by a rescan: between two batches the answers waiting on the event loop go first. */
const RESCAN_BATCH = 32;

/**
 * Every file under a folder with its size and times, as one digest to compare: what a rescan looks for. A folder at a
 * time in name order, its files a batch at a time, each line into the digest as it comes: with 300 organisations and
 * 5,000 national entries, all at once (one stat each in flight, one string of every line sorted) stalled the answers
 * for 250–350 ms every rescan (p99 of unique questions 13 → 256 ms).
 */
const filesOf = async (root: string): Promise<string> => {
  const digest = createHash('sha256');
  const walk = async (folder: string) => {
    const dirents = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const files = dirents.filter((dirent) => !dirent.isDirectory()).map((dirent) => `${folder}/${dirent.name}`);
    for (let i = 0; i < files.length; i += RESCAN_BATCH) {
      const batch = files.slice(i, i + RESCAN_BATCH);
      const stats = await Promise.all(batch.map((path) => stat(path, { bigint: true }).catch(() => undefined)));
      stats.forEach((s, j) => s && digest.update(`${batch[j]}\u0000${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}\n`));
    }
    for (const dirent of dirents) if (dirent.isDirectory()) await walk(`${folder}/${dirent.name}`);
  };
  await walk(root);
  return digest.digest('hex');
};
