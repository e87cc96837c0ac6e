import type { Entry } from '../../knowledge/entry-schema';
import { type Knowledge, entriesFor } from '../../knowledge/knowledge';
import { parseSynonyms, Synonyms } from '../swedish';
import { TenantIndex } from './tenant-index';

/** A knowledge snapshot with one search index per tenant, built before it is swapped in. */
export type KnowledgeIndex = {
  knowledge: Knowledge;
  tenants: ReadonlyMap<string, TenantIndex>;
};

/** What a tenant's index was built from: an index built from the same is the same index. */
type TenantInputs = { entries: readonly Entry[]; placeNames: readonly string[]; synonymsYaml: string };

const inputsOf = new WeakMap<TenantIndex, TenantInputs>();
/**
 * The latest build, weakly: a reload in which a tenant's entries are the same objects (the loader
 * keeps an unchanged file's entry) and its names and the synonyms are unchanged reuses its index.
 */
let latest: WeakRef<KnowledgeIndex> | undefined;

const sameInputs = (a: TenantInputs, b: TenantInputs) =>
  a.synonymsYaml === b.synonymsYaml && a.entries.length === b.entries.length && a.entries.every((e, i) => e === b.entries[i])
  && a.placeNames.length === b.placeNames.length && a.placeNames.every((n, i) => n === b.placeNames[i]);

export const buildKnowledgeIndex = (knowledge: Knowledge): KnowledgeIndex => {
  const previous = latest?.deref();
  let synonyms: Synonyms | undefined;
  const tenants = new Map<string, TenantIndex>();
  for (const [id, tenant] of knowledge.tenants) {
    const inputs: TenantInputs = { entries: entriesFor(knowledge, id), placeNames: [tenant.name, tenant.organisation, id], synonymsYaml: knowledge.synonymsYaml };
    const before = previous?.tenants.get(id);
    const beforeInputs = before && inputsOf.get(before);
    if (before && beforeInputs && sameInputs(beforeInputs, inputs)) {
      tenants.set(id, before);
      continue;
    }
    synonyms ??= new Synonyms(parseSynonyms(knowledge.synonymsYaml, 'knowledge/synonyms.yaml'));
    const index = new TenantIndex(inputs.entries, synonyms, inputs.placeNames);
    inputsOf.set(index, inputs);
    tenants.set(id, index);
  }
  const built = { knowledge, tenants };
  latest = new WeakRef(built);
  return built;
};
