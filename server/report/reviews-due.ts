import { REVIEW_MAX_AGE_DAYS, type Entry } from '../knowledge/entry-schema';

/** An entry whose text is due to be read through again. */
export type ReviewDue = { id: string; file: string; reviewed: string; daysOverdue: number };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The entries of an organisation (its own; `national` for the national ones) whose `reviewed` date is more than
 * REVIEW_MAX_AGE_DAYS ago, the longest overdue first: what its editors should read through before anything else.
 */
export const reviewsDue = (entries: Iterable<Entry>, tenant: string, now = Date.now(), maxAgeDays = REVIEW_MAX_AGE_DAYS): ReviewDue[] => {
  const due: ReviewDue[] = [];
  for (const entry of entries) {
    if (entry.tenant !== tenant) continue;
    const daysOverdue = Math.floor((now - Date.parse(entry.reviewed)) / DAY_MS) - maxAgeDays;
    if (daysOverdue > 0) due.push({ id: entry.id, file: entry.file, reviewed: entry.reviewed, daysOverdue });
  }
  return due.sort((a, b) => b.daysOverdue - a.daysOverdue || (a.id < b.id ? -1 : 1));
};
