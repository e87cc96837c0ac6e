/**
 * The front matter of one knowledge entry (knowledge/national/*.md, knowledge/tenants/<id>/*.md).
 * Messages are Swedish: content editors read them through `npm run kb:check`.
 */
import { z } from 'zod';

export const ENTRY_ID = /^[a-z0-9][a-z0-9-]*$/;

const date = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
    ctx.addIssue({ code: 'custom', message: 'ska vara ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-11-23' });
    return z.NEVER;
  }
  return text;
});

export const entryFrontMatter = z.object({
  id: z.string({ error: 'saknas — ge posten ett id, till exempel "malbild-norrbotten"' })
    .regex(ENTRY_ID, 'får bara innehålla a–z, 0–9 och bindestreck, till exempel "malbild-norrbotten"'),
  tenant: z.string({ error: 'saknas — skriv "national" eller organisationens id, till exempel "norrbotten"' }),
  questions: z.array(z.string().trim().min(3, 'en fråga får inte vara tom'), { error: 'saknas — lista huvudfrågan och minst tre andra sätt att fråga' })
    .min(1, 'ska lista huvudfrågan och minst tre andra sätt att fråga'),
  keywords: z.array(z.string().trim().min(1)).optional().default([]),
  source: z.object({
    title: z.string({ error: 'saknas — skriv sidans titel' }).trim().min(1, 'får inte vara tom'),
    url: z.string({ error: 'saknas — skriv sidans adress (https://…)' }).url('ska vara en webbadress som börjar med https://')
      .refine((url) => url.startsWith('https://'), 'ska börja med https://'),
  }, { error: 'saknas — ange källan med title och url' }),
  owner: z.string({ error: 'saknas — skriv vilken enhet som ansvarar för texten' }).trim().min(1, 'får inte vara tom'),
  reviewed: date,
  related: z.array(z.string()).optional().default([]),
  /**
   * On an organisation's own entry: the national entry it adds its own words to. On the organisation's site
   * the national answer is shown with this one's text beneath it, and both sources.
   */
  extends: z.string().regex(ENTRY_ID, 'ska vara id:t på en nationell post, till exempel "varfor-nara-vard"').optional(),
});
export type EntryFrontMatter = z.infer<typeof entryFrontMatter>;

/** A loaded, validated entry. */
export type Entry = EntryFrontMatter & {
  /** The answer, plain text with minimal Markdown. */
  body: string;
  /** Path relative to the knowledge root, for messages. */
  file: string;
};

/** Most words an answer should have; a body over this is a kb:check warning, far over it an error. */
export const ANSWER_WORDS_SOFT = 120;
export const ANSWER_WORDS_HARD = 200;
/** An entry is due for review this long after its `reviewed` date (a kb:check warning, and the editors' report lists it). */
export const REVIEW_MAX_AGE_DAYS = 365;
/** Entries should list the main question and at least three more ways to ask. */
export const MIN_QUESTIONS = 4;
