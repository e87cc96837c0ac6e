import type { Entry } from './entry-schema';
import type { TenantConfig } from './tenant-schema';

/** One validated, immutable snapshot of the knowledge folder. Reloads build a new one and swap it in. */
export type Knowledge = {
  tenants: ReadonlyMap<string, TenantConfig>;
  /** Every entry by id, national and tenant-owned. */
  entries: ReadonlyMap<string, Entry>;
  /** The raw synonyms file (knowledge/synonyms.yaml), already validated. */
  synonymsYaml: string;
  /** When this snapshot was loaded. */
  loadedAt: Date;
};

export const NATIONAL = 'national';

/** The entries a tenant's visitors can get: the national ones and the tenant's own. */
export const entriesFor = (knowledge: Knowledge, tenant: string): Entry[] =>
  [...knowledge.entries.values()].filter((e) => e.tenant === NATIONAL || e.tenant === tenant);

/** Entries grouped by owner (NATIONAL or a tenant id), in their order; an entry of an owner not listed is left out. */
export const entriesByOwner = (entries: Iterable<Entry>, owners: Iterable<string>): Map<string, Entry[]> => {
  const lists = new Map<string, Entry[]>([...owners].map((owner) => [owner, []]));
  for (const entry of entries) lists.get(entry.tenant)?.push(entry);
  return lists;
};
