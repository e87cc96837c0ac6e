import MiniSearch from 'minisearch';
import Fuse from 'fuse.js';
import { type Knowledge, entriesFor } from '../../server/knowledge/knowledge';
import type { Entry } from '../../server/knowledge/entry-schema';
import type { GradedReply } from './grade';

/** A naive guide over the same knowledge: the top hit is the answer, no hit is a fallback with the tenant's contacts. */
export type Baseline = { name: string; ask(tenant: string, text: string): GradedReply };

const reply = (knowledge: Knowledge, tenant: string, hit: Entry | undefined): GradedReply =>
  hit
    ? { kind: 'answer', text: hit.body, contacts: [], entryId: hit.id }
    : { kind: 'fallback', text: 'Det vet jag inte.', contacts: knowledge.tenants.get(tenant)?.contacts ?? [] };

const docs = (entries: Entry[]) => entries.map((e) => ({ id: e.id, questions: e.questions.join(' '), keywords: e.keywords.join(' '), body: e.body }));

/** MiniSearch with default options over questions, keywords and body. */
export const miniSearchBaseline = (knowledge: Knowledge): Baseline => {
  const indexes = new Map([...knowledge.tenants.keys()].map((t) => {
    const entries = entriesFor(knowledge, t);
    const ms = new MiniSearch({ fields: ['questions', 'keywords', 'body'] });
    ms.addAll(docs(entries));
    return [t, { ms, byId: new Map(entries.map((e) => [e.id, e])) }] as const;
  }));
  return {
    name: 'MiniSearch (default options)',
    ask: (tenant, text) => {
      const index = indexes.get(tenant)!;
      const top = index.ms.search(text)[0];
      return reply(knowledge, tenant, top ? index.byId.get(top.id) : undefined);
    },
  };
};

/** Fuse.js with default options over questions, keywords and body. */
export const fuseBaseline = (knowledge: Knowledge): Baseline => {
  const indexes = new Map([...knowledge.tenants.keys()].map((t) => [t, new Fuse(entriesFor(knowledge, t), { keys: ['questions', 'keywords', 'body'] })] as const));
  return {
    name: 'Fuse.js (default options)',
    ask: (tenant, text) => reply(knowledge, tenant, indexes.get(tenant)!.search(text)[0]?.item),
  };
};
