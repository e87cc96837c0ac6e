import type { Entry } from '../knowledge/entry-schema';
import { reviewsDue, type ReviewDue } from './reviews-due';
import type { Awaitable, FeedbackRecord, Slice, Store, Stored } from '../store/store';
import { QuestionGrouper, type QuestionGroup } from './group-questions';
import { oneLine } from '../text/plain-text';

export type { QuestionGroup } from './group-questions';

export type EntryFeedback = { entryId: string; notHelpful: number; helpful: number; reasons: string[] };

export type EditorsReport = {
  tenant: string;
  days: number;
  since: string;
  unanswered: {
    /** Unanswered questions in the period. */
    total: number;
    /** Groups in all; `groups` is page `page` of `pages`, PAGE_SIZE a page. */
    groupCount: number;
    page: number;
    pages: number;
    groups: QuestionGroup[];
  };
  feedback: { helpful: number; notHelpful: number; entries: EntryFeedback[]; withoutEntry: { notHelpful: number; reasons: string[] } };
  /** The organisation's entries due for review, the longest overdue first (empty when no knowledge was given). */
  reviews: ReviewDue[];
  /** Every day of the period, oldest first: questions asked, answered, not answered (fallback or escalate), and 👎. */
  daily: DailyFigures[];
};

export type DailyFigures = { day: string; questions: number; answers: number; fallbacks: number; notHelpful: number };

/** Groups on a page of the report. */
export const PAGE_SIZE = 50;
/** The most recent reasons kept per entry (and for replies without one). */
const REASONS_KEPT = 10;
/**
 * Rows read at a time. A slice of this size reads and groups in a few milliseconds, after which the
 * report lets the event loop run: a report over 100,000 questions never holds up a visitor's answer.
 */
const SLICE = 2_000;

/** Lets whatever waits on the event loop run (other requests, sockets, timers). */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Every row from `read`, a slice at a time, breathing between slices. */
async function* inSlices<T extends { at: number; id: number }>(read: (slice: Slice) => Awaitable<T[]>): AsyncGenerator<T> {
  let after: Slice['after'];
  for (;;) {
    const rows = await read({ after, limit: SLICE });
    yield* rows;
    if (rows.length < SLICE) return;
    const last = rows.at(-1)!;
    after = { at: last.at, id: last.id };
    await breathe();
  }
}

const keepRecent = (reasons: string[], reason: string) => {
  reasons.push(reason);
  if (reasons.length > REASONS_KEPT) reasons.shift();
};

const feedbackSummary = async (rows: AsyncIterable<Stored<FeedbackRecord>>) => {
  const entries = new Map<string, EntryFeedback>();
  const withoutEntry = { notHelpful: 0, reasons: [] as string[] };
  let helpful = 0;
  let notHelpful = 0;
  for await (const f of rows) {
    if (f.helpful) helpful++;
    else notHelpful++;
    if (!f.entryId) {
      if (!f.helpful) {
        withoutEntry.notHelpful++;
        if (f.comment) keepRecent(withoutEntry.reasons, f.comment);
      }
      continue;
    }
    let entry = entries.get(f.entryId);
    if (!entry) entries.set(f.entryId, (entry = { entryId: f.entryId, notHelpful: 0, helpful: 0, reasons: [] }));
    if (f.helpful) entry.helpful++;
    else {
      entry.notHelpful++;
      if (f.comment) keepRecent(entry.reasons, f.comment);
    }
  }
  return {
    helpful, notHelpful,
    entries: [...entries.values()].filter((e) => e.notHelpful > 0).sort((a, b) => b.notHelpful - a.notHelpful || a.helpful - b.helpful),
    withoutEntry,
  };
};

/**
 * The editors' report for one tenant over the last `days`, one page of question groups at a time: the
 * same for `npm run report` and /admin. Read and grouped in slices, so building it never blocks the server.
 */
