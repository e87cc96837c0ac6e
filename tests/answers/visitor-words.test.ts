import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app';

type WireReply = {
  kind: string; text: string; conversationId: string; entryId?: string;
  suggestions: string[]; contacts: { label: string; phone?: string; url?: string }[];
};

// Questions as visitors write them, through the public API on the shipped knowledge base.
describe('answers in the visitor\'s words', async () => {
  // Many questions from one address: no rate limit, so a 429 never stands in for an answer.
  const { ask } = await createTestApp({ RATE_LIMIT_PER_MIN: 0, RATE_LIMIT_PER_ADDRESS_PER_MIN: 0 });
  const say = async (tenant: string, text: string, conversationId?: string): Promise<WireReply> => {
    const res = await ask({ tenant, text, conversationId });
    expect(res.status).toBe(200);
    return res.json();
  };
  /** One conversation: each message is asked with the conversation id of the replies before it. */
  const conversation = (tenant: string) => {
    let id: string | undefined;
    return async (text: string) => {
      const reply = await say(tenant, text, id);
      id = reply.conversationId;
      return reply;
    };
  };

  describe('a message of several sentences', () => {
    it('answers the question after what the visitor says about themselves', async () => {
      const reply = await say('vasterbotten', 'Jag är journalist och skriver om omställningen. Hur lång tid har Västerbotten på sig jämfört med resten av landet?');
      expect(reply.kind).toBe('answer');
      expect(reply.entryId).toBe('tidsplan-vasterbotten');
    });

    it('reads a question without a subject of its own ("Vad betyder det?") about the visitor\'s earlier words, not the guide\'s subject', async () => {
      const reply = await say('vasterbotten', 'Jag bor i Lycksele och hörde att vi är något slags modellområde. Vad betyder det?');
      expect(reply.kind).toBe('answer');
      expect(reply.entryId).toBe('sodra-lappland');
    });

    it('lets a question with a subject of its own decide, whatever the sentences around it say', async () => {
      const reply = await say('norrbotten', 'Vad är nära vård för något? Min dotter jobbar inom vården och pratar om det hela tiden.');
      expect(reply.kind).toBe('answer');
      expect(reply.entryId).toBe('vad-ar-nara-vard');
    });

    it('reads many phone numbers to keep track of as a complaint about care, not a request for a number', async () => {
      const reply = await say('norrbotten', 'Jag har diabetes och måste hålla reda på en massa olika mottagningar och telefonnummer. Ska det bli enklare för sådana som mig?');
      expect(reply.kind).toBe('answer');
    });

    it('answers the part asked "om" in the sentence that asks it, after what the visitor tells', async () => {
      const reply = await say('norrbotten', 'Jag har KOL och bor ensam sedan min fru gick bort. Vad står det i målbilden om trygghet?');
      expect(reply.kind).toBe('answer');
      expect(reply.entryId).toBe('trygghet-norrbotten');
    });

    it('reads "om X i målbilden" as asking about X, not about the målbild', async () => {
      expect((await say('norrbotten', 'Vad står det om Min egen kraft tas tillvara i Norrbottens målbild?')).entryId).toBe('egen-kraft-norrbotten');
      expect((await say('norrbotten', 'Vad står det om trygghet i målbilden?')).entryId).toBe('trygghet-norrbotten');
    });

    it('still falls back when no sentence asks about the base', async () => {
      expect((await say('vasterbotten', 'Jag är journalist. Hur söker jag jobb som undersköterska?')).kind).not.toBe('answer');
    });
  });

  describe('a follow-up that points back', () => {
    it('reads "den sista" after a list as the list\'s last item, not the last suggestion below it', async () => {
      const next = conversation('strangnas');
      expect((await next('Vilka tre delar har FoUiS målbild?')).entryId).toBe('malbild-sormland');
      const reply = await next('vad menas med den sista?');
      expect(reply.entryId).toBe('god-halsa-sormland');
    });


    it('asks "varför?" of a topic that does not say why: the related entry that does, the tenant\'s own first', async () => {
      const next = conversation('strangnas');
      expect((await next('Vad är nära vård?')).entryId).toBe('vad-ar-nara-vard');
      const reply = await next('varför behövs det?');
      expect(reply.kind).toBe('answer');
      expect(reply.entryId).toBe('varfor-nara-vard-strangnas');
      // On a site without its own entry on it, the national one.
      const elsewhere = conversation('norrbotten');
      await elsewhere('Vad är nära vård?');
      expect((await elsewhere('varför behövs det?')).entryId).toBe('varfor-nara-vard');
    });


    it('is answered by the topic when the topic covers it ("vilket år var det?")', async () => {
      const next = conversation('strangnas');
      expect((await next('Vem tog initiativet till nära vård?')).entryId).toBe('regeringens-initiativ-2017');
      const reply = await next('vilket år var det?');
      expect(reply.entryId).toBe('regeringens-initiativ-2017');
      expect(reply.text).toContain('2017');
    });
  });

  it('answers the part of a list the visitor names ("vad betyder Nära?" after the målbild\'s three parts)', async () => {
    const next = conversation('strangnas');
    expect((await next('Vilka tre delar har målbilden i Sörmland?')).kind).toBe('answer');
    const reply = await next('vad betyder Nära?');
    expect(reply.entryId).toBe('nara-sormland');
  });

  it('reads "hon" in a follow-up as the person the conversation is about', async () => {
    const next = conversation('vasternorrland');
    expect((await next('Vad säger Elina Backlund Arab?')).entryId).toBe('elina-backlund-arab');
    const reply = await next('vad har hon för roll?');
    expect(reply.entryId).toBe('elina-backlund-arab');
  });

  it('reads words typed together ("naramig pabasta satt")', async () => {
    expect((await say('norrbotten', 'naramig pabasta satt')).entryId).toBe('nara-mig-norrbotten');
  });

  it('falls back when what is asked about is a long word the base does not know, though a verb of the question matches', async () => {
    const reply = await say('vasterbotten', 'Vem tror du vinner fotbollsallsvenskan?');
    expect(reply.kind).toBe('fallback');
  });

  it('hears thanks said at length', async () => {
    expect((await say('vasterbotten', 'Tack så mycket, det var till stor hjälp!')).kind).toBe('smalltalk');
  });

  it('answers a long, polite letter by its question', async () => {
    const reply = await say('varmland', 'Hej och god dag! Jag heter Margareta och är 78 år. Jag har läst i tidningen om det som kallas nära vård och undrar vänligen om ni kunde förklara vad det egentligen handlar om? Tack på förhand för hjälpen.');
    expect(reply.kind).toBe('answer');
  });

  it('hears thanks in English', async () => {
    expect((await say('varmland', 'Thanks, that was helpful!')).kind).toBe('smalltalk');
  });

  describe('an errand', () => {
    it('falls back on "Hur byter jag vårdcentral?", though entries mention byte and vårdcentral, and points to 1177 first', async () => {
      const reply = await say('strangnas', 'Hur byter jag vårdcentral?');
      expect(reply.kind).toBe('fallback');
      expect(reply.entryId).toBeUndefined();
      expect(reply.text).toMatch(/vårdcentral|1177/);
      expect(reply.contacts.length).toBeGreaterThan(0);
      expect(reply.contacts[0]!.label).toBe('1177 Vårdguiden');
    });

    it('falls back on a question about fees, saying the region handles them', async () => {
      const reply = await say('norrbotten', 'Vad kostar ett besök på vårdcentralen?');
      expect(reply.kind).toBe('fallback');
      expect(reply.text).toContain('regionen');
    });

    it('falls back on getting a municipal service for one\'s own, though entries mention hemtjänst, and names the municipality', async () => {
      const reply = await say('strangnas', 'Hur får jag hemtjänst till min mamma?');
      expect(reply.kind).toBe('fallback');
      expect(reply.entryId).toBeUndefined();
      expect(reply.text).toContain('kontakta Strängnäs kommun');
    });

    it('still answers a question about the reform that uses an errand verb with no one doing it', async () => {
      const reply = await say('vasterbotten', 'Vem betalar för modellområdena?');
      expect(reply.kind).toBe('answer');
      expect(reply.entryId).toBe('finansiering-modellomraden');
    });
  });

  describe('a fallback', () => {
    it('offers the entries that came close, and tapping the first in the same conversation answers it', async () => {
      const next = conversation('varmland');
      const fallback = await next('Vad är färdplanen för skolan?');
      expect(fallback.kind).toBe('fallback');
      expect(fallback.text).toContain('Kanske menar du');
      expect(fallback.suggestions.length).toBeGreaterThan(0);
      expect(fallback.suggestions[0]).toBe('Vad är färdplanen?');

      const tapped = await next(fallback.suggestions[0]!);
      expect(tapped.kind).toBe('answer');
      expect(tapped.entryId).toBe('fardplan-varmland');
      expect(tapped.conversationId).toBe(fallback.conversationId);
    });

    it('offers close entries on an errand too, and its first suggestion answers', async () => {
      const next = conversation('strangnas');
      const fallback = await next('Hur byter jag vårdcentral?');
      expect(fallback.text).toContain('Kanske menar du');
      expect(fallback.suggestions.length).toBeGreaterThan(0);
      expect((await next(fallback.suggestions[0]!)).kind).toBe('answer');
    });

    it.each([
      ['strangnas', 'Strängnäs kommun'],
      ['norrbotten', null],
    ])('sends a home-care question to the municipality (%s)', async (tenant, contactName) => {
      const reply = await say(tenant, 'Hur ansöker jag om hemtjänst?');
      expect(reply.kind).toBe('fallback');
      expect(reply.text).toContain('kommunen');
      // A municipality names itself; a region cannot say which municipality the visitor lives in.
      if (contactName) expect(reply.text).toContain(`kontakta ${contactName}`);
      else expect(reply.text).not.toMatch(/kommunen där du bor: kontakta/);
    });

    it('says where a home-care or billing errand belongs when the visitor asks whom to call about it', async () => {
      const homecare = await say('vasternorrland', 'Vem ska jag vända mig till om jag behöver hemtjänst?');
      expect(homecare.kind).toBe('escalate');
      expect(homecare.text).toContain('sköts av kommunen där du bor');
      expect(homecare.contacts.length).toBeGreaterThan(0);
      const bill = await say('strangnas', 'Vem ska jag ringa om min faktura?');
      expect(bill.kind).toBe('escalate');
      expect(bill.text).toContain('sköts av regionen');
      expect((await say('strangnas', 'Jag vill prata med någon')).text).not.toContain('sköts av');
    });

    it('answers a greeting or thanks that asks nothing in small talk, and one that names the base\'s subject as a question', async () => {
      expect((await say('vasternorrland', 'Hi there, nice to meet you!')).kind).toBe('smalltalk');
      expect((await say('varmland', 'Hej! Vad roligt att ni har en chatt.')).kind).toBe('smalltalk');
      expect((await say('varmland', 'Hej, målbilden i Norrbotten')).kind).toBe('fallback');
      expect((await say('vasterbotten', 'Tack så mycket, nu har jag allt jag behöver till mitt gymnasiearbete!')).kind).toBe('smalltalk');
      expect((await say('vasterbotten', 'Tack! Berätta om digitalt när det går')).kind).toBe('answer');
    });

    it('without any close entry or known topic, says only that it does not know', async () => {
      const reply = await say('varmland', 'Vad tycker du om fotboll?');
      expect(reply.kind).toBe('fallback');
      expect(reply.text).not.toContain('Kanske menar du');
      expect(reply.text).not.toContain('1177 Vårdguiden.');
    });
  });

  describe('a follow-up with no words of its own', () => {
    it.each(['när beslutades den?', 'och varför då?', 'sen när då?', 'sedan när?', 'vem sa det?', 'hur då?'])('"%s" after "Vad är färdplanen?" is answered from the topic', async (followUp) => {
      const next = conversation('varmland');
      const first = await next('Vad är färdplanen?');
      expect(first.kind).toBe('answer');
      expect(first.entryId).toBe('fardplan-varmland');
      const reply = await next(followUp);
      expect(reply.kind).toBe('answer');
      expect(reply.entryId).toBe(first.entryId);
    });

    it('"och varför då?" with no conversation before it asks about the guide\'s subject: why nära vård', async () => {
      const reply = await say('varmland', 'och varför då?');
      expect(reply.entryId).toBe('varfor-nara-vard');
    });

    it('is read in its own conversation only', async () => {
      await say('varmland', 'Vad är färdplanen?');
      expect((await say('varmland', 'och varför då?')).entryId).not.toBe('fardplan-varmland');
    });

    it('"berätta mer" after "Vad är färdplanen?" is answered from the topic', async () => {
      const next = conversation('varmland');
      await next('Vad är färdplanen?');
      const reply = await next('berätta mer');
      expect(reply.kind).toBe('answer');
      expect(reply.entryId).toBe('fardplan-varmland');
    });
  });

  describe('a chatty question', () => {
    it.each([
      'Jag undrar vad nära vård egentligen är för något?',
      'hej jag undrar vad nära vård egentligen innebär',
      'Hej, kan du berätta vad nära vård är?',
    ])('"%s" is answered', async (text) => {
      const reply = await say('norrbotten', text);
      expect(reply.kind).toBe('answer');
      expect(reply.text.toLowerCase()).toContain('nära vård');
    });

    it('"Hej, jag undrar lite grann vad nära vård egentligen går ut på, rent konkret?" is answered', async () => {
      const reply = await say('norrbotten', 'Hej, jag undrar lite grann vad nära vård egentligen går ut på, rent konkret?');
      expect(reply.kind).toBe('answer');
      expect(reply.text.toLowerCase()).toContain('nära vård');
    });
  });

  describe('naming the tenant', () => {
    it('prefers the tenant\'s own entry: Västerbotten\'s 4–5 years, not the national 10–15', async () => {
      const reply = await say('vasterbotten', 'hur lång tid tar omställningen i västerbotten');
      expect(reply.kind).toBe('answer');
      expect(reply.entryId).toBe('tidsplan-vasterbotten');
      expect(reply.text).toMatch(/4[–-]5 år/);
    });

    it('without the name, the national time plan answers', async () => {
      const reply = await say('vasterbotten', 'Hur lång tid tar omställningen i Sverige?');
      expect(reply.kind).toBe('answer');
      expect(reply.entryId).toBe('tidsplan-nationellt');
    });
  });

  describe('the tenant\'s own words on a national answer', () => {
    type Sourced = WireReply & { sources: { title: string; url: string }[] };
    it('adds what the tenant\'s own text says on the subject, with its source', async () => {
      const reply = (await say('vasternorrland', 'Vad säger regionen om förebyggande arbete?')) as Sourced;
      expect(reply.kind).toBe('answer');
      expect(reply.entryId).toBe('halsoframjande-forebyggande');
      expect(reply.text).toContain('Region Västernorrland: Att förebygga sjukdom och ohälsa är en självklar del i arbetet.');
      expect(reply.sources.map((s) => s.url)).toContain('https://www.rvn.se/sv/Om-regionen/Aktuellt-i-Region-Vasternorrland/liv-och-halsa---varen-2022/vi-staller-om-till-en-god-och-nara-vard/');
    });

    it('adds nothing on a site whose own texts say nothing on it', async () => {
      const reply = await say('vasterbotten', 'Vad säger regionen om förebyggande arbete?');
      expect(reply.entryId).toBe('halsoframjande-forebyggande');
      expect(reply.text).not.toMatch(/^Region [^:\n]+: /m);
    });
  });

  describe('another organisation\'s content', () => {
    // Known gap (reported 2026-11-26): on strangnas, "sammanhållet" is read as a compound of "håll" and "enkelt"
    // is in the base, so neither word counts as another organisation's, and vad-ar-nara-vard answers
    // (coverage 0.61). Drop `.fails` when it falls back.
    it.fails('Norrbotten\'s "Sammanhållet och enkelt för mig" asked on strangnas is not answered', async () => {
      const reply = await say('strangnas', 'Vad innebär Sammanhållet och enkelt för mig?');
      expect(reply.kind).not.toBe('answer');
    });

    it('is answered on its own tenant', async () => {
      const reply = await say('norrbotten', 'Vad innebär Sammanhållet och enkelt för mig?');
      expect(reply.kind).toBe('answer');
      expect(reply.entryId).toBe('sammanhallet-norrbotten');
    });
  });
});
