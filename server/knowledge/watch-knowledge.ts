import { watch, type FSWatcher } from 'node:fs';
import { KnowledgeCache, loadKnowledge } from './load-knowledge';
import { formatProblem, type Problem } from './problem';
import type { Knowledge } from './knowledge';
import type { Logger } from '../log/logger';

export type KnowledgeStatus = {
  /** When the knowledge now serving was loaded, or null before the first good load. */
  loadedAt: string | null;
  entries: number;
  tenants: number;
  /** Problems of the latest load attempt: when it failed, the last good knowledge is still serving. */
  problems: Problem[];
  lastAttemptFailed: boolean;
};

export type KnowledgeWatcherOptions = {
  root: string;
  /** Called with each good snapshot; throwing keeps the previous one. */
  apply: (knowledge: Knowledge) => void;
  log: Logger;
  /** Wait this long after the last change before reloading, so an editor's save of several files is one reload. @default 150 */
  debounceMs?: number;
};

/**
 * Loads the knowledge folder, then watches it and reloads on change. A broken edit is logged with the
 * kb:check message and reported in the status; the last good knowledge keeps serving.
 */
export class KnowledgeWatcher {
  readonly #options: KnowledgeWatcherOptions;
  #watcher: FSWatcher | null = null;
  #timer: NodeJS.Timeout | null = null;
  #loading: Promise<void> = Promise.resolve();
  /** Files parsed by earlier loads: a reload reads and parses only what changed. */
  readonly #cache = new KnowledgeCache();
  #status: KnowledgeStatus = { loadedAt: null, entries: 0, tenants: 0, problems: [], lastAttemptFailed: false };

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
    if (this.#watcher) return;
    try {
      this.#watcher = watch(this.#options.root, { recursive: true }, () => this.#schedule());
      this.#watcher.on('error', (error) => this.#options.log.warn('knowledge.watch_failed', { error }));
    } catch (error) {
      this.#options.log.warn('knowledge.watch_failed', { error });
    }
  }

  close(): void {
    this.#watcher?.close();
    this.#watcher = null;
    if (this.#timer) clearTimeout(this.#timer);
  }

  #schedule() {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.reload(), this.#options.debounceMs ?? 150);
  }

  async #load() {
    const { root, apply, log } = this.#options;
    const started = performance.now();
    let result;
    try {
      result = await loadKnowledge(root, { cache: this.#cache });
    } catch (error) {
      log.error('knowledge.load_crashed', { error });
      this.#status = { ...this.#status, lastAttemptFailed: true };
      return;
    }
    for (const p of result.problems) (p.severity === 'error' ? log.error : log.warn)('knowledge.problem', { problem: formatProblem(p) });
    if (!result.knowledge) {
      this.#status = { ...this.#status, problems: result.problems, lastAttemptFailed: true };
      log.error('knowledge.reload_rejected', { errors: result.problems.filter((p) => p.severity === 'error').length, serving: this.#status.loadedAt });
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
      problems: result.problems,
      lastAttemptFailed: false,
    };
    log.info('knowledge.loaded', { entries: this.#status.entries, tenants: this.#status.tenants, warnings: result.problems.length, ms: Math.round(performance.now() - started) });
  }
}
