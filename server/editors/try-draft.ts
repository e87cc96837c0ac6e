import { Engine, type EngineReply } from '../engine/engine';
import type { Entry } from '../knowledge/entry-schema';
import { NATIONAL, type Knowledge } from '../knowledge/knowledge';

/** What the guide would do with a question, in an editor's words. */
export type Trial = { question: string; outcome: 'this' | 'other' | 'offered' | 'fallback' | 'safety' | 'smalltalk' | 'person'; entryId?: string; offered?: string[] };

/**
 * The questions asked against a draft, before it is saved: the knowledge as it is now with the draft in place of
 * the saved entry (or added), for the organisation alone (and the national entries), in an engine of its own, so
 * nothing that visitors get changes.
 */
export const tryDraft = (knowledge: Knowledge, tenant: string, draft: Entry | undefined, questions: readonly string[]): Trial[] => {
  // An editor of the national entries tries them on the first organisation's site.
  const site = tenant === NATIONAL ? [...knowledge.tenants.keys()][0] : tenant;
  if (!site || !knowledge.tenants.has(site)) return [];
  const entries = new Map([...knowledge.entries].filter(([, e]) => e.tenant === NATIONAL || e.tenant === site));
  if (draft) entries.set(draft.id, draft);
  const engine = new Engine();
  engine.load({ ...knowledge, entries, tenants: new Map([[site, knowledge.tenants.get(site)!]]) });
  return questions.map((question) => trialOf(question, engine.ask({ tenant: site, text: question }), draft?.id));
};

/** What a reply to a question was, for an editor; `entryId`: the entry being edited, if any. */
export const trialOf = (question: string, reply: EngineReply, entryId?: string): Trial => {
  if (reply.kind === 'answer') return { question, outcome: reply.entryId === entryId ? 'this' : 'other', entryId: reply.entryId };
  if (reply.kind === 'clarify') return { question, outcome: 'offered', offered: reply.suggestions };
  if (reply.kind === 'safety') return { question, outcome: 'safety' };
  if (reply.kind === 'smalltalk') return { question, outcome: 'smalltalk' };
  return { question, outcome: reply.trace.route === 'intent' ? 'person' : 'fallback' };
};

/** A trial in Swedish for the editor. */
export const describeTrial = (trial: Trial): string => {
  switch (trial.outcome) {
    case 'this': return 'Besvaras med den här posten.';
    case 'other': return `Besvaras med posten ${trial.entryId}.`;
    case 'offered': return `Guiden är osäker och erbjuder: ${trial.offered!.join(' · ')}`;
    case 'fallback': return 'Guiden hittar inget svar och visar vägar till en människa.';
    case 'safety': return 'Säkerhetssvar: guiden svarar aldrig ur kunskapsbasen utan visar 112, 1177 och stödlinjer.';
    case 'smalltalk': return 'Småprat: guiden hälsar och föreslår frågor.';
    case 'person': return 'Besökaren ber om en människa: guiden visar organisationens kontaktvägar.';
  }
};
