import { stringify } from 'yaml';
import type { Entry } from '../knowledge/entry-schema';

/** An entry as the editor's form holds it: lists as lines or comma-separated, the answer as Markdown. */
export type EntryForm = {
  id: string;
  questions: string;
  keywords: string;
  sourceTitle: string;
  sourceUrl: string;
  owner: string;
  reviewed: string;
  related: string;
  extends: string;
  body: string;
};

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const commas = (text: string) => text.split(',').map((l) => l.trim()).filter(Boolean);

/** The form filled in from an entry. */
export const formOf = (entry: Entry): EntryForm => ({
  id: entry.id,
  questions: entry.questions.join('\n'),
  keywords: entry.keywords.join(', '),
  sourceTitle: entry.source.title,
  sourceUrl: entry.source.url,
  owner: entry.owner,
  reviewed: entry.reviewed,
  related: entry.related.join(', '),
  extends: entry.extends ?? '',
  body: entry.body,
});

/** A new entry's form: today's review date, the organisation as owner. */
export const emptyForm = (owner: string, today: string): EntryForm => ({
  id: '', questions: '', keywords: '', sourceTitle: '', sourceUrl: 'https://', owner, reviewed: today, related: '', extends: '', body: '',
});

/** A form from posted fields, every field a string whatever was sent. */
export const formFrom = (fields: Record<string, unknown>): EntryForm => {
  const text = (name: keyof EntryForm) => (typeof fields[name] === 'string' ? (fields[name] as string) : '').replace(/\r\n/g, '\n');
  return {
    id: text('id').trim(), questions: text('questions'), keywords: text('keywords'), sourceTitle: text('sourceTitle').trim(),
    sourceUrl: text('sourceUrl').trim(), owner: text('owner').trim(), reviewed: text('reviewed').trim(), related: text('related'),
    extends: text('extends').trim(), body: text('body').trim(),
  };
};

/** The entry file's text, as knowledge/README.md describes it: front matter in the usual order, then the answer. */
export const entryText = (tenant: string, form: EntryForm): string => {
  const front: Record<string, unknown> = {
    id: form.id,
    tenant,
    questions: lines(form.questions),
    ...(commas(form.keywords).length ? { keywords: commas(form.keywords) } : {}),
    source: { title: form.sourceTitle, url: form.sourceUrl },
    owner: form.owner,
    reviewed: form.reviewed,
    related: commas(form.related),
    ...(form.extends ? { extends: form.extends } : {}),
  };
  return `---\n${stringify(front, { lineWidth: 0, flowCollectionPadding: false }).replace(/^(keywords|related): \n/m, '$1: []\n')}---\n\n${form.body}\n`;
};
