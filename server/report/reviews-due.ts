import { REVIEW_MAX_AGE_DAYS, type Entry } from '../knowledge/entry-schema';

/** An entry whose text is due to be read through again. */
export type ReviewDue = { id: string; file: string; reviewed: string; daysOverdue: number };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The entries of an organisation (its own; `national` for the national ones) whose `reviewed` date is more than
 * REVIEW_MAX_AGE_DAYS ago, the longest overdue first: what its editors should read through before anything else.
 */
/** Days past an entry's review date (more than REVIEW_MAX_AGE_DAYS after `reviewed`); 0 or less: not due. */
export const daysOverdue = (entry: Entry, now = Date.now(), maxAgeDays = REVIEW_MAX_AGE_DAYS): number =>
  Math.floor((now - Date.parse(entry.reviewed)) / DAY_MS) - maxAgeDays;

export const reviewsDue = (entries: Iterable<Entry>, tenant: string, now = Date.now(), maxAgeDays = REVIEW_MAX_AGE_DAYS): ReviewDue[] => {
  const due: ReviewDue[] = [];
  for (const entry of entries) {
    if (entry.tenant !== tenant) continue;
    const overdue = daysOverdue(entry, now, maxAgeDays);
    if (overdue > 0) due.push({ id: entry.id, file: entry.file, reviewed: entry.reviewed, daysOverdue: overdue });
  }
  return due.sort((a, b) => b.daysOverdue - a.daysOverdue || (a.id < b.id ? -1 : 1));
};
