import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../server/knowledge/load-knowledge';
import { entriesFor } from '../../server/knowledge/knowledge';
import { selfRetrieval, variantsOf } from './self-retrieval';

describe('self-retrieval', async () => {
  const { knowledge } = await loadKnowledge('knowledge');

  it('leaves out each word in turn, as typed and without å/ä/ö, of questions of three words or more', () => {
    expect(variantsOf('Vad är nära vård?')).toEqual([
      'är nära vård', 'ar nara vard', 'Vad nära vård', 'vad nara vard', 'Vad är vård', 'vad ar vard', 'Vad är nära', 'vad ar nara',
    ]);
    expect(variantsOf('Nära vård?')).toEqual([]);
  });

  it('counts an answer from the question\'s own entry, a clarification offering it, another entry and no answer', () => {
    const sources = new Map<string, string>();
    for (const tenant of knowledge!.tenants.keys()) {
      for (const e of entriesFor(knowledge!, tenant)) for (const q of e.questions) for (const v of variantsOf(q)) sources.set(`${tenant} ${v}`, e.id);
    }
    const all = selfRetrieval(knowledge!, () => ({ kind: 'fallback', text: '', contacts: [] }));
    expect(all.other).toBe(all.asked);
    expect(all.asked).toBeGreaterThan(1000);
    // An oracle that names the last entry a variant came from: only variants two entries share are wrong.
    const oracle = selfRetrieval(knowledge!, (tenant, text) => ({ kind: 'answer', text: '', contacts: [], entryId: sources.get(`${tenant} ${text}`) }));
    expect(oracle.answered + oracle.wrong).toBe(oracle.asked);
    expect(oracle.answered / oracle.asked).toBeGreaterThan(0.95);
    const offered = selfRetrieval(knowledge!, (tenant, text) => {
      const entry = knowledge!.entries.get(sources.get(`${tenant} ${text}`)!)!;
      return { kind: 'clarify', text: '', contacts: [], suggestions: ['Något annat?', entry.questions[0]!] };
    });
    expect(offered.offered / offered.asked).toBeGreaterThan(0.95);
  });
});
