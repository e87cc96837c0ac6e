/** knowledge/tenants/<id>/tenant.yaml: one organisation's widget configuration and contact paths. */
import { z } from 'zod';

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'ska vara en färg som #RRGGBB, till exempel #00529b');

export const contactPath = z.object({
  label: z.string({ error: 'saknas — skriv vad kontaktvägen heter' }).min(1),
  phone: z.string().regex(/^[0-9 +-]+$/, 'får bara innehålla siffror, mellanslag, + och -').optional(),
  url: z.string().url('ska vara en webbadress').refine((u) => u.startsWith('https://'), 'ska börja med https://').optional(),
  email: z.string().email('ska vara en e-postadress').optional(),
  /** A contact form's address. */
  form: z.string().url('ska vara en webbadress till ett kontaktformulär').refine((u) => u.startsWith('https://'), 'ska börja med https://').optional(),
  hours: z.string().optional(),
  /** What this way is for ("Frågor om hemtjänst", "Vårdcentralens rådgivning"), shown under its name. */
  about: z.string().max(120, 'högst 120 tecken: en kort rad om vad kontaktvägen är till för').optional(),
}).refine((c) => c.phone || c.url || c.email || c.form, 'behöver minst ett av phone, url, email eller form');

export const tenantConfig = z.object({
  id: z.string({ error: 'saknas' }).regex(/^[a-z0-9-]+$/, 'får bara innehålla a–z, 0–9 och bindestreck'),
  name: z.string({ error: 'saknas — organisationens namn, till exempel "Region Norrbotten"' }).min(1),
  kind: z.enum(['region', 'kommun'], { error: 'ska vara "region" eller "kommun"' }),
  organisation: z.string({ error: 'saknas — vilka som står bakom, till exempel "Region Norrbotten och länets kommuner"' }).min(1),
  website: z.string({ error: 'saknas — organisationens webbplats' }).url().refine((u) => u.startsWith('https://'), 'ska börja med https://'),
  greeting: z.string({ error: 'saknas — en kort hälsning som visas när guiden öppnas' }).min(1),
  starters: z.array(z.string().min(3), { error: 'saknas — 3–5 startfrågor' }).min(3, 'ska ha minst 3 startfrågor').max(5, 'får ha högst 5 startfrågor'),
  contacts: z.array(contactPath, { error: 'saknas — organisationens egna kontaktvägar' }).min(1, 'ska ha minst en kontaktväg'),
  origins: z.array(z.string().url('ska vara en origin som https://www.exempel.se')).default([]),
  /**
   * The organisation's own page on nära vård: on its site, the source shown under a national answer instead
   * of the page of the organisation the text was written from. Optional.
   */
  nationalSource: z.object({
    title: z.string({ error: 'saknas — skriv sidans titel' }).trim().min(1, 'får inte vara tom'),
    url: z.string({ error: 'saknas — skriv sidans adress (https://…)' }).url('ska vara en webbadress som börjar med https://')
      .refine((url) => url.startsWith('https://'), 'ska börja med https://'),
  }).optional(),
  theme: z.object({ accent: hex, accentText: hex }, { error: 'saknas — accent och accentText' }),
});
export type TenantConfig = z.infer<typeof tenantConfig>;
export type ContactPath = z.infer<typeof contactPath>;