export const buildReport = async (
  store: Store, tenant: string,
  { days = 30, page = 1, now = Date.now(), entries = [] }: { days?: number; page?: number; now?: number; entries?: Iterable<Entry> } = {},
): Promise<EditorsReport> => {
  const since = now - days * 24 * 60 * 60 * 1000;
  const grouper = new QuestionGrouper();
  // Wordings an editor marked as dealt with ("Klar") are left out up to when they were marked.
  const handled = await store.handledQuestions(tenant);
  for await (const question of inSlices((slice) => store.unanswered(tenant, since, slice))) {
    const handledAt = handled.get(question.text);
    if (handledAt === undefined || question.at > handledAt) grouper.add(question);
  }
  const groups = await grouper.groups(breathe);
  const pages = Math.max(1, Math.ceil(groups.size / PAGE_SIZE));
  const shown = Math.min(Math.max(1, page), pages);
  return {
    tenant, days, since: new Date(since).toISOString(),
    unanswered: {
      total: grouper.total, groupCount: groups.size, page: shown, pages,
      groups: groups.slice((shown - 1) * PAGE_SIZE, shown * PAGE_SIZE),
    },
    feedback: await feedbackSummary(inSlices((slice) => store.feedback(tenant, since, slice))),
    reviews: reviewsDue(entries, tenant, now),
    daily: await dailyFigures(store, tenant, since, now),
  };
};

/** The figures of every day from `since` to `now` (UTC days), zero where nothing was asked. */
const dailyFigures = async (store: Store, tenant: string, since: number, now: number): Promise<DailyFigures[]> => {
  const first = new Date(since).toISOString().slice(0, 10);
  const { replies, notHelpful } = await store.dailyCounts(tenant, first);
  const days = new Map<string, DailyFigures>();
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= now; t += 24 * 60 * 60 * 1000) {
    const day = new Date(t).toISOString().slice(0, 10);
    days.set(day, { day, questions: 0, answers: 0, fallbacks: 0, notHelpful: 0 });
  }
  for (const { day, kind, n } of replies) {
    const figures = days.get(day);
    if (!figures) continue;
    figures.questions += n;
    if (kind === 'answer') figures.answers += n;
    if (kind === 'fallback' || kind === 'escalate') figures.fallbacks += n;
  }
  for (const { day, n } of notHelpful) {
    const figures = days.get(day);
    if (figures) figures.notHelpful += n;
  }
  return [...days.values()];
};

/**
 * The report as text for a terminal, in Swedish like everything editors read. What visitors wrote is
 * shown on one line without control characters, however it was stored (a row from before they were
 * stripped on the way in could carry a terminal escape).
 */
export const formatReport = (report: EditorsReport): string => {
  const shown = oneLine;
  const { unanswered } = report;
  const lines = [`Rapport för ${report.tenant}, senaste ${report.days} dagarna (sedan ${report.since.slice(0, 10)})`, ''];
  if (report.reviews.length) {
    lines.push(`Att granska: ${report.reviews.length} ${report.reviews.length === 1 ? 'text' : 'texter'} granskades senast för mer än ett år sedan (äldst först)`);
    for (const r of report.reviews) lines.push(`  ${shown(r.file)}: granskad ${r.reviewed}, ${r.daysOverdue} dagar för sent`);
    lines.push('');
  }
  lines.push(`Obesvarade frågor: ${unanswered.total}, i ${unanswered.groupCount} grupper${unanswered.pages > 1 ? ` (sida ${unanswered.page} av ${unanswered.pages})` : ''}`);
  for (const g of unanswered.groups) {
    const kinds = Object.entries(g.kinds).map(([k, n]) => `${k} ${n}`).join(', ');
    lines.push(`  ${String(g.count).padStart(4)} × ${shown(g.example)}  (${kinds})`);
    for (const v of g.variants) lines.push(`         även: ${shown(v)}`);
  }
  lines.push('', `Återkoppling: ${report.feedback.helpful} 👍, ${report.feedback.notHelpful} 👎`);
  for (const e of report.feedback.entries) {
    lines.push(`  ${String(e.notHelpful).padStart(4)} 👎 ${shown(e.entryId)} (${e.helpful} 👍)`);
    for (const r of e.reasons) lines.push(`         ”${shown(r)}”`);
  }
  if (report.feedback.withoutEntry.notHelpful > 0) {
    lines.push(`  ${String(report.feedback.withoutEntry.notHelpful).padStart(4)} 👎 utan artikel`);
    for (const r of report.feedback.withoutEntry.reasons) lines.push(`         ”${shown(r)}”`);
  }
  return lines.join('\n');
};
