import { beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../knowledge/entry-schema';
import { type Knowledge, NATIONAL } from '../../knowledge/knowledge';
import { loadKnowledge } from '../../knowledge/load-knowledge';
import { normalizeQuestion } from '../normalize';
import { buildKnowledgeIndex, type KnowledgeIndex } from './knowledge-index';
import type { TenantIndex } from './tenant-index';

let base: Knowledge;
beforeAll(async () => {
  const { knowledge } = await loadKnowledge('knowledge');
  base = knowledge!;
});

/** The knowledge with some entries replaced, removed or added, as the loader gives it after an edit. */
const edited = (knowledge: Knowledge, change: (entries: Map<string, Entry>) => void): Knowledge => {
  const entries = new Map(knowledge.entries);
  change(entries);
  return { ...knowledge, entries };
};

const QUESTIONS = [
  'Vad är nära vård?', 'varför ska vården ställas om', 'vad är en fast vårdkontakt', 'nar beslutades malbilden',
  'hur många vårdcentraler finns det', 'vilka är områdena', 'Vem bestämmer om hemsjukvården?', 'primärvårdsreformen',
  'vad betyder omställningen för mig', 'digitala vårdmöten', 'egenvård och prevention', 'samverkan mellan region och kommun',
];

/** What a search finds, with its figures: two indexes that give the same for every question answer the same. */
const results = (index: TenantIndex, extra: string[] = []) =>
  [...QUESTIONS, ...extra].map((q) => index.search(index.analyze(q)).slice(0, 8).map((c) => [c.entry.id, c.score.toFixed(9), c.coverage.toFixed(9), c.questionMatch.toFixed(9)]));

const allResults = (index: KnowledgeIndex, extra: string[] = []) => Object.fromEntries([...index.tenants].map(([id, t]) => [id, results(t, extra)]));

/** The vocabulary's words with their counts. */
const words = (index: TenantIndex, of: Entry) =>
  [...new Set(`${of.questions.join(' ')} ${of.keywords.join(' ')} ${of.body}`.toLocaleLowerCase('sv').split(/[^\p{L}]+/u))].map((w) => [w, index.vocabulary.frequency(w)]);

describe('buildKnowledgeIndex after an edit', () => {
  it('keeps the index of a tenant nothing changed for, and updates the others to what a full build gives', () => {
    const first = buildKnowledgeIndex(base);
    const national = [...base.entries.values()].find((e) => e.tenant === NATIONAL && e.id !== 'vad-ar-nara-vard')!;
    const own = [...base.entries.values()].find((e) => e.tenant === 'strangnas')!;
    const next = edited(base, (entries) => {
      // A body edited (with a word new to the base), an entry gone, an entry added.
      entries.set(national.id, { ...national, body: `${national.body}\n\nSärskilt om hälsofrämjande kvällsöppettider.` });
      entries.delete(own.id);
      entries.set('ny-post', { ...own, id: 'ny-post', questions: ['Hur fungerar kvällsöppettider på vårdcentralen?'], file: 'knowledge/tenants/strangnas/ny-post.md' });
    });
    const fresh = buildKnowledgeIndex(next);
    const updated = buildKnowledgeIndex(next, first);

    for (const id of base.tenants.keys()) expect(updated.tenants.get(id), id).not.toBe(first.tenants.get(id)); // a national entry changed
    // One national index, shared by every tenant's search, and updated once for a national edit.
    for (const tenant of updated.tenants.values()) expect(tenant.national).toBe(updated.national);
    expect(updated.national).not.toBe(first.national);
    expect(updated.tenants.get('norrbotten')!.own).toBe(first.tenants.get('norrbotten')!.own);
    // The questions of what changed too: the removed entry's words must be gone from the frequencies.
    const extra = [...national.questions, ...own.questions, own.body.slice(0, 200)];
    expect(allResults(updated, extra)).toEqual(allResults(fresh, extra));
    for (const id of base.tenants.keys()) {
      expect(updated.tenants.get(id)!.vocabulary.size, id).toBe(fresh.tenants.get(id)!.vocabulary.size);
      expect(words(updated.tenants.get(id)!, own), id).toEqual(words(fresh.tenants.get(id)!, own));
      expect(words(updated.tenants.get(id)!, national), id).toEqual(words(fresh.tenants.get(id)!, national));
    }
    const strangnas = updated.tenants.get('strangnas')!;
    expect(strangnas.entries.has(own.id)).toBe(false);
    expect(strangnas.search(strangnas.analyze('kvällsöppettider')).map((c) => c.entry.id)).toEqual(['ny-post', national.id]);
    expect(strangnas.entryForQuestion(own.questions[0]!)).toBeUndefined();
    expect(strangnas.entryForQuestion('hur fungerar kvällsöppettider på vårdcentralen')).toBe('ny-post');
    // Without å, ä, ö too: the removed entry's questions are gone, the new one's found.
    const plain = (q: string) => normalizeQuestion(q).replace(/[åä]/g, 'a').replace(/ö/g, 'o');
    for (const q of own.questions) expect(strangnas.entryForQuestion(plain(q))).not.toBe(own.id);
    expect(strangnas.entryForQuestion(plain('Hur fungerar kvällsöppettider på vårdcentralen?'))).toBe('ny-post');
    expect(updated.tenants.get('norrbotten')!.search(updated.tenants.get('norrbotten')!.analyze('kvällsöppettider')).map((c) => c.entry.id)).toEqual([national.id]);

    // Only the tenant whose own entry changes gets a new index.
    const again = edited(next, (entries) => entries.set('ny-post', { ...entries.get('ny-post')!, body: 'Kvällsöppet på tisdagar.\n\nKälla: [x](https://example.se)' }));
    const third = buildKnowledgeIndex(again, updated);
    for (const id of base.tenants.keys()) {
      if (id === 'strangnas') expect(third.tenants.get(id)).not.toBe(updated.tenants.get(id));
      else expect(third.tenants.get(id), id).toBe(updated.tenants.get(id));
    }
    expect(third.national).toBe(updated.national);
    expect(allResults(third)).toEqual(allResults(buildKnowledgeIndex(again)));
  });

  it('follows an edit in what tells organisations apart: a name and a word that come, and go again', () => {
    const own = [...base.entries.values()].find((e) => e.tenant === 'strangnas')!;
    const first = buildKnowledgeIndex(base);
    expect(first.nameOwner('zebrafinksson')).toBeUndefined();
    expect(first.knownElsewhere('xylofonerna')).toBe(false);
    const named = edited(base, (entries) => entries.set(own.id, { ...own, body: `Här leder projektledaren Glenn Zebrafinksson arbetet med xylofonerna.\n\n${own.body}` }));
    const second = buildKnowledgeIndex(named, first);
    expect(second.nameOwner('zebrafinksson')).toBe('strangnas');
    expect(second.knownElsewhere('xylofonerna')).toBe(true);
    const gone = buildKnowledgeIndex(edited(named, (entries) => entries.set(own.id, own)), second);
    expect(gone.nameOwner('zebrafinksson')).toBeUndefined();
    expect(gone.knownElsewhere('xylofonerna')).toBe(false);
    // The same for a national entry, whose words every organisation's search reads.
    const national = [...base.entries.values()].find((e) => e.tenant === NATIONAL)!;
    const nationally = buildKnowledgeIndex(edited(base, (entries) => entries.set(national.id, { ...national, body: `Om xylofonerna.\n\n${national.body}` })), gone);
    expect(nationally.knownElsewhere('xylofonerna')).toBe(true);
    expect(buildKnowledgeIndex(base, nationally).knownElsewhere('xylofonerna')).toBe(false);
  });

  it('rebuilds when many entries changed, and when the synonyms changed', () => {
    const first = buildKnowledgeIndex(base);
    const next = edited(base, (entries) => {
      for (const e of entries.values()) entries.set(e.id, { ...e, body: `${e.body} Ändrad.` });
    });
    const updated = buildKnowledgeIndex(next, first);
    expect(allResults(updated)).toEqual(allResults(buildKnowledgeIndex(next)));
    // The previous index was not taken over, so it still answers as before.
    expect(allResults(first)).toEqual(allResults(buildKnowledgeIndex(base)));

    const synonyms = { ...base, synonymsYaml: `${base.synonymsYaml}\n` };
    const withSynonyms = buildKnowledgeIndex(synonyms, first);
    for (const id of base.tenants.keys()) expect(withSynonyms.tenants.get(id)).not.toBe(first.tenants.get(id));
  });
});
