import { isContentWord, normalizeText, stem, tokenize } from '../engine/swedish';
import type { FeedbackRecord, Store, UnansweredQuestion } from '../store/store';

export type QuestionGroup = {
  /** Questions in the group. */
  count: number;
  /** The most frequent wording. */
  example: string;
  /** Up to five other wordings, most frequent first. */
  variants: string[];
  kinds: Partial<Record<UnansweredQuestion['kind'], number>>;
  lastAskedAt: string;
};

export type EntryFeedback = { entryId: string; notHelpful: number; helpful: number; reasons: string[] };

export type EditorsReport = {
  tenant: string;
  days: number;
  since: string;
  unanswered: { total: number; groups: QuestionGroup[] };
  feedback: { helpful: number; notHelpful: number; entries: EntryFeedback[]; withoutEntry: { notHelpful: number; reasons: string[] } };
};

/** Stemmed content words: "Hur byter jag vårdcentral?" and "byta vårdcentral" share {byt, vårdcentral}. */
const termsOf = (text: string): Set<string> =>
  new Set(tokenize(normalizeText(text)).filter(isContentWord).map(stem));

const jaccard = (a: Set<string>, b: Set<string>) => {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
};

/** Questions at least this alike (shared terms over all terms) fall in one group. */
const LIKENESS = 0.5;

/**
 * Groups questions by likeness, greedily: each joins the first group whose first question's terms
 * it shares enough of. Plenty for the hundreds of questions a tenant gets between two reads.
 */
export const groupQuestions = (questions: readonly UnansweredQuestion[]): QuestionGroup[] => {
  const groups: { terms: Set<string>; key: string; items: UnansweredQuestion[] }[] = [];
  for (const question of questions) {
    const terms = termsOf(question.text);
    const key = normalizeText(question.text);
    const group = groups.find((g) => (terms.size === 0 || g.terms.size === 0 ? g.key === key : jaccard(g.terms, terms) >= LIKENESS));
    if (group) group.items.push(question);
    else groups.push({ terms, key, items: [question] });
  }
  return groups
    .map(({ items }) => {
      const wordings = new Map<string, number>();
      const kinds: QuestionGroup['kinds'] = {};
      for (const q of items) {
        wordings.set(q.text, (wordings.get(q.text) ?? 0) + 1);
        kinds[q.kind] = (kinds[q.kind] ?? 0) + 1;
      }
      const [example, ...variants] = [...wordings].sort((a, b) => b[1] - a[1]).map(([text]) => text);
      return { count: items.length, example: example!, variants: variants.slice(0, 5), kinds, lastAskedAt: new Date(Math.max(...items.map((q) => q.at))).toISOString() };
    })
    .sort((a, b) => b.count - a.count || b.lastAskedAt.localeCompare(a.lastAskedAt));
};

const entryFeedback = (feedback: readonly FeedbackRecord[]) => {
  const entries = new Map<string, EntryFeedback>();
  const withoutEntry = { notHelpful: 0, reasons: [] as string[] };
  for (const f of feedback) {
    if (!f.entryId) {
      if (!f.helpful) {
        withoutEntry.notHelpful++;
        if (f.comment) withoutEntry.reasons.push(f.comment);
      }
      continue;
    }
    let entry = entries.get(f.entryId);
    if (!entry) entries.set(f.entryId, (entry = { entryId: f.entryId, notHelpful: 0, helpful: 0, reasons: [] }));
    if (f.helpful) entry.helpful++;
    else {
      entry.notHelpful++;
      if (f.comment) entry.reasons.push(f.comment);
    }
  }
  return {
    entries: [...entries.values()].filter((e) => e.notHelpful > 0).sort((a, b) => b.notHelpful - a.notHelpful || a.helpful - b.helpful),
    withoutEntry,
  };
};

/** The editors' report for one tenant over the last `days`: the same for `npm run report` and /admin. */
export const buildReport = (store: Store, tenant: string, { days = 30, now = Date.now() }: { days?: number; now?: number } = {}): EditorsReport => {
  const since = now - days * 24 * 60 * 60 * 1000;
  const questions = store.unanswered(tenant, since);
  const feedback = store.feedback(tenant, since);
  return {
    tenant, days, since: new Date(since).toISOString(),
    unanswered: { total: questions.length, groups: groupQuestions(questions) },
    feedback: {
      helpful: feedback.filter((f) => f.helpful).length,
      notHelpful: feedback.filter((f) => !f.helpful).length,
      ...entryFeedback(feedback),
    },
  };
};

/** The report as text for a terminal, in Swedish like everything editors read. */
export const formatReport = (report: EditorsReport): string => {
  const lines = [`Rapport för ${report.tenant}, senaste ${report.days} dagarna (sedan ${report.since.slice(0, 10)})`, ''];
  lines.push(`Obesvarade frågor: ${report.unanswered.total}`);
  for (const g of report.unanswered.groups) {
    const kinds = Object.entries(g.kinds).map(([k, n]) => `${k} ${n}`).join(', ');
    lines.push(`  ${String(g.count).padStart(4)} × ${g.example}  (${kinds})`);
    for (const v of g.variants) lines.push(`         även: ${v}`);
  }
  lines.push('', `Återkoppling: ${report.feedback.helpful} 👍, ${report.feedback.notHelpful} 👎`);
  for (const e of report.feedback.entries) {
    lines.push(`  ${String(e.notHelpful).padStart(4)} 👎 ${e.entryId} (${e.helpful} 👍)`);
    for (const r of e.reasons) lines.push(`         ”${r}”`);
  }
  if (report.feedback.withoutEntry.notHelpful > 0) {
    lines.push(`  ${String(report.feedback.withoutEntry.notHelpful).padStart(4)} 👎 utan artikel`);
    for (const r of report.feedback.withoutEntry.reasons) lines.push(`         ”${r}”`);
  }
  return lines.join('\n');
};
