// A large knowledge base for the engine bench, in the real format (knowledge/README.md): the shipped
// base copied as it is (tenants, synonyms, entries), then new entries up to `entries` in all, each a
// shipped entry retold for a place of its own ("… i Björkvik?"), so the vocabulary grows with the base
// as it would with real content. Every question stays unique within a tenant, so it passes kb:check.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadKnowledge } from '../../server/knowledge/load-knowledge';
import { NATIONAL } from '../../server/knowledge/knowledge';

const FIRST = ['Björk', 'Gran', 'Ek', 'Sjö', 'Berg', 'Ås', 'Lid', 'Holm', 'Vik', 'Näs', 'Alm', 'Lind', 'Ro', 'Sand', 'Mal', 'Hög', 'Norr', 'Sör', 'Väst', 'Öster', 'Mo', 'Fur', 'Lö', 'Hägg', 'Rönn'];
const LAST = ['by', 'sta', 'torp', 'vik', 'berga', 'hult', 'ryd', 'mark', 'lunda', 'dal', 'fors', 'hamn', 'köping', 'sund', 'strand', 'stad', 'holm', 'näs', 'bo', 'red', 'tuna', 'vall', 'åker', 'mo', 'ås'];

/** The n-th made-up place name: Björkby, Björksta, … then Björkby Norra, … */
export const placeName = (n: number): string => {
  const base = FIRST.length * LAST.length;
  const name = FIRST[Math.floor(n / LAST.length) % FIRST.length]! + LAST[n % LAST.length]!;
  const round = Math.floor(n / base);
  return round === 0 ? name : `${name} ${['Norra', 'Södra', 'Östra', 'Västra', 'Övre', 'Nedre'][(round - 1) % 6]}${round > 6 ? ` ${Math.ceil(round / 6)}` : ''}`;
};

export type GeneratedKnowledge = { dir: string; entries: number; generated: number };

/**
 * Writes a knowledge folder of `entries` entries into `dir` (which should be empty): the shipped base
 * from `source`, and generated entries, about a tenth of them national, the rest spread over the tenants.
 */
export const generateKnowledge = async (dir: string, { entries = 10_000, source = 'knowledge' }: { entries?: number; source?: string } = {}): Promise<GeneratedKnowledge> => {
  const { knowledge, problems } = await loadKnowledge(source);
  if (!knowledge) throw new Error(`the shipped knowledge base does not load: ${problems.find((p) => p.severity === 'error')?.message}`);
  cpSync(source, dir, { recursive: true });
  const templates = [...knowledge.entries.values()];
  const tenants = [...knowledge.tenants.keys()];
  const ids = new Set(knowledge.entries.keys());
  const toGenerate = Math.max(0, entries - templates.length);
  // Two templates may share a question ("målbilden?" in two tenants' own entries): each generated question once.
  const asked = new Set<string>();
  for (let i = 0; i < toGenerate; i++) {
    const template = templates[i % templates.length]!;
    // (template, place) pairs never repeat.
    const place = placeName(Math.floor(i / templates.length));
    const tenant = i % 10 === 0 ? NATIONAL : tenants[i % tenants.length]!;
    let id = `${template.id}-${i}`;
    while (ids.has(id)) id += 'x';
    ids.add(id);
    const frontMatter = {
      id,
      tenant,
      questions: template.questions.map((q) => `${q.replace(/[?.!\s]+$/, '')} i ${place}?`).filter((q) => {
        const key = q.toLowerCase();
        return !asked.has(key) && asked.add(key);
      }),
      keywords: [...template.keywords, place.toLowerCase()],
      source: template.source,
      owner: template.owner,
      reviewed: template.reviewed,
      // Only national entries are visible from every tenant, so only they can be related everywhere.
      related: template.related.filter((r) => knowledge.entries.get(r)?.tenant === NATIONAL).slice(0, 3),
    };
    const body = `Det här gäller ${place}.\n\n${template.body}`;
    const folder = tenant === NATIONAL ? join(dir, 'national') : join(dir, 'tenants', tenant);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${id}.md`), `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${body}\n`);
  }
  return { dir, entries: templates.length + toGenerate, generated: toGenerate };
};
