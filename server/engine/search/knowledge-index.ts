import { withoutSourceLine } from '../../knowledge/source-line';
import type { Entry } from '../../knowledge/entry-schema';
import { entriesByOwner, type Knowledge, NATIONAL } from '../../knowledge/knowledge';
import { fold, parseSynonyms, Synonyms, tokenizeForIndex, type Vocabulary } from '../swedish';
import { changedEntries, EntryIndex } from './entry-index';
import { LruMemo } from '../lru-memo';
import { entryText } from './entry-text';
import { TenantIndex } from './tenant-index';

/** A knowledge snapshot with its search indexes (one national, one per tenant's own), built before it is swapped in. */
export type KnowledgeIndex = {
  knowledge: Knowledge;
  /** The national entries' index, shared by every tenant's. */
  national: EntryIndex;
  synonyms: Synonyms;
  /** Each tenant's search: the national index and its own, read as one. */
  tenants: ReadonlyMap<string, TenantIndex>;
  /** Every word of every entry and tenant name, without å/ä/ö: a word a tenant's index lacks but this has is another organisation's. */
  knownElsewhere: (token: string) => boolean;
  /** The words of every organisation's own entries together, kept by the next load while no organisation's part changes. */
  ownWords: OwnWords;
  /** The tenant whose name alone has this word ("västerbotten", "norrbottens", typed with or without å/ä/ö), if one has. */
  placeOwner: (token: string) => string | undefined;
  /** The same, or the tenant whose own entries alone name this person, project or group ("nordlund", "persman"). */
  nameOwner: (token: string) => string | undefined;
};

/**
 * A capitalised word after a lowercase one (not the first of a sentence), in an entry's text, also in brackets or
 * quotes ("Forskning och utveckling i Sörmland (FoUiS)"): a name.
 */
