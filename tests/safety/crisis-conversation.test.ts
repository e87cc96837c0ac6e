import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app';

type WireReply = { kind: string; text: string; conversationId: string; contacts: { label: string; phone?: string }[]; suggestions: string[]; sources: unknown[]; crisis?: boolean };

// A person in crisis, through the public API: the safety reply, and every later reply in the same conversation.
describe('a conversation that signalled a crisis', async () => {
  const { ask } = await createTestApp();
  const say = async (tenant: string, text: string, conversationId?: string): Promise<WireReply> => {
    const res = await ask({ tenant, text, conversationId });
    expect(res.status).toBe(200);
    return res.json();
  };
  const phones = (reply: WireReply) => reply.contacts.map((c) => c.phone);

  it('answers a crisis with the safety reply: 90101 first for suicidal thoughts, nothing from the knowledge base', async () => {
    const reply = await say('strangnas', 'orkar inte mer, vill bara försvinna');
    expect(reply).toMatchObject({ kind: 'safety', crisis: true, sources: [] });
    expect(reply.text).toMatch(/^Ring Mind Självmordslinjen på 90101/);
    expect(reply.text).toContain('90101');
    expect(phones(reply).slice(0, 2)).toEqual(['90101', '112']);
  });

  it('keeps the crisis contacts at the top of a later answer, and never falls back with "Det vet jag tyvärr inte"', async () => {
    const first = await say('varmland', 'min pappa har tagit för mycket av sina hjärtpiller');
    expect(first.kind).toBe('safety');
    expect(phones(first)[0]).toBe('112');
    const answer = await say('varmland', 'Vad är nära vård?', first.conversationId);
    expect(answer).toMatchObject({ kind: 'answer', crisis: true });
    expect(phones(answer).slice(0, 2)).toEqual(['112', '1177']);
    const unknown = await say('varmland', 'qwerty zxcvb', first.conversationId);
    expect(unknown.kind).toBe('safety');
    expect(unknown.text).not.toMatch(/vet jag tyvärr inte/i);
    expect(unknown.text).toContain('112');
    const again = await say('varmland', 'asdfgh', first.conversationId);
    expect(again.kind).toBe('safety');
    const thanks = await say('varmland', 'tack', first.conversationId);
    expect(thanks).toMatchObject({ kind: 'smalltalk', crisis: true });
    expect(phones(thanks)[0]).toBe('112');
  });

  it('keeps them when the visitor asks for a person, with the organisation\'s own contacts after them', async () => {
    const first = await say('norrbotten', 'min man slår mig');
    expect(first.kind).toBe('safety');
    expect(phones(first)).toEqual(['112', '020-50 50 50']);
    const human = await say('norrbotten', 'Jag vill prata med en människa', first.conversationId);
    expect(human).toMatchObject({ kind: 'escalate', crisis: true });
    expect(phones(human).slice(0, 2)).toEqual(['112', '020-50 50 50']);
    expect(human.contacts.length).toBeGreaterThan(2);
  });

  it('adds the earlier crisis\'s numbers to a later safety reply of another kind', async () => {
    const first = await say('vasterbotten', 'jag vill dö');
    const later = await say('vasterbotten', 'vilken medicin ska jag ta mot huvudvärk', first.conversationId);
    expect(later.kind).toBe('safety');
    expect(later.text).toContain('1177');
    expect(phones(later)).toEqual(expect.arrayContaining(['1177', '90101', '112']));
  });

  it('shows the numbers of every situation a message describes: 112 first for an overdose taken to die, and 90101', async () => {
    const reply = await say('varmland', 'jag har tagit alla mina sömntabletter för att jag inte vill leva längre');
    expect(reply.kind).toBe('safety');
    expect(reply.text).toMatch(/^Ring 112 nu/);
    expect(phones(reply)[0]).toBe('112');
    expect(phones(reply)).toContain('90101');
    const later = await say('varmland', 'Vad är nära vård?', reply.conversationId);
    expect(phones(later).slice(0, 3)).toEqual(expect.arrayContaining(['112', '90101']));
  });

  it('does not follow a visitor into another conversation', async () => {
    await say('vasternorrland', 'jag vill inte leva längre');
    const fresh = await say('vasternorrland', 'Vad är nära vård?');
    expect(fresh.kind).toBe('answer');
    expect(fresh.crisis).toBeUndefined();
  });

  it.each([
    ['violence', 'vi har låst in oss i badrummet, han bankar på dörren', ['112', '020-50 50 50']],
    ['child', 'jag är 13 och vågar inte gå hem', ['112', '116 111']],
    ['poisoning', 'barnet slickade på en tvål, är det farligt?', ['112', '010-456 67 00']],
    ['psychiatric', 'min bror hör röster och har barrikaderat sig', ['112', '1177']],
  ])('gives the %s reply its own numbers, 112 first', async (_kind, text, expected) => {
    const reply = await say('strangnas', text);
    expect(reply.kind).toBe('safety');
    expect(phones(reply).slice(0, expected.length)).toEqual(expected);
    for (const phone of expected) expect(reply.text.replace(/\s/g, '')).toContain(phone.replace(/\s/g, ''));
  });

  it('answers in English when asked in English', async () => {
    const reply = await say('varmland', 'my husband just hit me and I am scared');
    expect(reply.kind).toBe('safety');
    expect(reply.text).toMatch(/^If you or someone else is in danger now, call 112/);
  });
});
