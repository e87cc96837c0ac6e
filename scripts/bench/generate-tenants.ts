// A national-scale knowledge folder for the bench's tenants phase, in the real format (knowledge/README.md):
// `national` national entries and `tenants` generated organisations with `own` entries each. National
// entries are the shipped national and tenant entries retold for a place ("… i Björkvik?"); each
// organisation's own are retold for itself, under its own name, so every question stays unique within
// a tenant (it passes kb:check) and the vocabulary grows as it would with real content.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadKnowledge } from '../../server/knowledge/load-knowledge';
import { NATIONAL } from '../../server/knowledge/knowledge';
import type { Entry } from '../../server/knowledge/entry-schema';
import { placeName } from './generate-knowledge';
import type { QuestionSource } from './questions';

export type GeneratedTenants = {
  dir: string;
  tenants: string[];
  national: number;
  own: number;
  /** The listed questions written: the national entries' and each organisation's own (for the bench to ask). */
  questions: QuestionSource;
  /** Each national entry's file, relative to `dir`, in order (for the bench to edit). */
  nationalFiles: string[];
};

const retold = (template: Entry, id: string, tenant: string, place: string, related: (id: string) => string | undefined, asked: Set<string>) => {
  const frontMatter = {
    id,
    tenant,
    // Two templates may share a question ("målbilden?" in two tenants' own entries): each retold question once.
    questions: template.questions.map((q) => `${q.replace(/[?.!\s]+$/, '')} i ${place}?`).filter((q) => !asked.has(q.toLowerCase()) && !!asked.add(q.toLowerCase())),
    keywords: [...template.keywords, place.toLowerCase()],
    source: template.source,
    owner: template.owner,
    reviewed: template.reviewed,
    related: template.related.map(related).filter((r): r is string => !!r).slice(0, 3),
  };
  return { questions: frontMatter.questions, text: `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\nDet här gäller ${place}.\n\n${template.body}\n` };
};

/** Writes the folder into `dir` (empty); returns the generated tenants' ids. */
export const generateTenants = async (
  dir: string,
  { tenants = 300, national = 5000, own = 20, source = 'knowledge' }: { tenants?: number; national?: number; own?: number; source?: string } = {},
): Promise<GeneratedTenants> => {
  const { knowledge, problems } = await loadKnowledge(source);
  if (!knowledge) throw new Error(`the shipped knowledge base does not load: ${problems.find((p) => p.severity === 'error')?.message}`);
  const templates = [...knowledge.entries.values()];
  // A national template's first retelling is what an entry related to it points to.
  const firstRetelling = new Map(templates.map((e, i) => [e.id, i < national && e.tenant === NATIONAL ? `n${i}-${e.id}` : undefined]));
  const related = (id: string) => firstRetelling.get(id);
  mkdirSync(join(dir, 'national'), { recursive: true });
  writeFileSync(join(dir, 'synonyms.yaml'), knowledge.synonymsYaml);
  // The shipped safety lists belong with any base: kb:check reads them.
  const asked = new Set<string>();
  const nationalQuestions: string[] = [];
  const nationalFiles: string[] = [];
  for (let i = 0; i < national; i++) {
    const template = templates[i % templates.length]!;
    const place = placeName(Math.floor(i / templates.length));
    const file = join('national', `n${i}-${template.id}.md`);
    const { questions, text } = retold(template, `n${i}-${template.id}`, NATIONAL, place, related, asked);
    writeFileSync(join(dir, file), text);
    nationalQuestions.push(...questions);
    nationalFiles.push(file);
  }
  const ownQuestions = new Map<string, string[]>();
  const [shippedTenant] = knowledge.tenants.values();
  const ids: string[] = [];
  for (let t = 0; t < tenants; t++) {
    const id = `org-${t + 1}`;
    const name = `${placeName(10_000 + t)} kommun`;
    ids.push(id);
    const folder = join(dir, 'tenants', id);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'tenant.yaml'), stringify({
      ...shippedTenant, id, name, kind: 'kommun', organisation: name, origins: [`https://${id}.example.se`],
      greeting: `Hej! Jag är en automatisk guide om nära vård i ${name}.`,
    }));
    const ownAsked = new Set<string>();
    const questions: string[] = [];
    for (let i = 0; i < own; i++) {
      const template = templates[(t * own + i) % templates.length]!;
      const entryId = `${id}-${i}-${template.id}`;
      const entry = retold(template, entryId, id, name, related, ownAsked);
      writeFileSync(join(folder, `${entryId}.md`), entry.text);
      questions.push(...entry.questions);
    }
    ownQuestions.set(id, questions);
  }
  return { dir, tenants: ids, national, own, nationalFiles, questions: { tenants: ids, national: nationalQuestions, own: (tenant) => ownQuestions.get(tenant) ?? [] } };
};