const NAME_INSIDE_A_SENTENCE = /(?<=\p{Ll}[,;:]? [(”"]?)\p{Lu}[\p{L}-]+/gu;

/**
 * The index parts for a knowledge snapshot. With `previous`, the snapshot the caller serves now: a part
 * whose entries are the same objects (the loader keeps an unchanged file's entry) and whose names are
 * unchanged is kept; one with a few changed entries is updated from the previous one, which is taken over
 * (the caller swaps the result in at once); others are rebuilt. The national part is one for all tenants:
 * a national edit updates it once, a tenant's edit only that tenant's part.
 */
export const buildKnowledgeIndex = (knowledge: Knowledge, previous?: KnowledgeIndex): KnowledgeIndex => {
  const synonyms = previous && previous.knowledge.synonymsYaml === knowledge.synonymsYaml
    ? previous.synonyms
    : new Synonyms(parseSynonyms(knowledge.synonymsYaml, 'knowledge/synonyms.yaml'));
  const byTenant = entriesByOwner(knowledge.entries.values(), [NATIONAL, ...knowledge.tenants.keys()]);
  const national = part(byTenant.get(NATIONAL)!, [], previous?.national);
  const tenants = new Map<string, TenantIndex>();
  for (const [id, tenant] of knowledge.tenants) {
    const own = part(byTenant.get(id) ?? [], [tenant.name, tenant.organisation, id], previous?.tenants.get(id)?.own, national.vocabulary);
    // Unchanged parts and synonyms: the same view, so what the engine keeps per view (starters, reply parts) stays.
    const before = previous?.tenants.get(id);
    tenants.set(id, before && before.national === national && before.own === own && previous!.synonyms === synonyms ? before : new TenantIndex(national, own, synonyms));
  }
  // A word's owner: the one organisation that uses it, null once a second (or the national base) does.
  const claim = (map: Map<string, string | null>, t: string, id: string | null) => map.set(t, map.has(t) && map.get(t) !== id ? null : id);
  // The names in one organisation's own entries only (people, projects, groups: capitalised inside a
  // sentence, "Glenn Nordlund", "FoUiS"): a question naming them is about that organisation. A name the
  // national entries or a second organisation also use is no one's. Only a word the visitor's own site
  // does not know counts so ("södra" is also everyday Swedish); a tenant's name counts wherever it stands.
  // Not a word the entries also write in lower case ("Tillsammans", "God hälsa" are titles of common words).
  const names = new Map<string, string | null>();
  const nationalWords = wordsOf(national, previous?.national);
  for (const t of nationalWords.names.keys()) claim(names, t, null);
  for (const [id, index] of tenants) for (const t of wordsOf(index.own, previous?.tenants.get(id)?.own).names.keys()) claim(names, t, id);
  const ownWords = unionOf([...tenants.values()].map((t) => t.own), previous?.ownWords);
  // The names in one tenant's names only ("Norrbotten", "Strängnäs"): "Region" is in several, and its
  // lower-case words ("kommun", "länets", "16") are no one's name.
  const tenantWords = new Set<string>();
  const owners = new Map<string, string | null>();
  for (const [id, tenant] of knowledge.tenants) {
    const text = `${tenant.name} ${tenant.organisation}`;
    for (const t of tokenizeForIndex(text).map(fold)) tenantWords.add(t);
    for (const t of new Set([...text.matchAll(/\p{Lu}[\p{L}-]+/gu)].flatMap(([name]) => tokenizeForIndex(name).map(fold)))) claim(owners, t, id);
  }
  const nameOwners = new Map(owners);
  for (const [t, id] of names) {
    if (id !== null && !owners.has(t) && !nationalWords.lowercase.has(t) && !ownWords.lowercase.has(t)) nameOwners.set(t, id);
  }
  // A name in the genitive ("Norrbottens målbild") is the name.
  const ownerIn = (map: ReadonlyMap<string, string | null>, folded: string) =>
    (map.has(folded) ? map.get(folded) : folded.endsWith('s') ? map.get(folded.slice(0, -1)) : undefined) ?? undefined;
  return {
    knowledge,
    national,
    synonyms,
    tenants,
    ownWords,
    knownElsewhere: (token) => {
      const folded = fold(token);
      return nationalWords.words.has(folded) || ownWords.words.has(folded) || tenantWords.has(folded) || ownerIn(nameOwners, folded) !== undefined;
    },
    placeOwner: (token) => ownerIn(owners, fold(token)),
    nameOwner: (token) => ownerIn(nameOwners, fold(token)),
  };
};

/**
 * The words of an index part's entries, without å/ä/ö: every word, those written in lower case, and the
 * names inside sentences; each with the number of entries that have it, so that an edit can take entries out.
 */
type CountedWords = { words: Map<string, number>; lowercase: Map<string, number>; names: Map<string, number> };
type PartWords = { readonly [K in keyof CountedWords]: ReadonlyMap<string, number> };

/** By part: a reload works out only a new part's, and one updated from the previous (a few entries edited) from that one's. */
const partWords = new WeakMap<EntryIndex, CountedWords>();

/** An edit of at most this many entries updates the previous part's words; more, and they are counted again. */
const WORDS_UPDATE_MAX = 200;

/**
 * The words of a part. With `previous`, the part the snapshot serving now has in its place: when only a
 * few entries differ, its words are taken over (the previous snapshot is dropped when this one is swapped
 * in) and updated by those entries, instead of being counted again over thousands.
 */
const wordsOf = (part: EntryIndex, previous?: EntryIndex): PartWords => {
  const known = partWords.get(part);
  if (known) return known;
  const before = previous && partWords.get(previous);
  const changed = before && changedEntries(previous!.entries, part.entries);
  let counted: CountedWords;
  if (before && changed && changed.removed.length + changed.added.length <= WORDS_UPDATE_MAX) {
    partWords.delete(previous!);
    counted = before;
    for (const entry of changed.removed) countEntry(counted, entry, -1);
    for (const entry of changed.added) countEntry(counted, entry, 1);
  } else {
    counted = { words: new Map(), lowercase: new Map(), names: new Map() };
    for (const entry of part.entries.values()) countEntry(counted, entry, 1);
  }
  partWords.set(part, counted);
  return counted;
};

/** Adds (1) or takes away (-1) one entry's words. */
const countEntry = (counted: CountedWords, entry: Entry, by: 1 | -1) => {
  const { tokens } = entryText(entry);
  const text = withoutSourceLine(entry.body);
  const words = new Set<string>();
  for (const field of [tokens.questions, tokens.keywords, tokens.body]) for (const t of field) words.add(t);
  const lowercase = new Set([...text.matchAll(/\p{Ll}[\p{L}-]*/gu)].map(([word]) => word));
  const names = new Set([...text.matchAll(NAME_INSIDE_A_SENTENCE)].flatMap(([name]) => tokenizeForIndex(name)));
  // Two spellings of one word fold alike: each folded word once per entry.
  for (const [list, map] of [[words, counted.words], [lowercase, counted.lowercase], [names, counted.names]] as const) {
    for (const folded of new Set([...list].map(foldMemo))) {
      const n = (map.get(folded) ?? 0) + by;
      if (n > 0) map.set(folded, n);
      else map.delete(folded);
    }
  }
};

/** fold() for the words of entries, remembered: the same few thousand words recur in every entry. */
const foldedWords = new LruMemo<string>(50_000);
const foldMemo = (word: string) => foldedWords.get(word, () => fold(word));

/** Words of several parts together, with the parts they came from. */
type OwnWords = { readonly [K in keyof CountedWords]: ReadonlySet<string> } & { parts: readonly EntryIndex[] };

/** The words of these parts together: `previous` when it was made of the same parts. */
const unionOf = (parts: readonly EntryIndex[], previous: OwnWords | undefined): OwnWords => {
  if (previous && same(previous.parts, parts)) return previous;
  const union = { parts, words: new Set<string>(), lowercase: new Set<string>(), names: new Set<string>() };
  for (const part of parts) {
    const own = wordsOf(part);
    for (const key of ['words', 'lowercase', 'names'] as const) for (const w of own[key].keys()) union[key].add(w);
  }
  return union;
};

/** What an index part was built from: a part built from the same is the same part. */
const inputsOf = new WeakMap<EntryIndex, { entries: readonly Entry[]; placeNames: readonly string[] }>();

const same = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The previous part when nothing changed, else it updated in place when few entries did, else a new one. */
const part = (entries: readonly Entry[], placeNames: readonly string[], previous: EntryIndex | undefined, base?: Vocabulary): EntryIndex => {
  const before = previous && inputsOf.get(previous);
  const samePlace = !!before && same(before.placeNames, placeNames);
  let index = samePlace && same(before!.entries, entries) ? previous! : null;
  if (!index && samePlace) index = EntryIndex.update(previous!, entries);
  index ??= EntryIndex.build(entries, placeNames, base);
  inputsOf.set(index, { entries, placeNames });
  return index;
};
