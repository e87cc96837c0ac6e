import { describe, expect, it } from 'vitest';
import { Engine } from './engine';
import { UnknownTenantError } from './errors';
import { loadKnowledge } from '../knowledge/load-knowledge';

// The whole pipeline on the shipped knowledge base, through the engine's one public method.
describe('Engine', async () => {
  const { knowledge } = await loadKnowledge('knowledge');
  const engine = new Engine();
  engine.load(knowledge!);
  const conversation = (tenant: string) => {
    let conversationId: string | undefined;
    return (text: string) => {
      const reply = engine.ask({ tenant, text, conversationId });
      conversationId = reply.conversationId;
      return reply;
    };
  };

  it('refuses an unknown tenant', () => {
    expect(() => engine.ask({ tenant: 'oslo', text: 'hej' })).toThrow(UnknownTenantError);
  });

  it('answers with the entry, its source and its related questions as suggestions', () => {
    const reply = engine.ask({ tenant: 'norrbotten', text: 'Vad är målbilden för nära vård i Norrbotten?' });
    expect(reply.kind).toBe('answer');
    expect(reply.entryId).toBe('malbild-norrbotten');
    expect(reply.sources[0]!.url).toMatch(/^https:\/\//);
    expect(reply.suggestions.length).toBeGreaterThanOrEqual(4);
    expect(reply.suggestions[0]).toBe(knowledge!.entries.get('egen-kraft-norrbotten')!.questions[0]);
  });

  it('reads a question that points back at a phrase quoted before it as a question about the phrase', () => {
    const letter = 'Jag är 84 år och bor ensam utanför Kalix. Nu läste jag i tidningen om något som heter "Tillsammans för min trygghet". '
      + 'Kan ni förklara för en gammal dam vad det egentligen betyder? Med vänlig hälsning, Gunvor';
    expect(engine.ask({ tenant: 'norrbotten', text: letter }).entryId).toBe('trygghet-norrbotten');
  });

  it('reads what the visitor tells of themselves as no errand and no other organisation', () => {
    const librarian = 'Jag arbetar på biblioteket och hjälper en besökare som undrar vad "Sammanhållet och enkelt för mig" står för i Norrbottens målbild. Kan du förklara kort?';
    expect(engine.ask({ tenant: 'norrbotten', text: librarian }).kind).toBe('answer');
    const moved = engine.ask({ tenant: 'varmland', text: 'Vi har precis flyttat hit från Norrbotten. När beslutades målbilden för nära vård här i Värmland?' });
    expect(moved.entryId).toBe('malbild-varmland');
  });

  it("answers one of an entry's own questions asked after what the visitor tells of themselves, as when asked alone", () => {
    const alone = engine.ask({ tenant: 'norrbotten', text: 'Hur ska vården komma närmare mig?' });
    expect(alone.entryId).toBe('nara-mig-norrbotten');
    const told = engine.ask({ tenant: 'norrbotten', text: 'Jag bor långt ute i Pajala-trakten. Hur ska vården komma närmare mig?' });
    expect(told.kind).toBe('answer');
    expect(told.entryId).toBe('nara-mig-norrbotten');
  });

  it('reads a question after a dash on its own when the whole message finds nothing', () => {
    const text = 'Psykisk ohälsa bland unga är ett stort ämne – vilka aktörer nämns kring personen i Västernorrlands bild av god och nära vård?';
    expect(engine.ask({ tenant: 'vasternorrland', text }).entryId).toBe('aktorer-vasternorrland');
  });

  it("answers with the national entry when the tenant's own covers less of the question, though the tenant is named", () => {
    expect(engine.ask({ tenant: 'norrbotten', text: 'Vad är basen i den nära vården enligt Region Norrbotten och länets kommuner?' }).entryId).toBe('primarvarden-navet');
  });

  it('answers a part of a topic asked about with "om" by the part', () => {
    expect(engine.ask({ tenant: 'norrbotten', text: 'Vad står det i målbilden om trygghet?' }).entryId).toBe('trygghet-norrbotten');
  });

  it('answers a part asked about with "om" by the part, also after a sentence about the asker', () => {
    const text = 'Jag är rädd att bli lämnad ensam med min sjukdom när allt ska ske hemma. Vad säger målbilden om trygghet?';
    expect(engine.ask({ tenant: 'norrbotten', text }).entryId).toBe('trygghet-norrbotten');
  });

  it('answers with the entry asked about a quoted phrase where two entries are close', () => {
    const text = 'Jag är pensionär och bor i en liten by i Pajala kommun, långt från sjukhuset. Vad betyder delområdet "Nära mig på bästa sätt" för mig?';
    expect(engine.ask({ tenant: 'norrbotten', text })).toMatchObject({ kind: 'answer', entryId: 'nara-mig-norrbotten' });
  });

  it('answers "vad menas med det sista om …?" from the answer just given when it says it', () => {
    const ask = conversation('varmland');
    expect(ask('Varför behövs omställningen till nära vård?').entryId).toBe('varfor-nara-vard');
    expect(ask('vad menas med det sista om resurserna?')).toMatchObject({ kind: 'answer', entryId: 'varfor-nara-vard' });
  });

  it('answers with the entry one of the closest asks about a quoted phrase, whatever else the message tells', () => {
    const text = 'Vi i SPF Seniorerna Piteå undrar vad delområdet ”Sammanhållet och enkelt för mig” betyder i praktiken för oss äldre.';
    expect(engine.ask({ tenant: 'norrbotten', text })).toMatchObject({ kind: 'answer', entryId: 'sammanhallet-norrbotten' });
  });

  it('reads a question after a comma on its own when the whole message finds nothing', () => {
    const text = 'Det är lite akut för mig eftersom jag har prov imorgon, vad heter de fyra delområdena i Norrbottens målbild?';
    expect(engine.ask({ tenant: 'norrbotten', text })).toMatchObject({ kind: 'answer', entryId: 'malbild-norrbotten' });
  });

  it('reads words typed together apart though their last part ends a compound the base knows', () => {
    expect(engine.ask({ tenant: 'norrbotten', text: 'sammanhalletochenkelt for mig vad e det' }).entryId).toBe('sammanhallet-norrbotten');
  });

  it('answers who is responsible for an item of the list just given by that item', () => {
    const ask = conversation('strangnas');
    expect(ask('Vad gör Strängnäs kommun för att arbeta mot nära vård?').entryId).toBe('nara-vard-strangnas');
    expect(ask('vem ansvarar för digitaliseringsdelen?').text).toMatch(/socialkontorets arbete med digitalisering/i);
  });

  // Conversations, each turn with the entry that answers it.
  it.each([
    ['answers a follow-up quoting another part by that part', 'norrbotten', [
      ['Vad betyder "Min egen kraft tas tillvara"?', 'egen-kraft-norrbotten'],
      ['Och "Nära mig på bästa sätt", då?', 'nara-mig-norrbotten'],
    ]],
    ['reads "i det sammanhanget" after a list as naming one of its parts', 'strangnas', [
      ['Vilka tre delar har FoUiS målbild?', 'malbild-sormland'],
      ['Vad betyder Nära i det sammanhanget?', 'nara-sormland'],
    ]],
    ['answers a follow-up that only adds who asks ("… för mig som bor ensam?") from the topic', 'norrbotten', [
      ['Vad betyder "Tillsammans för min trygghet" i målbilden?', 'trygghet-norrbotten'],
      ['vad betyder det för mig som bor ensam?', 'trygghet-norrbotten'],
    ]],
  ])('%s', (_, tenant, turns) => {
    const ask = conversation(tenant as string);
    for (const [text, entryId] of turns as string[][]) expect(ask(text!).entryId).toBe(entryId);
  });

  it('reads a listed question that points back ("vad betyder det för mig?") against the topic it points at', () => {
    const digital = conversation('vasterbotten');
    expect(digital('Vad betyder Digitalt när det går, fysiskt om det behövs?').entryId).toBe('digitalt-nar-det-gar-vasterbotten');
    expect(digital('vad betyder det för mig?').entryId).toBe('digitalt-nar-det-gar-vasterbotten');
    // After nära vård itself, "det" is nära vård: the entry whose question it is belongs with that topic.
    const general = conversation('norrbotten');
    general('Vad är nära vård?');
    expect(general('vad betyder det för mig?').entryId).toBe('vad-innebar-nara-vard-for-mig');
  });

  it('does not answer "hur många…?" with an entry that gives no number', () => {
    const staff = engine.ask({ tenant: 'varmland', text: 'Hur många undersköterskor är anställda i hemsjukvården i Arvika?' });
    expect(staff.kind).toBe('fallback');
    // An entry with the number still answers it.
    const parts = engine.ask({ tenant: 'norrbotten', text: 'Hur många delområden har målbilden i Norrbotten?' });
    expect(parts.kind).toBe('answer');
    expect(parts.text).toMatch(/fyra/);
  });

  it('matches a question typed without å/ä/ö and with a typo', () => {
    expect(engine.ask({ tenant: 'vasternorrland', text: 'vad ar god och nara vard' }).kind).toBe('answer');
    expect(engine.ask({ tenant: 'norrbotten', text: 'malbild norbotten' }).entryId).toBe('malbild-norrbotten');
  });

  it('knows an entry\'s own question typed without å/ä/ö, though another entry shares its words', () => {
    // Strängnäs's "Nära" (a part of its målbild) scores higher on "nara vard" in search; the question is the national entry's.
    for (const text of ['vad ar nara vard', 'Vad ar nara vard?']) {
      const reply = engine.ask({ tenant: 'strangnas', text });
      expect(reply.entryId).toBe('vad-ar-nara-vard');
      expect(reply.trace.route).toBe('suggestion');
    }
  });

  it.each([
    ['strangnas', 'nära vård', 'nara-sormland'],
    ['strangnas', 'vad är nära vård egentligen', 'nara-sormland'],
    ['norrbotten', 'nära vård', 'nara-mig-norrbotten'],
  ])('reads a bare "nära vård" as the national definition, not the tenant\'s part called Nära (%s: "%s")', (tenant, text, own) => {
    // Every entry is about nära vård: a keyword list that names "nära" must not outweigh them all.
    const reply = engine.ask({ tenant, text });
    const first = reply.kind === 'answer' ? reply.entryId : reply.kind === 'clarify' ? reply.suggestions[0] : reply.kind;
    expect(first).not.toBe(own);
    expect([knowledge!.entries.get('vad-ar-nara-vard')!.questions[0], 'vad-ar-nara-vard']).toContain(first);
  });

  it('counts a word once, and never lets its synonym outweigh it: "omställningen" does not make an answer about förflyttningar', () => {
    // "förflyttning" is a synonym of "omställning" and rare in the base; "omställning" is in most entries.
    const reply = engine.ask({ tenant: 'norrbotten', text: 'innebär omställningen till nära vård' });
    expect([reply.kind, reply.entryId]).toEqual(['answer', 'vad-ar-nara-vard']);
    expect(engine.ask({ tenant: 'norrbotten', text: 'förändring i arbetssättet' }).entryId).toBe('forflyttningar');
  });

  it('matches a question typed in decomposed Unicode', () => {
    const composed = engine.ask({ tenant: 'varmland', text: 'Vad är färdplanen?' });
    const decomposed = engine.ask({ tenant: 'varmland', text: 'Vad a\u0308r fa\u0308rdplanen?' });
    expect(decomposed.entryId).toBe(composed.entryId);
    expect(decomposed.kind).toBe('answer');
  });

  it('answers a tapped suggestion with exactly that entry', () => {
    const ask = conversation('norrbotten');
    const first = ask('Vad är målbilden för nära vård i Norrbotten?');
    const third = first.suggestions[2]!;
    const reply = ask(third);
    expect(reply.kind).toBe('answer');
    expect(knowledge!.entries.get(reply.entryId!)!.questions[0]).toBe(third);
  });

  it('reads "den andra" and "nummer 3" against the suggestions just shown', () => {
    const ask = conversation('norrbotten');
    ask('Vad är målbilden för nära vård i Norrbotten?');
    expect(ask('den andra').entryId).toBe('trygghet-norrbotten');
    const again = conversation('norrbotten');
    again('Vad är målbilden för nära vård i Norrbotten?');
    expect(again('berätta mer om det tredje').entryId).toBe('sammanhallet-norrbotten');
  });

  it('reads a follow-up against the conversation\'s topic', () => {
    const ask = conversation('varmland');
    expect(ask('Vad är färdplanen?').entryId).toBe('fardplan-varmland');
    const reply = ask('När beslutades den?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('2023');
  });

  it('answers "och när började det?" from a topic that names the year, not from the reform\'s own start', () => {
    const ask = conversation('norrbotten');
    expect(ask('Vad är den länsgemensamma strategin för nära vård?').entryId).toBe('strategi-norrbotten');
    expect(ask('och när började det?')).toMatchObject({ kind: 'answer', entryId: 'strategi-norrbotten' });
    // Without the topic, the same words are about the reform.
    expect(engine.ask({ tenant: 'norrbotten', text: 'och när började det?' }).entryId).not.toBe('strategi-norrbotten');
  });

  it('answers "kan du förklara enklare?" from the topic, not from an entry with "enkelt" in it', () => {
    const ask = conversation('norrbotten');
    const topic = ask('Berätta om Tillsammans för min trygghet.').entryId;
    expect(ask('kan du förklara enklare?')).toMatchObject({ kind: 'answer', entryId: topic });
  });

  it('never lets a tenant\'s own content answer on another tenant\'s site', () => {
    const reply = engine.ask({ tenant: 'strangnas', text: 'Vad betyder Min egen kraft tas tillvara?' });
    expect(reply.kind).toBe('fallback');
    expect(JSON.stringify(reply)).not.toContain('experten i mitt liv');
  });

  it('falls back honestly with contacts, and escalates on the second fallback in a row', () => {
    const ask = conversation('vasterbotten');
    const first = ask('Hur anmäler jag mitt barn till förskolan?');
    expect(first.kind).toBe('fallback');
    expect(first.contacts.map((c) => c.phone)).toEqual(expect.arrayContaining(['1177', '112']));
    const second = ask('När töms soptunnan?');
    expect(second.kind).toBe('escalate');
    expect(second.contacts.length).toBeGreaterThan(0);
  });

  it('puts safety before everything: an emergency gets 112 even mid-conversation', () => {
    const ask = conversation('norrbotten');
    ask('Vad är målbilden för nära vård i Norrbotten?');
    const reply = ask('Jag har jätteont i bröstet och kan inte andas');
    expect(reply.kind).toBe('safety');
    expect(reply.text).toMatch(/^[^.]*112/);
    expect(reply.sources).toEqual([]);
  });

  it('sends medical questions to 1177 and suicidal thoughts to 90101', () => {
    expect(engine.ask({ tenant: 'varmland', text: 'Jag har feber och hosta sedan fem dagar, borde jag söka vård?' }).text).toContain('1177');
    const crisis = engine.ask({ tenant: 'strangnas', text: 'Jag har tankar på att ta livet av mig' });
    expect(crisis.kind).toBe('safety');
    expect(crisis.text).toContain('90101');
  });

  it('greets and thanks as small talk, and hands over to a person on request', () => {
    expect(engine.ask({ tenant: 'varmland', text: 'Hejsan' }).kind).toBe('smalltalk');
    expect(engine.ask({ tenant: 'norrbotten', text: 'Tack!' }).kind).toBe('smalltalk');
    const human = engine.ask({ tenant: 'vasterbotten', text: 'Finns det någon jag kan ringa?' });
    expect(human.kind).toBe('escalate');
    expect(human.contacts.length).toBeGreaterThan(0);
  });

  it('answers a question that starts with a greeting', () => {
    expect(engine.ask({ tenant: 'varmland', text: 'Hej! Vad är färdplanen?' }).entryId).toBe('fardplan-varmland');
  });

  it('lets no light word ("behövs", typed without å/ä/ö) decide a why-question between entries', () => {
    const reply = engine.ask({ tenant: 'strangnas', text: 'varfor behovs nara vard ens' });
    expect(reply.kind).toBe('answer');
    expect(reply.entryId).toMatch(/^varfor-nara-vard/);
  });

  it('answers a question after the visitor says who they are, and still falls back on an errand told so', () => {
    const introduced = engine.ask({ tenant: 'norrbotten', text: 'Jag sitter i styrelsen för en syförening i Kalix och undrar: vilka fyra delområden har målbilden?' });
    expect(introduced.entryId).toBe('malbild-norrbotten');
    expect(engine.ask({ tenant: 'norrbotten', text: 'Jag bor i Kalix och undrar hur jag deklarerar min skatt.' }).kind).not.toBe('answer');
  });

  it('answers an English question from the Swedish base, and says the answer is in Swedish', () => {
    const reply = engine.ask({ tenant: 'varmland', text: 'When was the roadmap decided?' });
    expect(reply.kind).toBe('answer');
    expect(reply.entryId).toBe('fardplan-varmland');
    expect(reply.text).toMatch(/^The answer is in Swedish/);
    expect(engine.ask({ tenant: 'norrbotten', text: 'What are the four areas of the vision?' }).entryId).toBe('malbild-norrbotten');
  });

  it('replies in English to English safety, small talk and off-topic questions', () => {
    const safety = engine.ask({ tenant: 'strangnas', text: 'I have chest pain' });
    expect(safety.kind).toBe('safety');
    expect(safety.text).toMatch(/^Call 112/);
    expect(engine.ask({ tenant: 'strangnas', text: 'hello' }).text).toMatch(/^Hello/);
    const off = engine.ask({ tenant: 'strangnas', text: 'How do I renew my parking permit?' });
    expect(off.kind).toBe('fallback');
    expect(off.text).toMatch(/^Sorry/);
    expect(off.contacts.length).toBeGreaterThan(0);
  });

  it('keeps the conversation\'s language for a message without function words', () => {
    const ask = conversation('vasterbotten');
    ask('What is close care?');
    expect(ask('Södra Lappland').text).toMatch(/^The answer is in Swedish/);
  });

  it('finds a compound from its last part: "områdena" finds "delområden"', () => {
    expect(engine.ask({ tenant: 'norrbotten', text: 'vilka är de fyra områdena' }).entryId).toBe('malbild-norrbotten');
  });

  it('reads "det sista" after an answer with a list as that item, through the entry that explains it', () => {
    const ask = conversation('norrbotten');
    expect(ask('Vad består målbilden av?').entryId).toBe('malbild-norrbotten');
    expect(ask('och det sista då?').entryId).toBe('nara-mig-norrbotten');
  });

  it('answers a list item from the answer itself when no entry explains it', () => {
    const ask = conversation('varmland');
    expect(ask('Vilka förflyttningar i arbetssätt innebär omställningen?').entryId).toBe('forflyttningar');
    const third = ask('den tredje');
    expect(third.kind).toBe('answer');
    expect(third.text).toMatch(/^Från invånare, brukare.*medskapare/);
  });

  it('reads "han" and "hon" as pointing back at the topic', () => {
    const ask = conversation('vasternorrland');
    const first = ask('Vad säger Glenn Nordlund?');
    expect(ask('vilken roll har han?').entryId).toBe(first.entryId);
  });

  it("shows a tenant's own words beneath the national answer they extend, on that tenant's site only, with its own page as the source", () => {
    const strangnas = engine.ask({ tenant: 'strangnas', text: 'Varför behövs nära vård?' });
    expect(strangnas.entryId).toBe('varfor-nara-vard');
    const national = knowledge!.entries.get('varfor-nara-vard')!;
    const own = knowledge!.entries.get('varfor-nara-vard-strangnas')!;
    expect(own.extends).toBe('varfor-nara-vard');
    expect(strangnas.text).toContain(national.body.split('\n')[0]!);
    expect(strangnas.text).toContain('Vi lever allt längre');
    // Strängnäs names its own page for national answers (nationalSource), the one its own words come from: once.
    expect(strangnas.sources).toEqual([knowledge!.tenants.get('strangnas')!.nationalSource]);
    expect(own.source.url).toBe(strangnas.sources[0]!.url);
    const elsewhere = engine.ask({ tenant: 'varmland', text: 'Varför behövs nära vård?' });
    expect(elsewhere.entryId).toBe('varfor-nara-vard');
    expect(elsewhere.text).not.toContain('Vi lever allt längre');
    expect(elsewhere.sources).toEqual([knowledge!.tenants.get('varmland')!.nationalSource]);
  });

  it('shows a national answer with its own source on a site that names no page of its own (issue 15.4)', () => {
    const tenant = knowledge!.tenants.get('varmland')!;
    const own = new Engine();
    own.load({ ...knowledge!, tenants: new Map([...knowledge!.tenants, ['varmland', { ...tenant, nationalSource: undefined }]]) });
    const reply = own.ask({ tenant: 'varmland', text: 'Varför behövs nära vård?' });
    expect(reply.sources).toEqual([knowledge!.entries.get('varfor-nara-vard')!.source]);
  });

  it("gives a tenant's new words on a national answer after a reload that changed only its own entry", () => {
    const own = new Engine();
    own.load(knowledge!);
    expect(own.ask({ tenant: 'strangnas', text: 'Varför behövs nära vård?' }).text).toContain('Vi lever allt längre');
    const entry = knowledge!.entries.get('varfor-nara-vard-strangnas')!;
    const changed = { ...entry, body: 'I Strängnäs säger vi det med nya ord.\n\nKälla: [Strängnäs kommun – Nära vård](https://www.strangnas.se)' };
    own.load({ ...knowledge!, entries: new Map([...knowledge!.entries, [entry.id, changed]]) });
    const after = own.ask({ tenant: 'strangnas', text: 'Varför behövs nära vård?' }).text;
    expect(after).toContain('I Strängnäs säger vi det med nya ord.');
    expect(after).not.toContain('Vi lever allt längre');
  });

  it('gives a tenant\'s new contacts and starters after a reload that changed only those (its index stays)', () => {
    const own = new Engine();
    own.load(knowledge!);
    const before = own.ask({ tenant: 'strangnas', text: 'Var kan jag parkera min båt vid hamnen?' });
    expect(before.kind).toBe('fallback');
    expect(own.ask({ tenant: 'strangnas', text: 'hej' }).suggestions).toEqual(knowledge!.tenants.get('strangnas')!.starters);
    const tenant = knowledge!.tenants.get('strangnas')!;
    const changed = {
      ...tenant,
      contacts: [{ label: 'Ny växel', phone: '0152-000 00' }, ...tenant.contacts],
      starters: ['Vad är nära vård?', ...tenant.starters.slice(1)],
    };
    own.load({ ...knowledge!, tenants: new Map([...knowledge!.tenants, ['strangnas', changed]]) });
    const after = own.ask({ tenant: 'strangnas', text: 'Var kan jag parkera min båt vid hamnen?' });
    expect(after.contacts[0]).toEqual({ label: 'Ny växel', phone: '0152-000 00' });
    expect(own.ask({ tenant: 'strangnas', text: 'hej' }).suggestions[0]).toBe('Vad är nära vård?');
  });
});
