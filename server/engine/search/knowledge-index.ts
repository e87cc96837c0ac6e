import type { Entry } from '../../knowledge/entry-schema';
import { type Knowledge, NATIONAL } from '../../knowledge/knowledge';
import { fold, parseSynonyms, Synonyms, tokenizeForIndex } from '../swedish';
import { entryText } from './entry-text';
import { TenantIndex } from './tenant-index';

/** A knowledge snapshot with one search index per tenant, built before it is swapped in. */
export type KnowledgeIndex = {
  knowledge: Knowledge;
  tenants: ReadonlyMap<string, TenantIndex>;
  /** Every word of every entry and tenant name, without å/ä/ö: a word a tenant's index lacks but this has is another organisation's. */
  knownElsewhere: (token: string) => boolean;
  /** The tenant whose name alone has this word ("västerbotten", "norrbottens", typed with or without å/ä/ö), if one has. */
  placeOwner: (token: string) => string | undefined;
  /** The same, or the tenant whose own entries alone name this person, project or group ("nordlund", "persman"). */
  nameOwner: (token: string) => string | undefined;
};

/** A capitalised word after a lowercase one (not the first of a sentence), in an entry's text: a name. */
const NAME_INSIDE_A_SENTENCE = /(?<=\p{Ll}[,;:]? )\p{Lu}[\p{L}-]+/gu;

/** What a tenant's index was built from: an index built from the same is the same index. */
type TenantInputs = { entries: readonly Entry[]; placeNames: readonly string[]; synonymsYaml: string };

const inputsOf = new WeakMap<TenantIndex, TenantInputs>();

const same = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The indexes for a knowledge snapshot. With `previous`, the snapshot the caller serves now: a tenant
 * whose entries are the same objects (the loader keeps an unchanged file's entry) and whose names and
 * synonyms are unchanged keeps its index; one with a few changed entries has its index updated from
 * the previous one, which is taken over (the caller swaps the result in at once); others are rebuilt.
 */
export const buildKnowledgeIndex = (knowledge: Knowledge, previous?: KnowledgeIndex): KnowledgeIndex => {
  let synonyms: Synonyms | undefined;
  const tenants = new Map<string, TenantIndex>();
  const visible = entriesByTenant(knowledge);
  for (const [id, tenant] of knowledge.tenants) {
    const inputs: TenantInputs = { entries: visible.get(id)!, placeNames: [tenant.name, tenant.organisation, id], synonymsYaml: knowledge.synonymsYaml };
    const before = previous?.tenants.get(id);
    const beforeInputs = before && inputsOf.get(before);
    const sameSetting = !!beforeInputs && beforeInputs.synonymsYaml === inputs.synonymsYaml && same(beforeInputs.placeNames, inputs.placeNames);
    let index = before && sameSetting && same(beforeInputs!.entries, inputs.entries) ? before : null;
    if (!index && before && sameSetting) index = TenantIndex.update(before, inputs.entries);
    if (!index) {
      synonyms ??= new Synonyms(parseSynonyms(knowledge.synonymsYaml, 'knowledge/synonyms.yaml'));
      index = new TenantIndex(inputs.entries, synonyms, inputs.placeNames);
    }
    inputsOf.set(index, inputs);
    tenants.set(id, index);
  }
  // A word's owner: the one organisation that uses it, null once a second (or the national base) does.
  const claim = (map: Map<string, string | null>, t: string, id: string | null) => map.set(t, map.has(t) && map.get(t) !== id ? null : id);
  const words = new Set<string>();
  // The names in one organisation's own entries only (people, projects, groups: capitalised inside a
  // sentence, "Glenn Nordlund", "FoUiS"): a question naming them is about that organisation. A name the
  // national entries or a second organisation also use is no one's. Only a word the visitor's own site
  // does not know counts so ("södra" is also everyday Swedish); a tenant's name counts wherever it stands.
  // Not a word the entries also write in lower case ("Tillsammans", "God hälsa" are titles of common words).
  const names = new Map<string, string | null>();
  const lowercase = new Set<string>();
  for (const entry of knowledge.entries.values()) {
    const { tokens } = entryText(entry);
    for (const field of [tokens.questions, tokens.keywords, tokens.body]) for (const t of field) words.add(fold(t));
    const text = entry.body.split(/\n\s*Källa:/)[0]!;
    for (const [word] of text.matchAll(/\p{Ll}[\p{L}-]*/gu)) lowercase.add(fold(word));
    const id = entry.tenant === NATIONAL ? null : entry.tenant;
    for (const [name] of text.matchAll(NAME_INSIDE_A_SENTENCE)) for (const t of tokenizeForIndex(name).map(fold)) claim(names, t, id);
  }
  // The names in one tenant's names only ("Norrbotten", "Strängnäs"): "Region" is in several, and its
  // lower-case words ("kommun", "länets", "16") are no one's name.
  const owners = new Map<string, string | null>();
  for (const [id, tenant] of knowledge.tenants) {
    const text = `${tenant.name} ${tenant.organisation}`;
    for (const t of tokenizeForIndex(text).map(fold)) words.add(t);
    for (const t of new Set([...text.matchAll(/\p{Lu}[\p{L}-]+/gu)].flatMap(([name]) => tokenizeForIndex(name).map(fold)))) claim(owners, t, id);
  }
  const nameOwners = new Map(owners);
  for (const [t, id] of names) if (id !== null && !owners.has(t) && !lowercase.has(t)) nameOwners.set(t, id);
  // A name in the genitive ("Norrbottens målbild") is the name.
  const ownerIn = (map: ReadonlyMap<string, string | null>, folded: string) =>
    (map.has(folded) ? map.get(folded) : folded.endsWith('s') ? map.get(folded.slice(0, -1)) : undefined) ?? undefined;
  return {
    knowledge,
    tenants,
    knownElsewhere: (token) => words.has(fold(token)) || ownerIn(nameOwners, fold(token)) !== undefined,
    placeOwner: (token) => ownerIn(owners, fold(token)),
    nameOwner: (token) => ownerIn(nameOwners, fold(token)),
  };
};

/** Each tenant's entries, the national ones included, in the knowledge's order (entriesFor for all tenants in one pass). */
const entriesByTenant = (knowledge: Knowledge): Map<string, Entry[]> => {
  const lists = new Map<string, Entry[]>([...knowledge.tenants.keys()].map((id) => [id, []]));
  for (const entry of knowledge.entries.values()) {
    if (entry.tenant === NATIONAL) for (const list of lists.values()) list.push(entry);
    else lists.get(entry.tenant)?.push(entry);
  }
  return lists;
};
