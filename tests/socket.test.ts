import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../server/start';
import { connect, upgradeStatus } from './support/ws-client';

describe('WebSocket /ws', () => {
  let server: RunningServer;
  let wsUrl: string;
  beforeAll(async () => {
    server = await startServer({ port: 0, quiet: true, watch: false });
    wsUrl = server.url.replace(/^http/, 'ws');
  });
  afterAll(() => server.close());

  it('says hello with a conversation id, then answers an ask with a reply of the same id', async () => {
    const client = await connect(`${wsUrl}/ws?tenant=strangnas`);
    const hello = await client.next();
    expect(hello).toEqual({ type: 'hello', conversationId: expect.any(String) });
    client.send({ type: 'ask', id: 'q1', text: 'Vad är nära vård?' });
    const reply = await client.next();
    expect(reply).toMatchObject({ type: 'reply', id: 'q1', kind: 'answer', conversationId: hello.conversationId });
    expect(reply.sources[0].url).toMatch(/^https:\/\//);
    client.ws.close();
  });

  it('keeps the crisis numbers at the top of every reply after a safety reply on the same socket, and not on another', async () => {
    const phones = (frame: { contacts: { phone?: string }[] }) => frame.contacts.map((c) => c.phone);
    const other = await connect(`${wsUrl}/ws?tenant=norrbotten`);
    await other.next();
    other.send({ type: 'ask', id: 'o1', text: 'Vad är nära vård?' });
    const before = await other.next();
    const client = await connect(`${wsUrl}/ws?tenant=norrbotten`);
    await client.next();
    client.send({ type: 'ask', id: 'c1', text: 'jag vill inte leva längre' });
    const safety = await client.next();
    expect(safety).toMatchObject({ type: 'reply', id: 'c1', kind: 'safety', crisis: true });
    expect(phones(safety).slice(0, 2)).toEqual(['90101', '112']);
    // The same entry's answer, served from the same parts as the other socket's: here with the numbers first.
    client.send({ type: 'ask', id: 'c2', text: 'Vad är nära vård?' });
    const answer = await client.next();
    expect(answer).toMatchObject({ type: 'reply', id: 'c2', kind: 'answer', crisis: true, entryId: before.entryId });
    expect(phones(answer).slice(0, 2)).toEqual(['90101', '112']);
    other.send({ type: 'ask', id: 'o2', text: 'Vad är nära vård?' });
    const after = await other.next();
    expect(after.crisis).toBeUndefined();
    expect(after.contacts).toEqual(before.contacts);
    client.ws.close();
    other.ws.close();
  });

  it('answers a non-JSON frame with an error frame and keeps answering on the same socket', async () => {
    const client = await connect(`${wsUrl}/ws?tenant=strangnas`);
    await client.next();
    client.send('this is not json');
    expect(await client.next()).toEqual({ type: 'error', error: { code: 'invalid_json', message: expect.any(String) } });
    client.send({ type: 'ask', id: 'after-error', text: 'Vad är nära vård?' });
    const reply = await client.next();
    expect(reply).toMatchObject({ type: 'reply', id: 'after-error', kind: 'answer' });
    client.ws.close();
  });

  it.each([
    ['an unknown type', { type: 'shout', id: 'x1' }, 'x1'],
    ['an ask without text', { type: 'ask', id: 'x2' }, 'x2'],
    ['an ask with a number as text', { type: 'ask', id: 'x3', text: 7 }, 'x3'],
    ['a JSON array', [1, 2, 3], undefined],
    ['JSON null', null, undefined],
  ])('answers %s with an invalid_frame error naming the id when known', async (_name, frame, id) => {
    const client = await connect(`${wsUrl}/ws?tenant=varmland`);
    await client.next();
    client.send(JSON.stringify(frame));
    const error = await client.next();
    expect(error.type).toBe('error');
    expect(error.error.code).toBe('invalid_frame');
    expect(error.id).toBe(id);
    client.ws.close();
  });

  it('answers a binary frame with an error frame', async () => {
    const client = await connect(`${wsUrl}/ws?tenant=varmland`);
    await client.next();
    client.ws.send(Buffer.from([1, 2, 3]));
    expect((await client.next()).error.code).toBe('invalid_frame');
    client.ws.close();
  });

  it('resumes a conversation by id: a follow-up is read against the earlier question', async () => {
    const first = await connect(`${wsUrl}/ws?tenant=varmland`);
    const { conversationId } = await first.next();
    first.send({ type: 'ask', id: 'a', text: 'Vad är färdplanen?' });
    expect((await first.next()).kind).toBe('answer');
    first.ws.close();
    const second = await connect(`${wsUrl}/ws?tenant=varmland&conversationId=${conversationId}`);
    expect(await second.next()).toEqual({ type: 'hello', conversationId });
    second.send({ type: 'ask', id: 'b', text: 'När godkändes den?' });
    const reply = await second.next();
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('2023');
    second.ws.close();
  });

  it('refuses an unknown tenant before upgrading', async () => {
    expect(await upgradeStatus(`${wsUrl}/ws?tenant=atlantis`)).toBe(404);
  });

  it('acknowledges feedback frames', async () => {
    const client = await connect(`${wsUrl}/ws?tenant=varmland`);
    await client.next();
    client.send({ type: 'ask', id: 'q', text: 'Vad är nära vård?' });
    const reply = await client.next();
    client.send({ type: 'feedback', id: 'f', replyId: reply.replyId, helpful: true });
    expect(await client.next()).toEqual({ type: 'ack', id: 'f' });
    client.ws.close();
  });
});
