import { type Knowledge, entriesFor } from '../../knowledge/knowledge';
import { parseSynonyms, Synonyms } from '../swedish';
import { TenantIndex } from './tenant-index';

/** A knowledge snapshot with one search index per tenant, built before it is swapped in. */
export type KnowledgeIndex = {
  knowledge: Knowledge;
  tenants: ReadonlyMap<string, TenantIndex>;
};

export const buildKnowledgeIndex = (knowledge: Knowledge): KnowledgeIndex => {
  const synonyms = new Synonyms(parseSynonyms(knowledge.synonymsYaml, 'knowledge/synonyms.yaml'));
  const tenants = new Map<string, TenantIndex>();
  for (const [id, tenant] of knowledge.tenants) {
    tenants.set(id, new TenantIndex(entriesFor(knowledge, id), synonyms, [tenant.name, tenant.organisation, id]));
  }
  return { knowledge, tenants };
};
