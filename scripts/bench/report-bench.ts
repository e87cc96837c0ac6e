import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { SqliteStore } from '../../server/store/sqlite-store';
import { questionTerms } from '../../server/report/question-terms';
import { buildReport } from '../../server/report/build-report';

export type ReportFigures = {
  /** Unanswered questions stored, all different (a flood planted to freeze the report). */
  questions: number;
  groups: number;
  /** How long the report took, start to finish. */
  totalMs: number;
  /** The longest the event loop waited meanwhile: how long a visitor's answer could have been held up. */
  maxBlockMs: number;
};

/**
 * The editors' report over a flood of unique unanswered questions (issue 14): how long it takes, and the
 * longest the event loop was held while it was built, measured as Node measures event-loop delay.
 */
export const benchReport = async (questions: number): Promise<ReportFigures> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nara-bench-report-'));
  const store = new SqliteStore({ dataDir });
  try {
    const now = Date.now();
    store.recordQuestions(Array.from({ length: questions }, (_, i) => {
      const text = `Planterad fråga ${i} om sak${i % 997} och ting${i}`;
      return { tenant: 'strangnas', at: now - (questions - i), kind: 'fallback' as const, text, terms: questionTerms(text) };
    }));
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const started = performance.now();
    const report = await buildReport(store, 'strangnas', { now });
    const totalMs = performance.now() - started;
    delay.disable();
    return { questions, groups: report.unanswered.groupCount, totalMs, maxBlockMs: delay.max / 1e6 };
  } finally {
    store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
